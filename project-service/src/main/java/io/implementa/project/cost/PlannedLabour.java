package io.implementa.project.cost;

import io.implementa.project.cost.CostApi.UnpricedLabour;
import io.implementa.project.schedule.engine.WorkCalendar;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Planned labour cost, pure: each assignment's work (work hours as given; units % × the task's duration in working
 * days × the calendar's hours per day) is spread evenly over the task's scheduled working days, and each day's share
 * is priced at the resource's standard rate effective on that day. Work that cannot be priced — no budget currency,
 * no rate known, no rate effective yet on a day, a rate in another currency, a task without scheduled dates — is
 * never dropped silently: it is returned as {@link UnpricedLabour} with the reason.
 */
final class PlannedLabour {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A standard hourly rate from its effective date until the next one's. */
    record Rate(LocalDate from, BigDecimal standard, String currency) {
    }

    /** What the calculation needs of one assignment. */
    record Work(UUID assignmentId, UUID taskId, String taskName, int durationDays, LocalDate start, LocalDate finish,
            UUID resourceId, String resourceName, BigDecimal units, BigDecimal workHours) {
    }

    /** Priced labour per task (unrounded) and what could not be priced. */
    record Result(Map<UUID, BigDecimal> byTask, List<UnpricedLabour> unpriced) {

        BigDecimal of(UUID taskId) {
            return CostService.scale(byTask.getOrDefault(taskId, BigDecimal.ZERO));
        }

        List<UnpricedLabour> unpricedOf(UUID taskId) {
            return unpriced.stream().filter(u -> u.taskId().equals(taskId)).toList();
        }
    }

    private final String currency;
    private final WorkCalendar calendar;
    private final Map<UUID, List<Rate>> rates;

    /**
     * @param currency the budget's currency; null when the project has no budget (then nothing can be priced)
     * @param rates each resource's rates, ordered by effective date
     */
    PlannedLabour(String currency, WorkCalendar calendar, Map<UUID, List<Rate>> rates) {
        this.currency = currency;
        this.calendar = calendar;
        this.rates = rates;
    }

    Result price(List<Work> assignments) {
        Map<UUID, BigDecimal> byTask = new HashMap<>();
        List<UnpricedLabour> unpriced = new ArrayList<>();
        for (Work work : assignments) {
            BigDecimal hours = hours(work);
            if (hours.signum() == 0) {
                continue;
            }
            // Reason → hours (and the foreign currency, if that is the reason), in the order met.
            Map<String, BigDecimal> missing = new LinkedHashMap<>();
            Map<String, String> missingCurrency = new HashMap<>();
            BigDecimal cost = BigDecimal.ZERO;
            List<Rate> own = rates.getOrDefault(work.resourceId(), List.of());
            if (currency == null) {
                missing.put("the project has no budget, so there is no currency to price labour in", hours);
            } else if (own.isEmpty()) {
                missing.put("no cost rate is known for the resource", hours);
            } else if (work.start() == null || work.finish() == null) {
                missing.put("the task has no scheduled dates to find the effective rate", hours);
            } else {
                for (Share share : shares(work, hours)) {
                    Rate rate = effective(own, share.from());
                    if (rate == null) {
                        missing.merge("no cost rate is effective before " + own.get(0).from(), share.hours(),
                                BigDecimal::add);
                    } else if (!rate.currency().equals(currency)) {
                        String reason = "the rate is in " + rate.currency() + ", the budget in " + currency;
                        missing.merge(reason, share.hours(), BigDecimal::add);
                        missingCurrency.put(reason, rate.currency());
                    } else {
                        cost = cost.add(share.hours().multiply(rate.standard(), MC));
                    }
                }
            }
            byTask.merge(work.taskId(), cost, BigDecimal::add);
            missing.forEach((reason, h) -> unpriced.add(new UnpricedLabour(work.taskId(), work.taskName(),
                    work.assignmentId(), work.resourceId(), work.resourceName(), h.setScale(2, RoundingMode.HALF_UP),
                    missingCurrency.get(reason), reason)));
        }
        return new Result(byTask, unpriced);
    }

    /** The assignment's planned work in hours. */
    BigDecimal hours(Work work) {
        if (work.workHours() != null) {
            return work.workHours();
        }
        return work.units().divide(HUNDRED, MC).multiply(BigDecimal.valueOf(work.durationDays()))
                .multiply(BigDecimal.valueOf(calendar.hoursPerDay()), MC);
    }

    private record Share(LocalDate from, BigDecimal hours) {
    }

    /**
     * The work split at the rate changes inside the task: each part gets the share of the task's working days it
     * covers. A task without working days in its range (a milestone) is priced at its start.
     */
    private List<Share> shares(Work work, BigDecimal hours) {
        LocalDate end = work.finish().plusDays(1);
        int days = calendar.workingDaysBetween(work.start(), end);
        if (days <= 0) {
            return List.of(new Share(work.start(), hours));
        }
        List<LocalDate> cuts = new ArrayList<>();
        cuts.add(work.start());
        for (Rate rate : rates.get(work.resourceId())) {
            if (rate.from().isAfter(work.start()) && rate.from().isBefore(end)) {
                cuts.add(rate.from());
            }
        }
        cuts.add(end);
        List<Share> shares = new ArrayList<>();
        BigDecimal perDay = hours.divide(BigDecimal.valueOf(days), MC);
        for (int i = 0; i + 1 < cuts.size(); i++) {
            int n = calendar.workingDaysBetween(cuts.get(i), cuts.get(i + 1));
            if (n > 0) {
                shares.add(new Share(cuts.get(i), perDay.multiply(BigDecimal.valueOf(n), MC)));
            }
        }
        return shares;
    }

    private static Rate effective(List<Rate> rates, LocalDate on) {
        Rate found = null;
        for (Rate rate : rates) {
            if (!rate.from().isAfter(on)) {
                found = rate;
            }
        }
        return found;
    }
}
