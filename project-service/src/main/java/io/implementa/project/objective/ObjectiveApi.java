package io.implementa.project.objective;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The objective payloads of the REST API. */
public final class ObjectiveApi {

    private ObjectiveApi() {
    }

    @Schema(name = "CreateObjectiveRequest", description = "A new objective. Only a DRAFT may lack a metric and a "
            + "target; ACHIEVED and MISSED need the actual value.")
    public record CreateObjectiveRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Close the books faster") String title,
            @Size(max = 4000) @Schema(example = "Month-end close on the new ERP, all legal entities")
            String description,
            @Size(max = 200) @Schema(description = "What is measured", example = "month-end close time")
            String metric,
            @Size(max = 50) @Schema(description = "Unit of the values", example = "working days") String unit,
            @Digits(integer = 15, fraction = 4) @Schema(description = "Value before the project", example = "8")
            BigDecimal baseline,
            @Digits(integer = 15, fraction = 4) @Schema(description = "Value to reach", example = "3")
            BigDecimal target,
            @Digits(integer = 15, fraction = 4)
            @Schema(description = "Value reached so far, if measured", example = "5") BigDecimal actual,
            @Schema(example = "2027-12-31") LocalDate dueDate,
            @Schema(description = "DRAFT when absent", example = "AGREED") ObjectiveStatus status) {
    }

    /** A merge patch: absent fields stay, null clears an optional field. */
    @Schema(name = "UpdateObjectiveRequest")
    public record UpdateObjectiveRequest(
            Optional<@NotBlank @Size(max = 200) String> title,
            Optional<@Size(max = 4000) String> description,
            Optional<@Size(max = 200) String> metric,
            Optional<@Size(max = 50) String> unit,
            Optional<@Digits(integer = 15, fraction = 4) BigDecimal> baseline,
            Optional<@Digits(integer = 15, fraction = 4) BigDecimal> target,
            Optional<@Digits(integer = 15, fraction = 4) BigDecimal> actual,
            Optional<LocalDate> dueDate,
            @Schema(example = "ON_TRACK") Optional<ObjectiveStatus> status) {
    }

    @Schema(name = "Objective")
    public record ObjectiveView(
            UUID id,
            UUID projectId,
            String title,
            String description,
            String metric,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            BigDecimal actual,
            @Schema(description = "Progress from baseline towards target in percent (100 = reached); null unless "
                    + "baseline, target and actual are known", example = "60.0") BigDecimal progressPercent,
            LocalDate dueDate,
            ObjectiveStatus status,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static ObjectiveView of(Objective o) {
            return new ObjectiveView(o.id, o.projectId, o.title, o.description, o.metric, o.unit,
                    Objective.tidy(o.baseline), Objective.tidy(o.target), Objective.tidy(o.actual),
                    o.progressPercent(), o.dueDate, o.status, o.createdAt, o.updatedAt, o.version);
        }
    }

    @Schema(name = "ObjectivePage")
    public record ObjectivePage(List<ObjectiveView> items, int page, int size, long totalItems, int totalPages) {
    }
}
