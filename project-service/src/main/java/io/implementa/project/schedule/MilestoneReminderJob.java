package io.implementa.project.schedule;

import io.implementa.platform.jobs.ExclusiveJobs;
import io.implementa.platform.outbox.Outbox;
import io.implementa.project.project.Project;
import io.implementa.project.project.ProjectStatus;
import io.implementa.project.task.Task;
import io.implementa.project.task.TaskStatus;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Announces milestones that are not done: MilestoneDueSoon when the scheduled date is today or within the
 * configured days ahead, MilestoneMissed once the scheduled date or the deadline has passed. Each announcement
 * is recorded (milestone, kind, scheduled date) in the announcing transaction and written only if it was not
 * recorded before, so every milestone is announced once per kind and date, however often the job runs and on
 * whichever instance; a milestone that moves to a new date is announced again for it. Dates are UTC days.
 * Projects on hold, closed or cancelled are left out.
 */
@ApplicationScoped
public class MilestoneReminderJob {

    static final String JOB = "project-milestone-reminders";

    private final ExclusiveJobs jobs;
    private final Outbox outbox;
    private final EntityManager em;
    private final Clock clock;
    private final ScheduleConfig config;

    public MilestoneReminderJob(ExclusiveJobs jobs, Outbox outbox, EntityManager em, Clock clock,
            ScheduleConfig config) {
        this.jobs = jobs;
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(cron = "${implementa.schedule.milestone-check-cron:0 0 6 * * ?}", identity = JOB,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(clock.instant());
    }

    /** One run at the given instant, on whichever instance gets the job's lock. */
    public void run(Instant now) {
        jobs.runExclusively(JOB, () -> announce(now, null));
    }

    /** One run limited to one project: tests use it so that runs at other instants leave other tests alone. */
    void runFor(Instant now, UUID projectId) {
        jobs.runExclusively(JOB, () -> announce(now, projectId));
    }

    private void announce(Instant now, UUID projectId) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate horizon = today.plusDays(config.milestoneDueSoonDays());
        TypedQuery<Object[]> query = em.createQuery("select t, s from Task t, TaskSchedule s where s.taskId = t.id"
                + " and t.duration = 0 and t.status <> :done and s.start is not null"
                + " and not exists (select c.id from Task c where c.parentId = t.id)"
                + " and t.projectId in (select p.id from Project p where p.status in :live)"
                + " and (s.start <= :horizon or t.deadline < :today)"
                + (projectId == null ? "" : " and t.projectId = :projectId")
                + " order by s.start, t.id", Object[].class)
                .setParameter("done", TaskStatus.DONE)
                .setParameter("live", List.of(ProjectStatus.PROPOSED, ProjectStatus.ACTIVE))
                .setParameter("horizon", horizon)
                .setParameter("today", today);
        if (projectId != null) {
            query.setParameter("projectId", projectId);
        }
        for (Object[] row : query.getResultList()) {
            Task milestone = (Task) row[0];
            LocalDate date = ((TaskSchedule) row[1]).start;
            boolean missed = date.isBefore(today) || (milestone.deadline != null && milestone.deadline.isBefore(today));
            if (!missed && date.isAfter(horizon)) {
                continue;
            }
            String kind = missed ? "MISSED" : "DUE_SOON";
            if (!record(milestone.id, kind, date, now)) {
                continue;
            }
            Project project = Project.findById(milestone.projectId);
            Object event = missed
                    ? new ScheduleEvents.MilestoneMissed(project.id, project.key, milestone.id, milestone.name, date,
                            milestone.deadline, project.manager, project.sponsor)
                    : new ScheduleEvents.MilestoneDueSoon(project.id, project.key, milestone.id, milestone.name, date,
                            milestone.deadline, project.manager, project.sponsor);
            outbox.publish(project.id, milestone.id, event);
        }
    }

    /** Records the announcement; false when it was made before. */
    private boolean record(UUID taskId, String kind, LocalDate date, Instant now) {
        return em.createNativeQuery("insert into milestone_announcement (task_id, kind, milestone_date, announced_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, taskId)
                .setParameter(2, kind)
                .setParameter(3, date)
                .setParameter(4, now)
                .executeUpdate() == 1;
    }
}
