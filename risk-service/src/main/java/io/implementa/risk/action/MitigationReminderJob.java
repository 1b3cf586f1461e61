package io.implementa.risk.action;

import io.implementa.platform.jobs.ExclusiveJobs;
import io.implementa.platform.outbox.Outbox;
import io.implementa.risk.register.RiskRegister;
import io.implementa.risk.register.RiskRegisterStatus;
import io.implementa.risk.risk.Risk;
import io.implementa.risk.view.RiskSummaries;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Announces open mitigation actions coming due (MitigationDueSoon, once per due date) and overdue
 * (MitigationOverdue, once, then again each reminder interval while they stay overdue). What was announced is
 * kept on each action, in the transaction of the announcement, so a run on another instance or a rerun after a
 * crash never repeats one. Dates are UTC days. Actions of closed registers are not announced.
 */
@ApplicationScoped
public class MitigationReminderJob {

    static final String JOB = "risk-mitigation-reminders";

    private final ExclusiveJobs jobs;
    private final Outbox outbox;
    private final Clock clock;
    private final ActionConfig config;
    private final RiskSummaries summaries;

    public MitigationReminderJob(ExclusiveJobs jobs, Outbox outbox, Clock clock, ActionConfig config,
            RiskSummaries summaries) {
        this.jobs = jobs;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.summaries = summaries;
    }

    @Scheduled(every = "${implementa.risk.mitigation.check-every:1h}", identity = JOB, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
        Set<UUID> changed = new LinkedHashSet<>();
        String scope = "status = io.implementa.risk.action.ActionStatus.OPEN"
                + " and projectId in (select r.projectId from RiskRegister r where r.status = :registerOpen)"
                + (projectId == null ? "" : " and projectId = :projectId");
        Parameters base = Parameters.with("registerOpen", RiskRegisterStatus.OPEN);
        if (projectId != null) {
            base.and("projectId", projectId);
        }

        List<MitigationAction> dueSoon = MitigationAction.list(scope + " and dueDate >= :today and dueDate <= :horizon"
                        + " and (dueSoonAnnouncedFor is null or dueSoonAnnouncedFor <> dueDate)",
                Sort.by("dueDate").and("id"),
                copy(base).and("today", today).and("horizon", today.plusDays(config.dueSoonDays())));
        for (MitigationAction action : dueSoon) {
            action.dueSoonAnnouncedFor = action.dueDate;
            Risk risk = Risk.findById(action.riskId);
            outbox.publish(action.projectId, action.id,
                    ActionEvents.MitigationDueSoon.of(action, risk, register(action), today));
        }

        List<MitigationAction> overdue = MitigationAction.list(scope + " and dueDate < :today"
                        + " and (overdueAnnouncedAt is null or overdueAnnouncedAt <= :remindBefore)",
                Sort.by("dueDate").and("id"),
                copy(base).and("today", today).and("remindBefore", now.minus(config.overdueReminderInterval())));
        for (MitigationAction action : overdue) {
            action.overdueAnnouncedFor = action.dueDate;
            action.overdueAnnouncedAt = now;
            action.overdueAnnouncements++;
            Risk risk = Risk.findById(action.riskId);
            outbox.publish(action.projectId, action.id,
                    ActionEvents.MitigationOverdue.of(action, risk, register(action), today));
            changed.add(action.projectId);
        }
        // An action falling overdue changes its project's summary (its overdue count) without any request.
        for (UUID changedProject : changed) {
            summaries.refresh(RiskRegister.findById(changedProject), today);
        }
    }

    private static RiskRegister register(MitigationAction action) {
        return RiskRegister.findById(action.projectId);
    }

    private static Parameters copy(Parameters parameters) {
        Parameters copy = new Parameters();
        parameters.map().forEach(copy::and);
        return copy;
    }
}
