package io.implementa.risk.risk;

import io.implementa.platform.jobs.ExclusiveJobs;
import io.implementa.platform.outbox.Outbox;
import io.implementa.risk.appetite.RiskAppetite;
import io.implementa.risk.register.RiskRegister;
import io.implementa.risk.register.RiskRegisterStatus;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Announces open risks whose review date has come (RiskReviewDue), once per review date: the risk keeps the date
 * it announced, in the announcing transaction. A new review date (set by the next assessment) is announced when
 * it comes. Dates are UTC days; risks of closed registers are not announced.
 */
@ApplicationScoped
public class ReviewReminderJob {

    static final String JOB = "risk-review-reminders";

    private final ExclusiveJobs jobs;
    private final Outbox outbox;
    private final Clock clock;

    /** Injected so that the mapping (and its property) is registered; the period itself is read by @Scheduled. */
    @SuppressWarnings("unused")
    private final ReviewConfig config;

    public ReviewReminderJob(ExclusiveJobs jobs, Outbox outbox, Clock clock, ReviewConfig config) {
        this.config = config;
        this.jobs = jobs;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${implementa.risk.review.check-every:1h}", identity = JOB,
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
        Parameters parameters = Parameters.with("today", today).and("closed",
                List.of(RiskStatus.OCCURRED, RiskStatus.CLOSED)).and("registerOpen", RiskRegisterStatus.OPEN);
        if (projectId != null) {
            parameters.and("projectId", projectId);
        }
        List<Risk> due = Risk.list("status not in :closed and nextReviewDate <= :today"
                        + " and (reviewAnnouncedFor is null or reviewAnnouncedFor <> nextReviewDate)"
                        + " and projectId in (select r.projectId from RiskRegister r where r.status = :registerOpen)"
                        + (projectId == null ? "" : " and projectId = :projectId"),
                Sort.by("nextReviewDate").and("id"), parameters);
        for (Risk risk : due) {
            risk.reviewAnnouncedFor = risk.nextReviewDate;
            RiskRegister register = RiskRegister.findById(risk.projectId);
            outbox.publish(risk.projectId, risk.id, RiskEvents.RiskReviewDue.of(risk, register,
                    RiskAppetite.of(risk.projectId, now), today));
        }
    }
}
