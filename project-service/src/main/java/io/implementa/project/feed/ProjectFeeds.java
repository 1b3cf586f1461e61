package io.implementa.project.feed;

import io.implementa.platform.feed.FeedCalendar;
import io.implementa.platform.feed.FeedCalendar.Item;
import io.implementa.platform.security.Memberships;
import io.implementa.project.deliverable.Deliverable;
import io.implementa.project.project.Project;
import io.implementa.project.schedule.TaskSchedule;
import io.implementa.project.task.Task;
import io.implementa.project.task.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The events of the project-service's calendar feeds: milestones (leaf tasks of zero duration) on their
 * scheduled date, or their actual finish once done, and deliverables on their due date. UIDs are the items' ids,
 * so a calendar moves an event when its date moves. A milestone's {@code DTSTAMP} is the last change of any task
 * of its project (any of them can move it), a deliverable's its own last change.
 */
@ApplicationScoped
public class ProjectFeeds {

    private final EntityManager em;
    private final Memberships memberships;

    public ProjectFeeds(EntityManager em, Memberships memberships) {
        this.em = em;
        this.memberships = memberships;
    }

    /** One project's feed. */
    public FeedCalendar ofProject(UUID projectId) {
        List<Project> projects = Project.<Project>find("id", projectId).list();
        String name = projects.isEmpty() ? "Project" : projects.get(0).key + " " + projects.get(0).name;
        return events(FeedCalendar.named(name + ": milestones and deliverables"), projects);
    }

    /** The feed of every project the person is a member of. */
    public FeedCalendar ofPerson(String subject) {
        Set<UUID> ids = memberships.projectsOf(subject);
        List<Project> projects = ids.isEmpty() ? List.of() : Project.<Project>list("id in ?1", ids);
        return events(FeedCalendar.named("My projects: milestones and deliverables"), projects);
    }

    private FeedCalendar events(FeedCalendar calendar, Collection<Project> projects) {
        if (projects.isEmpty()) {
            return calendar;
        }
        Map<UUID, Project> byId = new HashMap<>();
        projects.forEach(p -> byId.put(p.id, p));
        Map<UUID, Instant> planChanged = new HashMap<>();
        em.createQuery("select t.projectId, max(t.updatedAt) from Task t where t.projectId in :ids group by t.projectId",
                        Object[].class)
                .setParameter("ids", byId.keySet()).getResultList()
                .forEach(row -> planChanged.put((UUID) row[0], (Instant) row[1]));
        List<Item> items = new ArrayList<>();
        em.createQuery("select t, s from Task t, TaskSchedule s where s.taskId = t.id and t.projectId in :ids"
                        + " and t.duration = 0 and not exists (select c.id from Task c where c.parentId = t.id)",
                        Object[].class)
                .setParameter("ids", byId.keySet()).getResultList()
                .forEach(row -> {
                    Task milestone = (Task) row[0];
                    TaskSchedule schedule = (TaskSchedule) row[1];
                    boolean done = milestone.status == TaskStatus.DONE && milestone.actualFinish != null;
                    LocalDate date = done ? milestone.actualFinish : schedule.start;
                    if (date == null) {
                        return;
                    }
                    Project project = byId.get(milestone.projectId);
                    items.add(Item.onDay("milestone-" + milestone.id + "@project-service.implementa",
                            project.key + ": " + milestone.name + (done ? " (done)" : ""), date,
                            "Milestone of " + project.key + " " + project.name
                                    + (milestone.deadline == null ? "" : "; deadline " + milestone.deadline),
                            planChanged.get(project.id), "Milestone"));
                });
        Deliverable.<Deliverable>list("projectId in ?1 and dueDate is not null", byId.keySet()).forEach(d -> {
            Project project = byId.get(d.projectId);
            items.add(Item.onDay("deliverable-" + d.id + "@project-service.implementa",
                    project.key + ": " + d.name + " due", d.dueDate,
                    "Deliverable of " + project.key + " " + project.name + ", " + d.status
                            + (d.owner == null ? "" : ", owned by " + d.owner.name()),
                    d.updatedAt, "Deliverable"));
        });
        return calendar.allDay(items);
    }
}
