package io.implementa.risk.risk;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Problem;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.risk.appetite.RiskAppetite;
import io.implementa.risk.issue.IssueService;
import io.implementa.risk.issue.IssueSeverity;
import io.implementa.risk.register.RiskRegister;
import io.implementa.risk.view.RiskSummaries;
import io.implementa.platform.http.IfMatch;
import io.implementa.platform.people.PersonRef;
import io.implementa.risk.risk.AssessmentApi.AssessRiskRequest;
import io.implementa.risk.risk.AssessmentApi.ChangeStatusRequest;
import io.implementa.risk.risk.AssessmentApi.HistoryEntryView;
import io.implementa.risk.risk.AssessmentApi.ProjectTrend;
import io.implementa.risk.risk.AssessmentApi.ProjectTrendPoint;
import io.implementa.risk.risk.AssessmentApi.RiskTrend;
import io.implementa.risk.risk.AssessmentApi.RiskTrendPoint;
import io.implementa.risk.risk.RiskApi.CreateRiskRequest;
import io.implementa.risk.risk.RiskApi.RiskView;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Use cases of the risk aggregate; each write commits the change and its event together. */
@ApplicationScoped
public class RiskService {

    /** API sort field → entity attribute; within a register, key order is number order. */
    private static final Map<String, String> SORTABLE = Map.of("score", "score", "createdAt", "createdAt",
            "key", "number");

    private final Outbox outbox;
    private final Clock clock;
    private final Escalations escalations;
    private final RiskSummaries summaries;
    private final IssueService issues;

    public RiskService(Outbox outbox, Clock clock, Escalations escalations, RiskSummaries summaries,
            IssueService issues) {
        this.outbox = outbox;
        this.clock = clock;
        this.escalations = escalations;
        this.summaries = summaries;
        this.issues = issues;
    }

    /** List filters; each one that is set narrows the result. */
    public record Filter(RiskStatus status, RiskCategory category, Integer minScore, Boolean autoRaised,
            DetectionDecision decision) {
    }

    /**
     * Identifies a risk in the project's register. The register row stays locked until commit, so
     * concurrent requests for one project take consecutive numbers.
     */
    @Transactional
    public RiskView identify(UUID projectId, CreateRiskRequest request, PersonRef by) {
        RiskRegister register = RiskRegister.findForUpdate(projectId)
                .orElseThrow(() -> unknownProject(projectId));
        register.requireOpen();
        Risk risk = Risk.identify(projectId, register.projectKey, register.nextRiskNumber(), request.title(),
                request.description(), request.category(), request.probability(), request.impact(),
                request.owner(), clock.instant());
        risk.nextReviewDate = RiskAppetite.of(projectId, clock.instant()).nextReview(risk.score, today());
        risk.persistAndFlush();
        RiskHistoryEntry.of(risk, RiskHistoryEntry.Change.IDENTIFIED, null, "identified", by, risk.createdAt)
                .persist();
        outbox.publish(projectId, risk.id, RiskEvents.RiskIdentified.of(risk, register.projectKey));
        escalations.evaluate(risk, register, RiskAppetite.of(projectId, clock.instant()));
        summaries.refresh(register);
        return RiskView.of(risk);
    }

    /**
     * Re-assesses a risk at the version the client saw, keeps the assessment in the risk's history and announces
     * it with the score before it.
     */
    @Transactional
    public RiskView assess(UUID projectId, UUID riskId, IfMatch ifMatch, AssessRiskRequest request, PersonRef by) {
        RiskRegister register = openRegister(projectId);
        Risk risk = lockedRisk(projectId, riskId, ifMatch);
        assess(register, risk, request.toAssessment(), by, request.reason());
        return RiskView.of(risk);
    }

    /**
     * Assesses a risk the caller's transaction has just identified (a CSV row with assessment columns), as
     * {@link #assess(UUID, UUID, IfMatch, AssessRiskRequest, PersonRef)} does: history entry, RiskAssessed,
     * escalation check.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RiskView assessIdentified(UUID projectId, UUID riskId, Risk.Assessment assessment, PersonRef by,
            String reason) {
        RiskRegister register = openRegister(projectId);
        Risk risk = Risk.findInProject(projectId, riskId).orElseThrow(() -> new ProblemException.NotFound("risk",
                riskId));
        assess(register, risk, assessment, by, reason);
        return RiskView.of(risk);
    }

    /** Assesses the risk, keeps the assessment in its history, announces it and compares it with the appetite. */
    private void assess(RiskRegister register, Risk risk, Risk.Assessment assessment, PersonRef by, String reason) {
        int previousScore = risk.score;
        risk.assess(assessment, clock.instant());
        if (assessment.nextReviewDate() == null) {
            // No date chosen: the project's review cadence for the risk's new level decides it.
            risk.nextReviewDate = RiskAppetite.of(risk.projectId, clock.instant()).nextReview(risk.score, today());
        }
        risk.persistAndFlush();
        RiskHistoryEntry.of(risk, RiskHistoryEntry.Change.ASSESSED, previousScore, reason, by, risk.assessedAt)
                .persist();
        outbox.publish(risk.projectId, risk.id,
                RiskEvents.RiskAssessed.of(risk, register.projectKey, previousScore, by, reason));
        escalations.evaluate(risk, register, RiskAppetite.of(risk.projectId, clock.instant()));
        risk.persistAndFlush();
        summaries.refresh(register);
    }

    /** What a detection did to the register. */
    public enum DetectionOutcome {
        /** A new auto-raised risk. */
        RAISED,
        /** The open auto-raised risk of the cause was re-assessed with the larger signal. */
        UPDATED,
        /**
         * Nothing: the signal is below its threshold, no larger than what the open risk (or the dismissed or closed
         * one) already says, or the project has no open register.
         */
        IGNORED
    }

    /**
     * Applies a detected signal to the project's register: one open auto-raised risk per cause and reference.
     * <ul>
     * <li>An open auto-raised risk of the cause that the signal makes worse (a larger magnitude) is re-assessed:
     * probability and each impact become the larger of the risk's and the proposal's, so a person's assessment is
     * never lowered; a signal no larger than the risk's is ignored (a redelivery, another chunk of one recompute).
     * <li>Without an open one, a signal past its threshold raises a new risk, unless the cause's last auto-raised
     * risk was dismissed, closed or occurred and the signal is no larger than it was then.
     * </ul>
     * A project without a register (never announced) or with a closed one is left alone.
     */
    @Transactional
    public DetectionOutcome detect(UUID projectId, Detected detected, String sourceEventId, String sourceEventType,
            PersonRef by) {
        RiskRegister register = RiskRegister.findForUpdate(projectId).orElse(null);
        if (register == null || register.status != io.implementa.risk.register.RiskRegisterStatus.OPEN) {
            return DetectionOutcome.IGNORED;
        }
        // The person whose change gave the signal, else the project's manager, stands in the history as the raiser.
        PersonRef raisedBy = by == null ? register.manager : by;
        Optional<Risk> open = Risk.<Risk>find("projectId = ?1 and detectionCause = ?2 and detectionRef = ?3 "
                + "and status not in ?4", projectId, detected.cause(), detected.ref(), CLOSED_OR_OCCURRED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        if (open.isPresent()) {
            Risk risk = open.get();
            if (detected.magnitude().compareTo(risk.detectionMagnitude) <= 0) {
                return DetectionOutcome.IGNORED;
            }
            risk.detected(detected, sourceEventId, sourceEventType);
            assess(register, risk, worsened(risk, detected), raisedBy, detected.reason());
            return DetectionOutcome.UPDATED;
        }
        if (!detected.exceedsThreshold()) {
            return DetectionOutcome.IGNORED;
        }
        Optional<Risk> last = lastDetected(projectId, detected.cause(), detected.ref());
        if (last.isPresent() && detected.magnitude().compareTo(last.get().detectionMagnitude) <= 0) {
            return DetectionOutcome.IGNORED;
        }
        Risk risk = Risk.raise(projectId, register.projectKey, register.nextRiskNumber(), detected, register.manager,
                sourceEventId, sourceEventType, clock.instant());
        risk.nextReviewDate = RiskAppetite.of(projectId, clock.instant()).nextReview(risk.score, today());
        risk.persistAndFlush();
        RiskHistoryEntry.of(risk, RiskHistoryEntry.Change.IDENTIFIED, null, detected.reason(), raisedBy,
                risk.createdAt)
                .persist();
        outbox.publish(projectId, risk.id, RiskEvents.RiskIdentified.of(risk, register.projectKey));
        escalations.evaluate(risk, register, RiskAppetite.of(projectId, clock.instant()));
        summaries.refresh(register);
        return DetectionOutcome.RAISED;
    }

    /**
     * The date before the first slip of the cause's latest auto-raised risk (open or not), against which a new
     * slip of the same milestone or finish is measured; empty if the cause never raised a risk.
     */
    public Optional<LocalDate> baselineOf(UUID projectId, DetectionCause cause, String ref) {
        return Risk.<Risk>find("projectId = ?1 and detectionCause = ?2 and detectionRef = ?3",
                Sort.by("createdAt", Sort.Direction.Descending).and("number", Sort.Direction.Descending),
                projectId, cause, ref).firstResultOptional().map(r -> r.detectionBaseline);
    }

    private static Optional<Risk> lastDetected(UUID projectId, DetectionCause cause, String ref) {
        return Risk.<Risk>find("projectId = ?1 and detectionCause = ?2 and detectionRef = ?3",
                Sort.by("createdAt", Sort.Direction.Descending).and("number", Sort.Direction.Descending),
                projectId, cause, ref).firstResultOptional();
    }

    /** The risk's assessment made worse by a detection: the larger of each value, the other values kept. */
    private static Risk.Assessment worsened(Risk r, Detected d) {
        List<UUID> tasks = new ArrayList<>(List.of(r.taskIds));
        d.taskIds().stream().filter(t -> !tasks.contains(t)).forEach(tasks::add);
        return new Risk.Assessment(r.kind, Math.max(r.probability, d.probability()),
                Math.max(orOne(r.scheduleImpact), d.scheduleImpact()), Math.max(orOne(r.costImpact), d.costImpact()),
                Math.max(orOne(r.scopeImpact), d.scopeImpact()), r.exposurePercent, r.exposureCostImpact,
                r.exposureCurrency, r.proximity, r.trigger, r.responseStrategy, r.contingencyPlan,
                r.residualProbability, r.residualImpact, null, tasks, List.of(r.deliverableIds));
    }

    private static int orOne(Integer impact) {
        return impact == null ? 1 : impact;
    }

    private static final List<RiskStatus> CLOSED_OR_OCCURRED = List.of(RiskStatus.CLOSED, RiskStatus.OCCURRED);

    /** Takes an auto-raised risk into the register, at the version the client saw; kept in its history. */
    @Transactional
    public RiskView accept(UUID projectId, UUID riskId, IfMatch ifMatch, PersonRef by) {
        openRegister(projectId);
        Risk risk = lockedRisk(projectId, riskId, ifMatch);
        risk.accept(by, clock.instant());
        risk.persistAndFlush();
        RiskHistoryEntry.of(risk, RiskHistoryEntry.Change.ACCEPTED, risk.score, "accepted", by, risk.decidedAt)
                .persist();
        return RiskView.of(risk);
    }

    /**
     * Dismisses an auto-raised risk, at the version the client saw: it is closed with the reason (RiskClosed, and
     * RiskDeEscalated if it was escalated), and its cause raises it again only if it grows beyond what it was.
     */
    @Transactional
    public RiskView dismiss(UUID projectId, UUID riskId, IfMatch ifMatch, String reason, PersonRef by) {
        RiskRegister register = openRegister(projectId);
        Risk risk = lockedRisk(projectId, riskId, ifMatch);
        risk.dismiss(by, reason, clock.instant());
        moveTo(risk, register, RiskStatus.CLOSED, "dismissed: " + reason, by);
        risk.persistAndFlush();
        summaries.refresh(register);
        return RiskView.of(risk);
    }

    /** Moves a risk along its lifecycle; an occurrence and a closure are announced. */
    @Transactional
    public RiskView changeStatus(UUID projectId, UUID riskId, IfMatch ifMatch, ChangeStatusRequest request,
            PersonRef by) {
        RiskRegister register = openRegister(projectId);
        Risk risk = lockedRisk(projectId, riskId, ifMatch);
        moveTo(risk, register, request.status(), request.reason(), by);
        risk.persistAndFlush();
        summaries.refresh(register);
        return RiskView.of(risk);
    }

    /** Moves the risk, records the move in its history and announces occurrences and closures. */
    void moveTo(Risk risk, RiskRegister register, RiskStatus target, String reason, PersonRef by) {
        RiskStatus previous = risk.status;
        risk.moveTo(target, clock.instant());
        RiskHistoryEntry.of(risk, RiskHistoryEntry.Change.STATUS_CHANGED, risk.score, reason, by, risk.updatedAt)
                .persist();
        if (target == RiskStatus.OCCURRED) {
            outbox.publish(risk.projectId, risk.id, RiskEvents.RiskOccurred.of(risk, register.projectKey, by, reason));
            // An occurred risk is a problem now: it enters the issue log at its level, owned by its owner.
            IssueSeverity severity = IssueSeverity.valueOf(
                    RiskAppetite.of(risk.projectId, clock.instant()).levelOf(risk.score).name());
            issues.raiseForOccurredRisk(register, risk.id, risk.key, risk.title, severity, risk.owner, by, reason);
        } else if (target == RiskStatus.CLOSED) {
            outbox.publish(risk.projectId, risk.id,
                    RiskEvents.RiskClosed.of(risk, register.projectKey, previous, by, reason));
        }
        escalations.evaluate(risk, register, RiskAppetite.of(risk.projectId, clock.instant()));
    }

    /** Closes every risk of the register not closed yet, as its project ended; in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeAll(RiskRegister register, PersonRef by, String reason) {
        List<Risk> risks = Risk.find("projectId = ?1 and status <> ?2", Sort.by("number"), register.projectId,
                RiskStatus.CLOSED).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (Risk risk : risks) {
            moveTo(risk, register, RiskStatus.CLOSED, reason, by);
        }
        summaries.refresh(register);
    }

    /** Compares every open or escalated risk of the project with a changed appetite. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reevaluate(RiskRegister register, RiskAppetite appetite) {
        List<Risk> risks = Risk.find("projectId = ?1 and (escalated = true or status not in ?2)",
                Sort.by("number"), register.projectId, List.of(RiskStatus.CLOSED, RiskStatus.OCCURRED))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (Risk risk : risks) {
            escalations.evaluate(risk, register, appetite);
        }
        summaries.refresh(register);
    }

    /** One page of a risk's assessment history, newest first; empty if the risk is not in the project. */
    public Optional<PageView<HistoryEntryView>> history(UUID projectId, UUID riskId, PageRequest page) {
        if (Risk.findInProject(projectId, riskId).isEmpty()) {
            return Optional.empty();
        }
        Sort sort = Sorting.parse(page.sort, Map.of("recordedAt", "recordedAt"),
                Sort.by("recordedAt", Sort.Direction.Descending).and("id"));
        return Optional.of(PageView.of(RiskHistoryEntry.find("riskId", sort, riskId), page, HistoryEntryView::of));
    }

    /** A risk's score after each entry of its history, oldest first. */
    public Optional<RiskTrend> trend(UUID projectId, UUID riskId) {
        return Risk.findInProject(projectId, riskId).map(risk -> new RiskTrend(risk.id, risk.key,
                RiskHistoryEntry.<RiskHistoryEntry>list("riskId", Sort.by("recordedAt").and("id"), riskId).stream()
                        .map(e -> new RiskTrendPoint(e.recordedAt, e.score, e.residualScore, e.status))
                        .toList()));
    }

    /**
     * The project's open risks at the end of each day (UTC) on which its history changed: the history replayed in
     * order, each risk counted with its latest score until it occurred or was closed.
     */
    public Optional<ProjectTrend> projectTrend(UUID projectId, LocalDate from, LocalDate to) {
        if (RiskRegister.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        List<RiskHistoryEntry> entries = RiskHistoryEntry.list("projectId", Sort.by("recordedAt").and("id"),
                projectId);
        Map<UUID, RiskHistoryEntry> latest = new LinkedHashMap<>();
        TreeMap<LocalDate, ProjectTrendPoint> points = new TreeMap<>();
        for (RiskHistoryEntry entry : entries) {
            latest.put(entry.riskId, entry);
            LocalDate day = LocalDate.ofInstant(entry.recordedAt, ZoneOffset.UTC);
            List<RiskHistoryEntry> open = latest.values().stream().filter(e -> e.status.isOpen()).toList();
            points.put(day, new ProjectTrendPoint(day, open.size(),
                    open.stream().mapToInt(e -> e.score).sum(),
                    open.stream().mapToInt(e -> e.score).max().orElse(0)));
        }
        return Optional.of(new ProjectTrend(projectId, points.values().stream()
                .filter(p -> from == null || !p.date().isBefore(from))
                .filter(p -> to == null || !p.date().isAfter(to))
                .toList()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static RiskRegister openRegister(UUID projectId) {
        RiskRegister register = RiskRegister.<RiskRegister>findByIdOptional(projectId)
                .orElseThrow(() -> new ProblemException.NotFound("risk register of project", projectId));
        register.requireOpen();
        return register;
    }

    /** The risk locked for the change, at the version the client saw: 404, then 428/412. */
    private static Risk lockedRisk(UUID projectId, UUID riskId, IfMatch ifMatch) {
        Risk risk = Risk.<Risk>find("id = ?1 and projectId = ?2", riskId, projectId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> new ProblemException.NotFound("risk", riskId));
        ifMatch.check(risk.version);
        return risk;
    }

    public Optional<RiskView> find(UUID projectId, UUID riskId) {
        return Risk.findInProject(projectId, riskId).map(RiskView::of);
    }

    /** One page of the project's risks, highest score first unless asked otherwise; empty if it has no register. */
    public Optional<PageView<RiskView>> list(UUID projectId, Filter filter, PageRequest page) {
        if (RiskRegister.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        List<String> conditions = new ArrayList<>(List.of("projectId = :projectId"));
        Parameters parameters = Parameters.with("projectId", projectId);
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.category() != null) {
            conditions.add("category = :category");
            parameters.and("category", filter.category());
        }
        if (filter.autoRaised() != null) {
            conditions.add(filter.autoRaised() ? "detectionCause is not null" : "detectionCause is null");
        }
        if (filter.decision() != null) {
            conditions.add("detectionDecision = :decision");
            parameters.and("decision", filter.decision());
        }
        if (filter.minScore() != null) {
            conditions.add("score >= :minScore");
            parameters.and("minScore", filter.minScore());
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("score", Sort.Direction.Descending).and("number"));
        String query = String.join(" and ", conditions);
        return Optional.of(PageView.of(Risk.find(query, sort, parameters), page, RiskView::of));
    }

    /**
     * The project exists in the project-service but its ProjectCreated has not reached this service yet
     * (the outbox relay's latency, well under a second), or it does not exist at all. This service cannot
     * tell the two apart, so it says so and lets the client retry rather than answering 404 for a project
     * the client has just seen created.
     */
    static ProblemException unknownProject(UUID projectId) {
        return new ProblemException(422, "unknown-project", "Unknown project",
                "project " + projectId + " is not known to the risk service; if it was created a moment ago, "
                        + "its risk register is still being opened: retry in a second",
                List.of(new Problem.FieldError("projectId", "no risk register for this project")));
    }
}
