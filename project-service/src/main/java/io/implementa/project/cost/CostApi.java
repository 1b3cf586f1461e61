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
            @Schema(description = "Whether the estimate at completion is above the budget now")
            boolean overrunForecast,
            boolean approved,
            PersonRef approvedBy,
            Instant approvedAt,
            String approvalNote,
            @Schema(description = "Sum of the tasks' planned fixed costs") BigDecimal plannedCost,
            @Schema(description = "Cost entries plus approved timesheet labour") BigDecimal actualCost,
            @Schema(description = "actualCost / amount in percent; null while the amount is 0")
            BigDecimal consumedPercent,
            @Schema(description = "amount − actualCost") BigDecimal remaining,
            List<CategoryCost> byCategory,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {
    }

    @Schema(name = "SetPlannedCostRequest")
    public record SetPlannedCostRequest(
            @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2) @Schema(example = "12000")
            BigDecimal fixedCost,
            @Pattern(regexp = "[A-Z]{3}") @Schema(description = "Must be the budget's currency when given",
                    example = "EUR") String currency,
            @Schema(description = "Default OTHER") CostCategory category) {
    }

    @Schema(name = "PlannedCost")
    public record PlannedCostView(UUID taskId, UUID projectId, CostCategory category, BigDecimal fixedCost,
            String currency, Instant updatedAt, long version) {
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
