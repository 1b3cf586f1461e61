package io.implementa.resource.feed;

import io.implementa.platform.feed.FeedCalendar;
import io.implementa.platform.feed.FeedCalendar.Item;
import io.implementa.resource.allocation.Allocation;
import io.implementa.resource.allocation.AllocationKind;
import io.implementa.resource.allocation.AllocationStatus;
import io.implementa.resource.allocation.TaskAssignment;
import io.implementa.resource.capacity.Absence;
import io.implementa.resource.resource.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The events of the resource-service's calendar feeds: an active allocation from its first to its last day,
 * named for the resource, the load and, when a task assignment made it, the project key and task; an absence
 * over its days, in the person's own feed only. Released allocations drop out of the feeds.
 */
@ApplicationScoped
public class ResourceFeeds {

    /** The allocations of the project's people to it. */
    public FeedCalendar ofProject(UUID projectId) {
        List<Allocation> allocations = Allocation.list("projectId = ?1 and status = ?2 order by startDate, id",
                projectId, AllocationStatus.ACTIVE);
        Map<UUID, Resource> resources = resources(allocations.stream().map(a -> a.resourceId).collect(Collectors.toSet()));
        Map<UUID, TaskAssignment> tasks = assignments(allocations);
        String name = tasks.values().stream().map(t -> t.projectKey).findFirst().orElse("Project");
        List<Item> items = new ArrayList<>();
        allocations.forEach(a -> items.add(allocation(a, resources.get(a.resourceId), tasks.get(a.id))));
        return FeedCalendar.named(name + ": allocations").allDay(items);
    }

    /** The allocations and absences of the person's resource. */
    public FeedCalendar ofPerson(String subject) {
        List<Resource> mine = Resource.list("person.subject", subject);
        FeedCalendar calendar = FeedCalendar.named("My allocations and absences");
        if (mine.isEmpty()) {
            return calendar;
        }
        Map<UUID, Resource> resources = new HashMap<>();
        mine.forEach(r -> resources.put(r.id, r));
        List<Allocation> allocations = Allocation.list("resourceId in ?1 and status = ?2", resources.keySet(),
                AllocationStatus.ACTIVE);
        Map<UUID, TaskAssignment> tasks = assignments(allocations);
        List<Item> items = new ArrayList<>();
        allocations.forEach(a -> items.add(allocation(a, resources.get(a.resourceId), tasks.get(a.id))));
        Absence.<Absence>list("resourceId in ?1", resources.keySet()).forEach(absence -> items.add(new Item(
                "absence-" + absence.id + "@resource-service.implementa",
                "Absent: " + label(absence.kind.name())
                        + (absence.hoursPerDay == null ? "" : " (" + plain(absence.hoursPerDay) + " h/day)"),
                absence.startDate, absence.endDate, absence.note, absence.createdAt, "Absence")));
        return calendar.allDay(items);
    }

    private static Item allocation(Allocation a, Resource resource, TaskAssignment task) {
        String load = a.percent != null ? plain(a.percent) + "%" : plain(a.hoursPerDay) + " h/day";
        String where = task != null ? task.projectKey + " " + task.taskName
                : "project " + a.projectId.toString().substring(0, 8);
        return new Item("allocation-" + a.id + "@resource-service.implementa",
                (resource == null ? "" : resource.name + ": ") + load + " on " + where
                        + (a.kind == AllocationKind.SOFT ? " (tentative)" : ""),
                a.startDate, a.endDate, a.note, a.updatedAt, "Allocation");
    }

    private static Map<UUID, Resource> resources(Collection<UUID> ids) {
        Map<UUID, Resource> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            Resource.<Resource>list("id in ?1", ids).forEach(r -> byId.put(r.id, r));
        }
        return byId;
    }

    /** The task assignment behind each allocation that one made, by allocation id. */
    private static Map<UUID, TaskAssignment> assignments(List<Allocation> allocations) {
        Map<UUID, TaskAssignment> byAllocation = new HashMap<>();
        Set<UUID> ids = allocations.stream().map(a -> a.id).collect(Collectors.toSet());
        if (!ids.isEmpty()) {
            TaskAssignment.<TaskAssignment>list("allocationId in ?1", ids)
                    .forEach(t -> byAllocation.put(t.allocationId, t));
        }
        return byAllocation;
    }

    private static String label(String constant) {
        String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
