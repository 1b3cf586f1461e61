package io.implementa.resource.allocation;

import io.implementa.resource.capacity.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * How allocations load a resource, computed over ranges. An allocation in hours loads each day on which the
 * resource has working hours; one in percent loads that share of the day's working hours. Pure functions:
 * the callers load capacity and allocations for a window in bulk.
 */
public final class Load {

    private static final double EPSILON = 1e-9;

    private Load() {
    }

    /** Booked hours per day of a window (index 0 is {@code window.from()}), HARD and SOFT apart. */
    public record Daily(double[] hard, double[] soft) {
    }

    /**
     * Loads per day in O(allocations + days): each allocation adds its hours and percent to difference arrays
     * at its first day and takes them off after its last, and one pass sums them against capacity.
     */
    public static Daily daily(double[] capacity, Window window, List<Allocation> allocations) {
        int days = window.days();
        double[] hardHours = new double[days + 1];
        double[] hardPercent = new double[days + 1];
        double[] softHours = new double[days + 1];
        double[] softPercent = new double[days + 1];
        for (Allocation a : allocations) {
            if (!window.overlaps(a.startDate, a.endDate)) {
                continue;
            }
            int first = Math.max(0, window.indexOf(a.startDate));
            int after = Math.min(days, window.indexOf(a.endDate) + 1);
            double[] target = a.percent != null ? (a.isHard() ? hardPercent : softPercent)
                    : (a.isHard() ? hardHours : softHours);
            double amount = (a.percent != null ? a.percent : a.hoursPerDay).doubleValue();
            target[first] += amount;
            target[after] -= amount;
        }
        double[] hard = new double[days];
        double[] soft = new double[days];
        double hh = 0, hp = 0, sh = 0, sp = 0;
        for (int i = 0; i < days; i++) {
            hh += hardHours[i];
            hp += hardPercent[i];
            sh += softHours[i];
            sp += softPercent[i];
            if (capacity[i] > 0) {
                hard[i] = hh + hp * capacity[i] / 100;
                soft[i] = sh + sp * capacity[i] / 100;
            }
        }
        return new Daily(hard, soft);
    }

    /** A period in which hard allocations exceed capacity on at least one working day, and the allocations in it. */
    public record Overload(LocalDate start, LocalDate end, List<Allocation> allocations) {
    }

    /**
     * The periods in which the HARD allocations given exceed capacity: a sweep over the allocations' start and
     * end boundaries, within which the set of allocations (and so their hours and percent) is constant; only
     * the days of a segment with allocations are compared with capacity. Adjacent overloaded segments form one
     * period.
     *
     * @param capacity working hours per day of {@code extent}, which covers every allocation given
     */
    public static List<Overload> overloads(List<Allocation> hard, double[] capacity, Window extent) {
        TreeMap<LocalDate, List<Allocation>> starts = new TreeMap<>();
        TreeMap<LocalDate, List<Allocation>> ends = new TreeMap<>();
        TreeMap<LocalDate, Boolean> boundaries = new TreeMap<>();
        for (Allocation a : hard) {
            starts.computeIfAbsent(a.startDate, d -> new ArrayList<>()).add(a);
            ends.computeIfAbsent(a.endDate.plusDays(1), d -> new ArrayList<>()).add(a);
            boundaries.put(a.startDate, true);
            boundaries.put(a.endDate.plusDays(1), true);
        }
        List<Overload> overloads = new ArrayList<>();
        Set<Allocation> active = new LinkedHashSet<>();
        double hours = 0;
        double percent = 0;
        LocalDate openStart = null;
        LocalDate openEnd = null;
        Set<Allocation> openAllocations = new LinkedHashSet<>();
        List<LocalDate> points = new ArrayList<>(boundaries.keySet());
        for (int b = 0; b < points.size() - 1; b++) {
            LocalDate point = points.get(b);
            for (Allocation a : ends.getOrDefault(point, List.of())) {
                active.remove(a);
                if (a.percent != null) {
                    percent -= a.percent.doubleValue();
                } else {
                    hours -= a.hoursPerDay.doubleValue();
                }
            }
            for (Allocation a : starts.getOrDefault(point, List.of())) {
                active.add(a);
                if (a.percent != null) {
                    percent += a.percent.doubleValue();
                } else {
                    hours += a.hoursPerDay.doubleValue();
                }
            }
            LocalDate segmentEnd = points.get(b + 1).minusDays(1);
            boolean over = !active.isEmpty() && overloaded(hours, percent, capacity, extent, point, segmentEnd);
            if (over) {
                if (openStart == null) {
                    openStart = point;
                }
                openEnd = segmentEnd;
                openAllocations.addAll(active);
            } else if (openStart != null) {
                overloads.add(new Overload(openStart, openEnd, List.copyOf(openAllocations)));
                openStart = null;
                openAllocations.clear();
            }
        }
        if (openStart != null) {
            overloads.add(new Overload(openStart, openEnd, List.copyOf(openAllocations)));
        }
        return overloads;
    }

    private static boolean overloaded(double hours, double percent, double[] capacity, Window extent, LocalDate from,
            LocalDate to) {
        for (int i = extent.indexOf(from); i <= extent.indexOf(to); i++) {
            double available = capacity[i];
            if (available > 0 && hours + percent * available / 100 > available + EPSILON) {
                return true;
            }
        }
        return false;
    }
}
