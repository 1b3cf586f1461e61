package io.implementa.project.cost;

import io.implementa.platform.people.PersonRef;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The budget and cost payloads of the REST API. */
public final class CostApi {

    private CostApi() {
    }

    @Schema(name = "SetBudgetRequest")
    public record SetBudgetRequest(
            @NotNull @Pattern(regexp = "[A-Z]{3}") @Schema(description = "ISO 4217 code; the only currency of the "
                    + "project's money", example = "EUR") String currency,
            @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2)
            @Schema(description = "The budget the consumption thresholds measure against", example = "250000")
            BigDecimal amount,
            @DecimalMin("0") @Digits(integer = 13, fraction = 2) @Schema(example = "25000")
            BigDecimal contingencyReserve,
            @DecimalMin("0") @Digits(integer = 13, fraction = 2) @Schema(example = "10000")
            BigDecimal managementReserve,
            @Size(max = 10) @Schema(description = "Percentages of the amount consumed to announce (default 80, 100)",
                    example = "[80, 100]") List<@NotNull @Min(1) @Max(500) Integer> thresholds) {
    }

    @Schema(name = "ApproveBudgetRequest")
    public record ApproveBudgetRequest(@Size(max = 2000) @Schema(example = "Approved by the steering committee")
    String note) {
    }

    @Schema(name = "CategoryCost")
    public record CategoryCost(CostCategory category, BigDecimal planned, BigDecimal actual) {
    }

    @Schema(name = "Budget", description = "A project's budget with what is planned and spent against it")
    public record BudgetView(
            UUID projectId,
            @Schema(example = "EUR") String currency,
            BigDecimal amount,
            BigDecimal contingencyReserve,
            BigDecimal managementReserve,
            @Schema(description = "amount + both reserves") BigDecimal total,
            List<Integer> thresholds,
            @Schema(description = "Thresholds the actual cost is at or above now") List<Integer> crossedThresholds,
            @Schema(description = "Whether the estimate at completion is above the budget at completion now")
            boolean overrunForecast,
            boolean approved,
            PersonRef approvedBy,
            Instant approvedAt,
            String approvalNote,
            @Schema(description = "Sum of the tasks' planned fixed costs and priced planned labour (see "
                    + "GET .../planned-cost for what could not be priced)") BigDecimal plannedCost,
            @Schema(description = "Cost entries plus approved timesheet labour") BigDecimal actualCost,
            @Schema(description = "actualCost / amount in percent; null while the amount is 0")
            BigDecimal consumedPercent,
            @Schema(description = "amount − actualCost") BigDecimal remaining,
            List<CategoryCost> byCategory,
            @Schema(description = "Approved timesheet labour in another currency than the budget's, per currency: "
                    + "kept, but not in actualCost (nothing is converted)") List<ExcludedLabour> excludedLabour,
            @Schema(description = "BAC the overrun forecast measures against: the current baseline's cost, or without "
                    + "a baseline the tasks' planned cost now (fixed + priced labour); null while it is 0")
            BigDecimal budgetAtCompletion,
            @Schema(description = "EAC = BAC / CPI; null until something is both earned and spent")
            BigDecimal estimateAtCompletion,
            @Schema(description = "The current baseline BAC comes from; null when it comes from the current plan")
            UUID forecastBaselineId,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {
    }

    @Schema(name = "ExcludedLabour", description = "Approved timesheet labour left out of the actual cost, and why")
    public record ExcludedLabour(
            @Schema(example = "USD") String currency,
            BigDecimal hours,
            @Schema(description = "In the currency of this line") BigDecimal cost,
            @Schema(description = "Number of timesheet entries") long entries,
            @Schema(example = "the timesheet is priced in USD, the budget in EUR") String reason) {
    }

    @Schema(name = "SetPlannedCostRequest")
    public record SetPlannedCostRequest(
            @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) @Schema(example = "12000")
            BigDecimal fixedCost,
            @Pattern(regexp = "[A-Z]{3}") @Schema(description = "Must be the budget's currency when given",
                    example = "EUR") String currency,
            @Schema(description = "Default OTHER") CostCategory category) {
    }

    @Schema(name = "PlannedCost", description = "A task's planned cost: its fixed cost plus the planned labour of its "
            + "assignments")
    public record PlannedCostView(
            UUID taskId,
            UUID projectId,
            @Schema(description = "The fixed cost's category (labour is always LABOUR)") CostCategory category,
            BigDecimal fixedCost,
            @Schema(description = "Σ assigned work hours × the resource's standard rate effective on each working "
                    + "day of the task; labour that cannot be priced is left out here and listed in unpricedLabour")
            BigDecimal labourCost,
            @Schema(description = "fixedCost + labourCost") BigDecimal totalCost,
            @Schema(description = "The budget's currency; null without a budget") String currency,
            List<UnpricedLabour> unpricedLabour,
            Instant updatedAt,
            @Schema(description = "Version of the fixed cost; the ETag carries the same value") long version) {
    }

    @Schema(name = "UnpricedLabour", description = "Planned labour of an assignment that could not be priced, and why")
    public record UnpricedLabour(
            UUID taskId,
            String taskName,
            UUID assignmentId,
            UUID resourceId,
            @Schema(description = "As the resource-service last announced it; null when unknown") String resourceName,
            @Schema(description = "The planned work hours left unpriced") BigDecimal hours,
            @Schema(description = "The rate's currency when it differs from the budget's, else null", example = "USD")
            String currency,
            @Schema(example = "the rate is in USD, the budget in EUR") String reason) {
    }

    @Schema(name = "ProjectPlannedCost", description = "The planned cost of the whole project: fixed costs plus labour")
    public record ProjectPlannedCostView(
            UUID projectId,
            @Schema(description = "The budget's currency; null without a budget") String currency,
            @Schema(description = "Σ the tasks' fixed costs") BigDecimal fixedCost,
            @Schema(description = "Σ the tasks' priced planned labour") BigDecimal labourCost,
            @Schema(description = "fixedCost + labourCost") BigDecimal totalCost,
            @Schema(description = "Σ unpricedLabour.hours") BigDecimal unpricedHours,
            @Schema(description = "Every assignment's labour that could not be priced, by task and assignment")
            List<UnpricedLabour> unpricedLabour) {
    }

    @Schema(name = "CreateCostEntryRequest")
    public record CreateCostEntryRequest(
            @NotNull CostCategory category,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 2)
            @Schema(example = "4800") BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}") @Schema(example = "EUR") String currency,
            @NotNull @Schema(example = "2027-03-12") LocalDate incurredOn,
            @Schema(description = "The task the cost belongs to, if any") UUID taskId,
            @Size(max = 2000) @Schema(example = "Vendor invoice 2027-114") String description) {
    }

    @Schema(name = "CostEntry")
    public record CostEntryView(UUID id, UUID projectId, UUID taskId, CostCategory category, BigDecimal amount,
            String currency, LocalDate incurredOn, String description, PersonRef createdBy, Instant createdAt) {

        static CostEntryView of(CostEntry e) {
            return new CostEntryView(e.id, e.projectId, e.taskId, e.category, CostService.scale(e.amount), e.currency, e.incurredOn,
                    e.description, e.createdBy, e.createdAt);
        }
    }

    @Schema(name = "CostEntryPage")
    public record CostEntryPage(List<CostEntryView> items, int page, int size, long totalItems, int totalPages) {
    }
}
