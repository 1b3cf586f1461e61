package io.implementa.project.report;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.security.Caller;
import io.implementa.project.health.Health;
import io.implementa.project.health.HealthService;
import io.implementa.project.health.Rag;
import io.implementa.project.project.Project;
import io.implementa.project.report.StatusReportApi.CreateStatusReportRequest;
import io.implementa.project.report.StatusReportApi.HealthOverride;
import io.implementa.project.report.StatusReportApi.StatusReportView;
import io.implementa.project.report.StatusReportApi.UpdateStatusReportRequest;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Status reports: written with the server's proposed RAG (overridable with a reason), then published. */
@ApplicationScoped
public class StatusReportService {

    private static final Map<String, String> SORTABLE = Map.of("periodEnd", "periodEnd", "createdAt", "createdAt",
            "publishedAt", "publishedAt");

    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final HealthService health;

    public StatusReportService(Outbox outbox, Caller caller, Clock clock, HealthService health) {
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.health = health;
    }

    /** Empty when the project does not exist. The RAG is proposed as of the period's end (today at the latest). */
    @Transactional
    public Optional<StatusReportView> create(UUID projectId, CreateStatusReportRequest request) {
        return Project.<Project>findByIdOptional(projectId).map(project -> {
            project.requireEditable();
            if (request.periodEnd().isBefore(request.periodStart())) {
                throw new ProblemException.Unprocessable("periodEnd", "must not be before periodStart");
            }
            Health proposed = health.assess(project, asOf(request.periodEnd())).health();
            StatusReport report = new StatusReport();
            report.id = UUID.randomUUID();
            report.projectId = projectId;
            report.periodStart = request.periodStart();
            report.periodEnd = request.periodEnd();
            report.summary = request.summary();
            report.accomplishments = request.accomplishments();
            report.nextSteps = request.nextSteps();
            report.issues = request.issues();
            report.decisionsNeeded = request.decisionsNeeded();
            report.rate(proposed, reported(proposed, request.override()), request.overrideReason());
            report.status = StatusReport.Status.DRAFT;
            report.createdBy = caller.person();
            report.createdAt = clock.instant();
            report.persistAndFlush();
            return StatusReportView.of(report);
        });
    }

    /**
     * Changes a draft (JSON merge patch, If-Match); a published report is 409 {@code status-report-published}. The
     * proposal is made again as of the (possibly new) period end with the data as it stands now; overrides not
     * replaced by the patch keep their ratings.
     */
    @Transactional
    public Optional<StatusReportView> update(UUID projectId, UUID reportId, IfMatch ifMatch,
            UpdateStatusReportRequest request) {
        return StatusReport.find(projectId, reportId).map(report -> {
            Project project = Project.findById(projectId);
            project.requireEditable();
            ifMatch.check(report.version);
            report.requireDraft();
            report.periodStart = Patch.required(request.periodStart(), report.periodStart, "periodStart");
            report.periodEnd = Patch.required(request.periodEnd(), report.periodEnd, "periodEnd");
            if (report.periodEnd.isBefore(report.periodStart)) {
                throw new ProblemException.Unprocessable("periodEnd", "must not be before periodStart");
            }
            report.summary = Patch.optional(request.summary(), report.summary);
            report.accomplishments = Patch.optional(request.accomplishments(), report.accomplishments);
            report.nextSteps = Patch.optional(request.nextSteps(), report.nextSteps);
            report.issues = Patch.optional(request.issues(), report.issues);
            report.decisionsNeeded = Patch.optional(request.decisionsNeeded(), report.decisionsNeeded);
            HealthOverride override = request.override() == null ? overrideOf(report.proposed(), report.health())
                    : request.override().orElse(null);
            String reason = Patch.optional(request.overrideReason(), report.overrideReason);
            Health proposed = health.assess(project, asOf(report.periodEnd)).health();
            report.rate(proposed, reported(proposed, override), reason);
            report.flush();
            return StatusReportView.of(report);
        });
    }

    /** Publishes a draft: announced with its whole content, and the project's health follows it. */
    @Transactional
    public Optional<StatusReportView> publish(UUID projectId, UUID reportId) {
        return StatusReport.find(projectId, reportId).map(report -> {
            Project project = Project.findById(projectId);
            project.requireEditable();
            report.publish(caller.person(), clock.instant());
            report.flush();
            outbox.publish(projectId, report.id, new StatusReportEvents.StatusReportPublished(projectId, project.key,
                    project.name, report.id, report.periodStart, report.periodEnd, report.summary,
                    report.accomplishments, report.nextSteps, report.issues, report.decisionsNeeded, report.health(),
                    report.overrideReason, report.publishedBy, report.publishedAt));
            health.published(project, report.health(), report.proposed());
            return StatusReportView.of(report);
        });
    }

    public Optional<StatusReportView> find(UUID projectId, UUID reportId) {
        return StatusReport.find(projectId, reportId).map(StatusReportView::of);
    }

    /** Empty when the project does not exist. */
    public Optional<PageView<StatusReportView>> list(UUID projectId, StatusReport.Status status, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("periodEnd", Sort.Direction.Descending).and("id"));
        String query = "projectId = :projectId";
        Parameters parameters = Parameters.with("projectId", projectId);
        if (status != null) {
            query += " and status = :status";
            parameters.and("status", status);
        }
        return Optional.of(PageView.of(StatusReport.find(query, sort, parameters), page, StatusReportView::of));
    }

    /** The period's end, today at the latest. */
    private LocalDate asOf(LocalDate periodEnd) {
        LocalDate today = LocalDate.now(clock);
        return periodEnd.isAfter(today) ? today : periodEnd;
    }

    /** The dimensions a report rates otherwise than its proposal, as an override (null when none). */
    private static HealthOverride overrideOf(Health proposed, Health reported) {
        if (proposed.equals(reported)) {
            return null;
        }
        Health derived = Health.of(reported.schedule(), reported.cost(), reported.scope(), reported.risk(),
                reported.resources());
        return new HealthOverride(differs(proposed.schedule(), reported.schedule()),
                differs(proposed.cost(), reported.cost()), differs(proposed.scope(), reported.scope()),
                differs(proposed.risk(), reported.risk()), differs(proposed.resources(), reported.resources()),
                differs(derived.overall(), reported.overall()));
    }

    private static Rag differs(Rag proposed, Rag reported) {
        return proposed == reported ? null : reported;
    }

    private static Health reported(Health proposed, HealthOverride o) {
        if (o == null) {
            return proposed;
        }
        Rag schedule = o.schedule() == null ? proposed.schedule() : o.schedule();
        Rag cost = o.cost() == null ? proposed.cost() : o.cost();
        Rag scope = o.scope() == null ? proposed.scope() : o.scope();
        Rag risk = o.risk() == null ? proposed.risk() : o.risk();
        Rag resources = o.resources() == null ? proposed.resources() : o.resources();
        Health derived = Health.of(schedule, cost, scope, risk, resources);
        return o.overall() == null ? derived
                : new Health(schedule, cost, scope, risk, resources, o.overall());
    }
}
