package io.implementa.project.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payloads of plan import, comparison and export. */
public final class ExchangeApi {

    private ExchangeApi() {
    }

    @Schema(name = "ImportReport", description = "What an import created and everything of the file it did not map")
    public record ImportReport(
            UUID projectId,
            @Schema(example = "MSPDI") String format,
            @Schema(description = "The plan's start; the project's planned start was set to it", example = "2027-01-04")
            LocalDate projectStart,
            @Schema(example = "42") int tasksImported,
            @Schema(example = "57") int dependenciesImported,
            @Schema(description = "Task assignments created for the file's assignments of matched resources",
                    example = "12") int assignmentsImported,
            @Schema(description = "Whether the file's calendar replaced the project calendar") boolean calendarImported,
            @Schema(example = "5") int holidaysImported,
            @Schema(example = "0") int extraWorkingDaysImported,
            @Schema(description = "The file's resources and how each was matched with a resource of "
                    + "resource-service")
            List<ResourceReport> resources,
            @Schema(description = "The baseline saved from the file's Baseline0 values; null when the file has none")
            ImportedBaseline baseline,
            @Schema(description = "Everything of the file that was not mapped, or mapped with a loss, grouped by "
                    + "what was lost; empty when the import was exact")
            List<Unmapped> unmapped) {
    }

    @Schema(name = "ImportedResource", description = "A resource of the file: matched by e-mail, else by a name "
            + "exactly one resource of resource-service has (ignoring case), or why not")
    public record ResourceReport(
            @Schema(example = "12") Integer uid,
            @Schema(example = "Ada Lovelace") String name,
            @Schema(example = "ada@example.com") String email,
            @Schema(enumeration = { "MATCHED_BY_EMAIL", "MATCHED_BY_NAME", "NOT_FOUND", "AMBIGUOUS",
                    "NOT_A_WORK_RESOURCE" }, example = "MATCHED_BY_EMAIL") String status,
            @Schema(description = "The resource-service resource it was matched with; null when not matched")
            UUID resourceId,
            @Schema(description = "The file's assignments of this resource", example = "3") int assignments,
            @Schema(description = "How many of them became task assignments", example = "3") int assignmentsImported,
            @Schema(description = "Why it was not matched; null when it was",
                    example = "no resource of resource-service has this e-mail or name; its assignments are not "
                            + "imported") String note) {
    }

    @Schema(name = "ImportedBaseline", description = "The project baseline saved from the file's Baseline0")
    public record ImportedBaseline(
            UUID baselineId,
            @Schema(example = "MS Project baseline") String name,
            @Schema(description = "Whether it became the project's current baseline (only when it had none)")
            boolean current,
            @Schema(description = "Tasks with Baseline0 values, the ones the baseline holds", example = "8")
            int tasks) {
    }

    @Schema(name = "UnmappedItem", description = "One kind of loss and the items of the file it concerns")
    public record Unmapped(
            @Schema(example = "TASK") String element,
            @Schema(example = "duration") String field,
            @Schema(example = "rounded to whole working days") String reason,
            @Schema(description = "The items concerned, as 'UID name' (or the value lost)",
                    example = "[\"12 Configure ledger (4h)\"]") List<String> items) {
    }

    @Schema(name = "ScheduleComparison",
            description = "The project's schedule against the dates and slack MS Project saved in a file")
    public record Comparison(
            UUID projectId,
            @Schema(example = "16") int tasksCompared,
            @Schema(example = "128") int fieldsCompared,
            @Schema(example = "122") int fieldsMatching,
            LocalDate msProjectFinish,
            LocalDate projectFinish,
            @Schema(description = "Every field that differs") List<Difference> differences,
            @Schema(description = "Tasks of the file without a task at the same outline number and name here, "
                    + "as 'UID outline name'") List<String> unmatched) {
    }

    @Schema(name = "ScheduleDifference")
    public record Difference(
            @Schema(example = "11") Integer uid,
            @Schema(example = "1.3") String outline,
            @Schema(example = "Design") String name,
            @Schema(example = "LateStart") String field,
            @Schema(example = "2027-01-12") String msProject,
            @Schema(example = "2027-01-11") String ours) {
    }
}
