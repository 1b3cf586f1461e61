package io.implementa.project.task;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The task assignment payloads of the REST API. */
public final class AssignmentApi {

    private AssignmentApi() {
    }

    @Schema(name = "CreateAssignmentRequest", description = "Exactly one of units and workHours")
    public record CreateAssignmentRequest(
            @NotNull @Schema(description = "A resource of the resource-service (not checked there)",
                    example = "4b3f2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d") UUID resourceId,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000")
            @Schema(description = "Percent of the resource's time, more than 0 and at most 1000", example = "50")
            BigDecimal units,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000000")
            @Schema(description = "Work hours on the task, more than 0", example = "40") BigDecimal workHours) {
    }

    /** A merge patch; the resource cannot change (remove the assignment and add another). */
    @Schema(name = "UpdateAssignmentRequest", description = "JSON merge patch; afterwards exactly one of units and "
            + "workHours must be set: to switch, set one and null the other")
    public record UpdateAssignmentRequest(
            Optional<@DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") BigDecimal> units,
            Optional<@DecimalMin(value = "0", inclusive = false) @DecimalMax("10000000") BigDecimal> workHours) {
    }

    @Schema(name = "Assignment")
    public record AssignmentView(
            UUID id,
            UUID projectId,
            UUID taskId,
            @Schema(example = "Configure general ledger") String taskName,
            UUID resourceId,
            @Schema(description = "Percent of the resource's time; null when workHours is set", example = "50")
            BigDecimal units,
            @Schema(description = "Work hours; null when units is set") BigDecimal workHours,
            @Schema(description = "The task's scheduled start") LocalDate start,
            @Schema(description = "The task's scheduled finish") LocalDate finish,
            @Schema(description = "Whether the task is critical") boolean critical,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {
    }

    @Schema(name = "AssignmentPage")
    public record AssignmentPage(List<AssignmentView> items, int page, int size, long totalItems, int totalPages) {
    }
}
