package io.implementa.resource.allocation;

import io.implementa.platform.http.ProblemException;
import io.implementa.resource.allocation.AllocationApi.OverAllocationView;
import io.implementa.resource.allocation.AllocationApi.UtilisationPeriod;
import io.implementa.resource.allocation.AllocationApi.UtilisationView;
import io.implementa.resource.capacity.CapacityCalculator;
import io.implementa.resource.capacity.Granularity;
import io.implementa.resource.capacity.Window;
import io.implementa.resource.resource.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Utilisation per period across all projects: capacity and booked hours of a window, for one resource or
 * many in bulk (two queries for the allocations and three for capacity, then one pass over the window's days
 * per resource).
 */
@ApplicationScoped
public class UtilisationService {

    private static final double EPSILON = 1e-9;

    private final CapacityCalculator capacity;
    private final Clock clock;

    public UtilisationService(CapacityCalculator capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    public UtilisationView utilisation(UUID resourceId, LocalDate from, LocalDate to, Granularity granularity) {
        if (Resource.findById(resourceId) == null) {
            throw new ProblemException.NotFound("resource", resourceId);
        }
        Window window = Window.of(from, to, LocalDate.now(clock));
        Granularity by = granularity == null ? Granularity.WEEK : granularity;
        return utilisation(List.of(resourceId), window, by).get(resourceId);
    }

    /** Utilisation of every resource given over the window. */
    public Map<UUID, UtilisationView> utilisation(Collection<UUID> resourceIds, Window window, Granularity by) {
        Map<UUID, double[]> capacities = capacity.daily(resourceIds, window);
        Map<UUID, List<Allocation>> allocations = new HashMap<>();
        Allocation.<Allocation>list("resourceId in ?1 and status = ?2 and startDate <= ?3 and endDate >= ?4",
                resourceIds, AllocationStatus.ACTIVE, window.to(), window.from())
                .forEach(a -> allocations.computeIfAbsent(a.resourceId, k -> new ArrayList<>()).add(a));
        List<Granularity.Period> periods = by.split(window.from(), window.to());
        Map<UUID, UtilisationView> result = new HashMap<>();
        for (UUID id : resourceIds) {
            result.put(id, new UtilisationView(id, window.from(), window.to(), by,
                    periods(capacities.get(id), window, allocations.getOrDefault(id, List.of()), periods)));
        }
        return result;
    }

    /**
     * One resource's utilisation rows: its daily load (difference arrays over the window) summed per period
     * against its daily capacity. Pure, so the benchmark in {@code bench/utilisation} measures this very code.
     *
     * @param cap working hours per day of the window
     */
    public static List<UtilisationPeriod> periods(double[] cap, Window window, List<Allocation> allocations,
            List<Granularity.Period> periods) {
        Load.Daily load = Load.daily(cap, window, allocations);
        List<UtilisationPeriod> rows = new ArrayList<>(periods.size());
        for (Granularity.Period p : periods) {
            double c = 0, hard = 0, soft = 0;
            boolean over = false;
            for (int i = window.indexOf(p.start()); i <= window.indexOf(p.end()); i++) {
                c += cap[i];
                hard += load.hard()[i];
                soft += load.soft()[i];
                over |= cap[i] > 0 && load.hard()[i] > cap[i] + EPSILON;
            }
            rows.add(new UtilisationPeriod(p.start(), p.end(), CapacityCalculator.round(c),
                    CapacityCalculator.round(hard), CapacityCalculator.round(soft),
                    c > 0 ? BigDecimal.valueOf(hard * 100 / c).setScale(2, RoundingMode.HALF_UP) : null, over));
        }
        return rows;
    }

    /** The resource's open over-allocation episodes, earliest first. */
    public List<OverAllocationView> openOverAllocations(UUID resourceId) {
        if (Resource.findById(resourceId) == null) {
            throw new ProblemException.NotFound("resource", resourceId);
        }
        return OverAllocationChecker.openEpisodes(resourceId).stream()
                .map(e -> OverAllocationView.of(e, Allocation.list("id in ?1", e.allocationIds())))
                .toList();
    }
}
