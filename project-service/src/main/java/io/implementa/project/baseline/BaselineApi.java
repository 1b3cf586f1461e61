package io.implementa.project.baseline;

import io.implementa.platform.people.PersonRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Baseline payloads; {@link BaselineView} is also what other packages read through {@link BaselineService#current}. */
public final class BaselineApi {

    private BaselineApi() {
    }

    @Schema(name = "SaveBaselineRequest")
    public record SaveBaselineRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Approved plan") String name) {
    }

    @Schema(name = "BaselineTask", description = "One task as it stood when the baseline was saved")
    public record BaselineTask(
            UUID taskId,
            UUID parentId,
            String name,
            @Schema(description = "A summary's work and cost are the sums of its subtasks'; skip summaries when "
                    + "totalling") boolean summary,
            boolean milestone,
            LocalDate start,
            LocalDate finish,
            @Schema(description = "Working days (a summary: its span)") int durationDays,
            BigDecimal workHours,
            @Schema(description = "The task's planned cost; 0 while it has none") BigDecimal cost) {
    }

    @Schema(name = "BaselineSummary")
    public record BaselineSummary(
            UUID id,
            UUID projectId,
            String name,
            @Schema(description = "The baseline variance reports and earned value use") boolean current,
            LocalDate projectStart,
            LocalDate projectFinish,
            int taskCount,
            @Schema(description = "Sum over the leaf tasks") BigDecimal totalWorkHours,
            @Schema(description = "Sum over the leaf tasks") BigDecimal totalCost,
            Instant savedAt,
            PersonRef savedBy,
            long version) {

        static BaselineSummary of(Baseline b) {
            return new BaselineSummary(b.id, b.projectId, b.name, b.current, b.projectStart, b.projectFinish,
                    b.taskCount, b.totalWorkHours, b.totalCost, b.savedAt, b.savedBy, b.version);
        }
    }

    @Schema(name = "Baseline")
    public record BaselineView(
            UUID id,
            UUID projectId,
            String name,
            boolean current,
            LocalDate projectStart,
            LocalDate projectFinish,
            BigDecimal totalWorkHours,
            BigDecimal totalCost,
            Instant savedAt,
            PersonRef savedBy,
            long version,
            @Schema(description = "In the outline order of the saved plan") List<BaselineTask> tasks) {
    }

    @Schema(name = "BaselinePage")
    public record BaselinePage(List<BaselineSummary> items, int page, int size, long totalItems, int totalPages) {
    }

    /** How a task compares with its baseline. */
    public enum TaskComparison {
        /** In the baseline and in the plan. */
        BASELINED,
        /** Added to the plan after the baseline was saved. */
        ADDED,
        /** In the baseline, deleted from the plan since. */
        REMOVED
    }

    @Schema(name = "TaskVariance", description = "Variances are current − baseline: positive means later, "
            + "longer, more work or more cost. Null when either side is missing.")
    public record TaskVariance(
            UUID taskId,
            String name,
            TaskComparison comparison,
            boolean summary,
            LocalDate baselineStart,
            LocalDate start,
            @Schema(description = "Working days of the project calendar") Integer startVarianceDays,
            LocalDate baselineFinish,
            LocalDate finish,
            @Schema(description = "Working days of the project calendar") Integer finishVarianceDays,
            Integer baselineDurationDays,
            Integer durationDays,
            Integer durationVarianceDays,
            BigDecimal baselineWorkHours,
            BigDecimal workHours,
            BigDecimal workVarianceHours,
            BigDecimal baselineCost,
            BigDecimal cost,
            BigDecimal costVariance) {
    }

    @Schema(name = "ProjectVariance")
    public record ProjectVariance(
            LocalDate baselineStart,
            LocalDate start,
            Integer startVarianceDays,
            LocalDate baselineFinish,
            LocalDate finish,
            @Schema(description = "Working days of the project calendar; positive: the project finishes later")
            Integer finishVarianceDays,
            Integer baselineDurationDays,
            Integer durationDays,
            Integer durationVarianceDays,
            BigDecimal baselineWorkHours,
            BigDecimal workHours,
            BigDecimal baselineCost,
            BigDecimal cost) {
    }

    @Schema(name = "BaselineVariance")
    public record VarianceView(
            UUID baselineId,
            String baselineName,
            UUID projectId,
            ProjectVariance project,
            @Schema(description = "Tasks of the plan in outline order, then removed ones in baseline order")
            List<TaskVariance> tasks) {
    }
}
