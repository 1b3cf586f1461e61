package io.implementa.resource.allocation;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.people.PersonRef;
import io.implementa.resource.capacity.CapacityCalculator;
import io.implementa.resource.capacity.Window;
import io.implementa.resource.resource.Resource;
import io.implementa.resource.resource.ResourceKind;
import io.implementa.resource.resource.ResourceStatus;
import io.implementa.resource.skill.ResourceSkill;
import io.implementa.resource.skill.Skill;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Suggestions for resolving an over-allocation episode, computed on request and never applied here: hand one
 * of the overlapping allocations to another qualified person with free capacity in the period, or move a
 * non-critical task's work later within its float. Each suggestion says whether, on its own, it removes the
 * overload from the episode's period (checked by re-running the over-allocation sweep without, or with the
 * moved, allocation).
 */
@ApplicationScoped
public class LevelingService {

    private final CapacityCalculator capacity;
    private final LevelingConfig config;

    public LevelingService(CapacityCalculator capacity, LevelingConfig config) {
        this.capacity = capacity;
        this.config = config;
    }

    public enum SuggestionKind {
        /** Give the allocation (for the episode's period, or whole) to another person. */
        REASSIGN,
        /** Move the task's work later within its total float (the project-service moves tasks). */
        SHIFT
    }

    @Schema(name = "LevelingSuggestion", description = "One way to take load off the over-allocated resource")
    public record Suggestion(SuggestionKind kind, UUID allocationId, UUID projectId, UUID taskId, boolean critical,
            Integer totalFloat,
            @Schema(description = "REASSIGN: the person to give the work to") UUID toResourceId,
            String toResourceName, PersonRef toPerson,
            @Schema(description = "REASSIGN: the over-allocated person's skills the alternative holds at their level or above")
            List<String> matchingSkills,
            @Schema(description = "REASSIGN: hours the allocation books in the episode's period") BigDecimal hoursToMove,
            @Schema(description = "REASSIGN: of those, hours the alternative has free of HARD bookings") BigDecimal availableHours,
            @Schema(description = "SHIFT: working days to move the task by, within its float") Integer shiftWorkingDays,
            LocalDate newStartDate, LocalDate newEndDate,
            @Schema(description = "Whether this suggestion alone removes the over-allocation from the episode's period")
            boolean resolves) {
    }

    @Schema(name = "LevelingSuggestions")
    public record Suggestions(UUID episodeId, UUID resourceId, LocalDate startDate, LocalDate endDate,
            List<Suggestion> suggestions) {
    }

    public Suggestions suggest(UUID resourceId, UUID episodeId) {
        Resource resource = Resource.<Resource>findByIdOptional(resourceId)
                .orElseThrow(() -> new ProblemException.NotFound("resource", resourceId));
        OverAllocationEpisode episode = OverAllocationEpisode.<OverAllocationEpisode>findByIdOptional(episodeId)
                .filter(e -> e.resourceId.equals(resource.id))
                .orElseThrow(() -> new ProblemException.NotFound("over-allocation", episodeId));
        if (episode.status != OverAllocationEpisode.Status.OPEN) {
            throw new ProblemException.Conflict("over-allocation-resolved", "Over-allocation resolved",
                    "over-allocation " + episodeId + " was resolved at " + episode.resolvedAt);
        }
        List<Allocation> hard = Allocation.list("resourceId = ?1 and status = ?2 and kind = ?3", resource.id,
                AllocationStatus.ACTIVE, AllocationKind.HARD);
        Window period = new Window(episode.startDate, episode.endDate);
        List<Allocation> overlapping = hard.stream()
                .filter(a -> episode.allocationIds().contains(a.id) && period.overlaps(a.startDate, a.endDate))
                .sorted(Comparator.comparing((Allocation a) -> a.critical).thenComparing(a -> a.startDate))
                .toList();
        List<Suggestion> suggestions = new ArrayList<>();
        for (Allocation allocation : overlapping) {
            suggestions.addAll(reassignments(resource, allocation, hard, period));
            shift(resource, allocation, hard, period).ifPresent(suggestions::add);
        }
        suggestions.sort(Comparator.comparing(Suggestion::resolves).reversed());
        return new Suggestions(episode.id, resource.id, episode.startDate, episode.endDate, suggestions);
    }

    /** Other active people holding one of the person's skills at the person's level or above, with free hours. */
    private List<Suggestion> reassignments(Resource resource, Allocation allocation, List<Allocation> hard,
            Window period) {
        Map<UUID, Integer> held = ResourceSkill.<ResourceSkill>list("key.resourceId", resource.id).stream()
                .collect(Collectors.toMap(s -> s.key.skillId(), s -> s.level));
        if (held.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> skillNames = Skill.<Skill>list("id in ?1", held.keySet()).stream()
                .collect(Collectors.toMap(s -> s.id, s -> s.name));
        Map<UUID, List<String>> matching = new HashMap<>();
        ResourceSkill.<ResourceSkill>list("key.skillId in ?1 and key.resourceId <> ?2", held.keySet(), resource.id)
                .stream().filter(s -> s.level >= held.get(s.key.skillId()))
                .forEach(s -> matching.computeIfAbsent(s.key.resourceId(), k -> new ArrayList<>())
                        .add(skillNames.get(s.key.skillId())));
        if (matching.isEmpty()) {
            return List.of();
        }
        List<Resource> people = Resource.<Resource>list("id in ?1 and status = ?2 and kind = ?3", matching.keySet(),
                ResourceStatus.ACTIVE, ResourceKind.PERSON);
        people = people.stream()
                .sorted(Comparator.comparing((Resource r) -> -matching.get(r.id).size()).thenComparing(r -> r.name))
                .limit(config.considered()).toList();
        if (people.isEmpty()) {
            return List.of();
        }
        Window span = new Window(max(period.from(), allocation.startDate), min(period.to(), allocation.endDate));
        List<UUID> ids = people.stream().map(r -> r.id).toList();
        Map<UUID, double[]> capacities = capacity.daily(ids, span);
        Map<UUID, List<Allocation>> booked = new HashMap<>();
        Allocation.<Allocation>list("resourceId in ?1 and status = ?2 and kind = ?3 and startDate <= ?4 and endDate >= ?5",
                ids, AllocationStatus.ACTIVE, AllocationKind.HARD, span.to(), span.from())
                .forEach(a -> booked.computeIfAbsent(a.resourceId, k -> new ArrayList<>()).add(a));
        boolean resolvesWithout = !overloadedIn(resource.id,
                hard.stream().filter(a -> a != allocation).toList(), period);
        List<Suggestion> result = new ArrayList<>();
        for (Resource other : people) {
            double[] cap = capacities.get(other.id);
            double[] load = Load.daily(cap, span, booked.getOrDefault(other.id, List.of())).hard();
            double needed = 0;
            double free = 0;
            for (int i = 0; i < cap.length; i++) {
                if (cap[i] <= 0) {
                    continue;
                }
                // The work as it would book the other person: the same hours on their working days, or the
                // same share of their day.
                double want = allocation.percent != null ? allocation.percent.doubleValue() * cap[i] / 100
                        : allocation.hoursPerDay.doubleValue();
                needed += want;
                free += Math.min(want, Math.max(0, cap[i] - load[i]));
            }
            if (free <= 0) {
                continue;
            }
            boolean covers = free + 1e-9 >= needed;
            result.add(new Suggestion(SuggestionKind.REASSIGN, allocation.id, allocation.projectId,
                    allocation.taskId, allocation.critical, allocation.totalFloat, other.id, other.name, other.person,
                    matching.get(other.id).stream().sorted().toList(), CapacityCalculator.round(needed),
                    CapacityCalculator.round(free), null, null, null, covers && resolvesWithout));
        }
        result.sort(Comparator.comparing(Suggestion::resolves).reversed()
                .thenComparing(Suggestion::availableHours, Comparator.reverseOrder())
                .thenComparing(Suggestion::toResourceName));
        return result.subList(0, Math.min(config.alternativesPerAllocation(), result.size()));
    }

    /**
     * The smallest move of a non-critical task allocation later, by whole working days of the resource within
     * its total float, after which the resource has no overload in the episode's period and none anywhere
     * that it did not have before.
     */
    private java.util.Optional<Suggestion> shift(Resource resource, Allocation allocation, List<Allocation> hard,
            Window period) {
        if (allocation.taskId == null || allocation.critical || allocation.totalFloat == null
                || allocation.totalFloat <= 0) {
            return java.util.Optional.empty();
        }
        int limit = allocation.totalFloat;
        // Enough calendar days to find `limit` working days even across holidays and long weekends.
        Window ahead = new Window(allocation.startDate, allocation.startDate.plusDays(limit * 3L + 14));
        double[] cap = capacity.daily(resource.id, ahead);
        List<Load.Overload> before = overloads(resource.id, hard);
        int working = 0;
        for (int i = 1; i < cap.length && working < limit; i++) {
            if (cap[i] <= 0) {
                continue;
            }
            working++;
            LocalDate start = ahead.from().plusDays(i);
            LocalDate end = allocation.endDate.plusDays(i);
            Allocation moved = Allocation.assign(allocation.resourceId, allocation.projectId,
                    new Allocation.Terms(start, end, allocation.percent, allocation.hoursPerDay, AllocationKind.HARD,
                            allocation.note), allocation.updatedAt);
            List<Allocation> after = new ArrayList<>(hard.stream().filter(a -> a != allocation).toList());
            after.add(moved);
            List<Load.Overload> overloads = overloads(resource.id, after);
            boolean clearsPeriod = overloads.stream().noneMatch(o -> period.overlaps(o.start(), o.end()));
            boolean nothingNew = overloads.stream().allMatch(o -> before.stream()
                    .anyMatch(b -> !o.start().isBefore(b.start()) && !o.end().isAfter(b.end())));
            if (clearsPeriod && nothingNew) {
                return java.util.Optional.of(new Suggestion(SuggestionKind.SHIFT, allocation.id, allocation.projectId,
                        allocation.taskId, false, allocation.totalFloat, null, null, null, null, null, null, working,
                        start, end, true));
            }
        }
        return java.util.Optional.empty();
    }

    private boolean overloadedIn(UUID resourceId, List<Allocation> hard, Window period) {
        return overloads(resourceId, hard).stream().anyMatch(o -> period.overlaps(o.start(), o.end()));
    }

    private List<Load.Overload> overloads(UUID resourceId, List<Allocation> hard) {
        if (hard.isEmpty()) {
            return List.of();
        }
        Window extent = new Window(hard.stream().map(a -> a.startDate).min(Comparator.naturalOrder()).orElseThrow(),
                hard.stream().map(a -> a.endDate).max(Comparator.naturalOrder()).orElseThrow());
        return Load.overloads(hard, capacity.daily(resourceId, extent), extent);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
