package io.implementa.risk.detection;

import io.implementa.risk.detection.DetectionEvents.Allocation;
import io.implementa.risk.detection.DetectionEvents.ChangeRequestApproved;
import io.implementa.risk.detection.DetectionEvents.CostOverrunForecast;
import io.implementa.risk.detection.DetectionEvents.OverAllocationDetected;
import io.implementa.risk.risk.Detected;
import io.implementa.risk.risk.DetectionCause;
import io.implementa.risk.risk.RiskCategory;
import io.implementa.risk.risk.RiskDescription;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the detection proposes for each kind of signal: category, probability and impacts (the mapping documented in
 * docs/architecture.md). Impacts grow with how far the signal passes its threshold: up to the threshold 2, up to
 * twice it 3, up to four times 4, beyond that 5 (a dimension the signal does not touch is 1).
 */
final class Proposals {

    static final String PROJECT_FINISH = "project-finish";
    static final String COST_AT_COMPLETION = "cost-at-completion";

    private Proposals() {
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Impact 1–5 of a signal that is {@code ratio} times its threshold. */
    static int impactOf(double ratio) {
        if (ratio <= 0) {
            return 1;
        }
        if (ratio <= 1) {
            return 2;
        }
        if (ratio <= 2) {
            return 3;
        }
        return ratio <= 4 ? 4 : 5;
    }

    private static double ratio(double value, double threshold) {
        return threshold <= 0 ? (value > 0 ? Double.MAX_VALUE : 0) : value / threshold;
    }

    /**
     * A milestone slipped, measured from the date it had before its first slip (the baseline): schedule impact by
     * the slip against the threshold, one more when it now misses its deadline; probability 4 for a critical
     * milestone (the project's finish moves with it), 3 otherwise.
     */
    static Detected milestoneSlip(UUID taskId, String name, LocalDate baseline, LocalDate date, LocalDate deadline,
            boolean critical, int thresholdDays) {
        long days = ChronoUnit.DAYS.between(baseline, date);
        boolean missesDeadline = deadline != null && date.isAfter(deadline);
        int schedule = Math.min(5, impactOf(ratio(days, thresholdDays)) + (missesDeadline ? 1 : 0));
        String reason = "Milestone " + name + " moved " + days + " days later (" + baseline + " → " + date + ")"
                + (missesDeadline ? ", past its deadline " + deadline : "") + (critical ? "; it is critical" : "");
        return new Detected(DetectionCause.MILESTONE_SLIP, taskId.toString(), days > thresholdDays,
                BigDecimal.valueOf(days), baseline, "Milestone " + name + " slips",
                new RiskDescription("Milestone " + name + " has moved from " + baseline + " to " + date,
                        "The milestone slips further or is missed",
                        critical ? "The project's finish moves with it" : "Dependent work and commitments move"),
                RiskCategory.SCHEDULE, critical ? 4 : 3, schedule, 1, 1, List.of(taskId), reason);
    }

    /** The project's finish slipped: schedule impact by the slip against the threshold; probability 4. */
    static Detected finishSlip(LocalDate baseline, LocalDate finish, int thresholdDays) {
        long days = ChronoUnit.DAYS.between(baseline, finish);
        return new Detected(DetectionCause.FINISH_SLIP, PROJECT_FINISH, days > thresholdDays,
                BigDecimal.valueOf(days), baseline, "Project finish slips",
                new RiskDescription("The schedule's finish has moved from " + baseline + " to " + finish,
                        "The project finishes late", "Go-live and the benefits after it are delayed"),
                RiskCategory.SCHEDULE, 4, impactOf(ratio(days, thresholdDays)), 1, 1, List.of(),
                "Project finish moved " + days + " days later (" + baseline + " → " + finish + ")");
    }

    /**
     * EAC above BAC: magnitude = overrun % of the budget; cost impact 2 up to 5 %, 3 up to 10 %, 4 up to 20 %, 5
     * beyond; probability 4 (a forecast, not yet a fact).
     */
    static Detected costOverrun(CostOverrunForecast f, BigDecimal thresholdPercent) {
        BigDecimal overrun = f.estimateAtCompletion().subtract(f.budgetAtCompletion());
        BigDecimal percent = f.budgetAtCompletion().signum() <= 0 ? BigDecimal.valueOf(100)
                : overrun.multiply(BigDecimal.valueOf(100)).divide(f.budgetAtCompletion(), 2, RoundingMode.HALF_UP);
        double p = percent.doubleValue();
        int cost = p <= 5 ? 2 : p <= 10 ? 3 : p <= 20 ? 4 : 5;
        String amounts = money(f.estimateAtCompletion()) + " " + f.currency() + " against a budget of "
                + money(f.budgetAtCompletion()) + " " + f.currency();
        return new Detected(DetectionCause.COST_OVERRUN, COST_AT_COMPLETION,
                overrun.signum() > 0 && percent.compareTo(thresholdPercent) > 0, percent, null,
                "Project forecast to overrun its budget",
                new RiskDescription("The estimate at completion is " + amounts, "The project overruns its budget",
                        "Extra funding is needed or scope is cut"),
                RiskCategory.COST, 4, 1, cost, 1, List.of(),
                "Cost overrun forecast: " + amounts + " (" + percent.toPlainString() + " % over"
                        + (f.statusDate() == null ? ")" : ", status date " + f.statusDate() + ")"));
    }

    /**
     * A resource over-allocated on critical work of the project: magnitude = days of the overloaded period; schedule
     * impact 3 up to 5 days, 4 up to 15, 5 beyond; probability 4.
     */
    static Detected criticalOverAllocation(OverAllocationDetected o, UUID projectId) {
        long days = ChronoUnit.DAYS.between(o.startDate(), o.endDate()) + 1;
        List<UUID> tasks = o.allocations().stream()
                .filter(a -> a.critical() && a.projectId().equals(projectId))
                .map(Allocation::taskId).filter(Objects::nonNull).distinct().toList();
        int schedule = days <= 5 ? 3 : days <= 15 ? 4 : 5;
        return new Detected(DetectionCause.CRITICAL_OVER_ALLOCATION, o.resourceId().toString(), true,
                BigDecimal.valueOf(days), null, o.resourceName() + " over-allocated on critical work",
                new RiskDescription(o.resourceName() + " is allocated beyond capacity from " + o.startDate() + " to "
                        + o.endDate() + " on tasks of the critical path",
                        "Critical tasks are not staffed as planned", "The project's finish moves"),
                RiskCategory.RESOURCE, 4, schedule, 1, 1, tasks,
                "Resource " + o.resourceName() + " over-allocated " + o.startDate() + " to " + o.endDate() + " ("
                        + days + " days) on " + (tasks.isEmpty() ? "critical work" : tasks.size() + " critical task(s)"));
    }

    /**
     * An approved change request past a threshold: magnitude = its size in thresholds (the larger of days / day
     * threshold and cost / cost threshold); schedule and cost impacts by those ratios, scope impact 3 for SCOPE and
     * QUALITY changes; probability 3 (the change is decided; its knock-on effects are the risk). Category SCHEDULE
     * or COST by the change's type, otherwise by the larger ratio.
     */
    static Detected largeChangeRequest(ChangeRequestApproved c, int thresholdDays, BigDecimal thresholdCost) {
        double rs = ratio(Math.max(0, c.scheduleImpactDays()), thresholdDays);
        double rc = ratio(Math.max(0, c.costImpact().doubleValue()), thresholdCost.doubleValue());
        boolean exceeds = c.scheduleImpactDays() > thresholdDays || c.costImpact().compareTo(thresholdCost) > 0;
        RiskCategory category = switch (c.type()) {
            case "SCHEDULE" -> RiskCategory.SCHEDULE;
            case "COST" -> RiskCategory.COST;
            default -> rs >= rc ? RiskCategory.SCHEDULE : RiskCategory.COST;
        };
        int scope = "SCOPE".equals(c.type()) || "QUALITY".equals(c.type()) ? 3 : 1;
        BigDecimal size = BigDecimal.valueOf(Math.min(Math.max(rs, rc), 1_000_000)).setScale(2, RoundingMode.HALF_UP);
        String name = "Change request " + (c.number() == null ? "" : "#" + c.number() + " ") + c.title();
        String impact = c.scheduleImpactDays() + " days and " + money(c.costImpact())
                + (c.currency() == null ? "" : " " + c.currency());
        return new Detected(DetectionCause.LARGE_CHANGE_REQUEST, c.changeRequestId().toString(), exceeds, size, null,
                name + " has a large impact",
                new RiskDescription(name + " was approved with an impact of " + impact,
                        "Carrying out the change disturbs the plan beyond its estimate",
                        "The schedule and budget move further than approved"),
                category, 3, impactOf(rs), impactOf(rc), scope, List.of(),
                name + " approved with an impact of " + impact);
    }
}
