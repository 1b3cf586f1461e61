package io.implementa.resource.demand;

import io.implementa.platform.people.PersonRef;
import io.implementa.resource.allocation.AllocationKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payloads of resource requests and their candidates. */
public final class DemandApi {

    private DemandApi() {
    }

    @Schema(name = "CreateResourceRequestRequest", description = "Give exactly one of percent and hoursPerDay")
    public record CreateResourceRequestRequest(
            @NotNull UUID projectId,
            @NotNull @Schema(description = "The skill needed, from the catalogue") UUID skillId,
            @NotNull @Min(1) @Max(5) @Schema(example = "3") Integer minLevel,
            @Size(max = 200) @Schema(example = "Data migration consultant") String role,
            @NotNull @Schema(example = "2027-03-01") LocalDate startDate,
            @NotNull @Schema(example = "2027-04-30") LocalDate endDate,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(example = "50") BigDecimal percent,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 2)
            BigDecimal hoursPerDay,
            @NotNull @Schema(example = "HIGH") Priority priority,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "ResourceRequest")
    public record ResourceRequestView(UUID id, UUID projectId, UUID skillId, int minLevel, String role,
            LocalDate startDate, LocalDate endDate, BigDecimal percent, BigDecimal hoursPerDay, Priority priority,
            ResourceRequest.Status status, UUID allocationId, String note, Instant createdAt, Instant updatedAt,
            long version) {

        static ResourceRequestView of(ResourceRequest r) {
            return new ResourceRequestView(r.id, r.projectId, r.skillId, r.minLevel, r.role, r.startDate, r.endDate,
                    r.percent, r.hoursPerDay, r.priority, r.status, r.allocationId, r.note, r.createdAt, r.updatedAt,
                    r.version);
        }
    }

    @Schema(name = "ResourceRequestPage")
    public record ResourceRequestPage(List<ResourceRequestView> items, int page, int size, long totalItems,
            int totalPages) {
    }

    @Schema(name = "Candidate", description = "A person who could fulfil a request, ranked by score")
    public record Candidate(UUID resourceId, String name, PersonRef person,
            @Schema(example = "4") int skillLevel, String certification,
            @Schema(description = "Hours the request would book on this person over its range", example = "168.00")
            BigDecimal requestedHours,
            @Schema(description = "Of those, hours free of HARD allocations", example = "126.00") BigDecimal availableHours,
            @Schema(description = "availableHours / requestedHours in percent", example = "75.00") BigDecimal availabilityPercent,
            @Schema(description = "Half availability, half skill level (level 5 = 1); 0 to 1", example = "0.775")
            BigDecimal score) {
    }

    @Schema(name = "FulfilResourceRequestRequest")
    public record FulfilRequest(@NotNull UUID resourceId,
            @Schema(description = "HARD (default) or SOFT") AllocationKind kind) {
    }
}
