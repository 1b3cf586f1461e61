package io.implementa.resource.resource;

import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The resource payloads of the REST API; the entity itself is never serialised. */
public final class ResourceApi {

    private ResourceApi() {
    }

    static final int MAX_COST_RATES = 100;

    @Schema(name = "CreateResourceRequest")
    public record CreateResourceRequest(
            @NotNull @Schema(example = "PERSON") ResourceKind kind,
            @NotBlank @Size(max = 200) @Schema(example = "María López") String name,
            @Valid @Schema(description = "The person; required for PERSON resources and absent for the others")
            PersonRef person,
            @Size(max = 200) @Schema(example = "Data migration consultant") String role,
            @Size(max = 200) @Schema(example = "Finance IT") String department,
            @Valid @Schema(description = "Who manages the resource and hears about its over-allocation")
            PersonRef manager,
            @Size(max = 200) @Schema(example = "Madrid") String location,
            @Size(max = 64) @Schema(description = "IANA time zone id", example = "Europe/Madrid") String timeZone,
            @Size(max = MAX_COST_RATES) @Schema(description = "Hourly cost rates; effective dates must differ")
            List<CostRateRequest> costRates) {

        List<CostRate> rates() {
            return ResourceApi.rates(costRates == null ? List.of() : costRates);
        }

        Resource.Profile profile() {
            return new Resource.Profile(name, person, role, department, manager, location, timeZone);
        }
    }

    /**
     * One hourly rate as a client sends it; an absent overtime rate is the standard rate. Checked by
     * {@link Resource}, which names the offending rate by its index ({@code costRates[1].currency}).
     */
    @Schema(name = "CostRateRequest", requiredProperties = { "standardRate", "currency", "effectiveFrom" })
    public record CostRateRequest(
            @Schema(description = "Cost of one regular hour; at most 4 decimal places", minimum = "0",
                    example = "85.00") BigDecimal standardRate,
            @Schema(description = "Cost of one overtime hour; the standard rate when absent", minimum = "0",
                    example = "110.50") BigDecimal overtimeRate,
            @Schema(description = "ISO 4217 currency code", pattern = "^[A-Z]{3}$", example = "EUR") String currency,
            @Schema(description = "First day the rate applies", example = "2027-01-01") LocalDate effectiveFrom) {

        CostRate toCostRate() {
            return new CostRate(standardRate, overtimeRate, currency, effectiveFrom);
        }
    }

    /**
     * A partial update: absent fields stay as they are; null clears an optional field. {@code costRates}
     * replaces the whole rate list ({@code []} removes every rate). The kind of a resource never changes.
     */
    @Schema(name = "UpdateResourceRequest")
    public record UpdateResourceRequest(
            Optional<@NotBlank @Size(max = 200) String> name,
            Optional<@Valid PersonRef> person,
            Optional<@Size(max = 200) String> role,
            Optional<@Size(max = 200) String> department,
            Optional<@Valid PersonRef> manager,
            Optional<@Size(max = 200) String> location,
            Optional<@Size(max = 64) String> timeZone,
            Optional<@Size(max = MAX_COST_RATES) List<CostRateRequest>> costRates) {
    }

    @Schema(name = "Resource")
    public record ResourceView(
            UUID id,
            ResourceKind kind,
            @Schema(example = "María López") String name,
            ResourceStatus status,
            PersonRef person,
            String role,
            String department,
            PersonRef manager,
            String location,
            @Schema(example = "Europe/Madrid") String timeZone,
            @Schema(description = "Hourly cost rates, oldest first") List<CostRate> costRates,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static ResourceView of(Resource r) {
            return new ResourceView(r.id, r.kind, r.name, r.status, r.person, r.role, r.department, r.manager,
                    r.location, r.timeZone, r.costRates(), r.createdAt, r.updatedAt, r.version);
        }
    }

    static List<CostRate> rates(List<CostRateRequest> requests) {
        // A null element stays null, for the entity to report under its index.
        return requests.stream().map(rate -> rate == null ? null : rate.toCostRate()).toList();
    }
}
