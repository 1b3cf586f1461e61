package io.implementa.risk.risk;

import io.implementa.platform.audit.AuditedEntity;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.people.PersonRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

/** A risk in a project's register: what it is, how likely and how bad, who owns it and where it stands. */
@Entity
@Table(name = "risk")
public class Risk extends PanacheEntityBase implements AuditedEntity {

    static final int MIN_SCALE = 1;
    static final int MAX_SCALE = 5;

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    /** The risk's place in its register, from 1; the key's digits. */
    @Column(nullable = false)
    public int number;

    @Column(name = "risk_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public String title;

    @Embedded
    public RiskDescription description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskCategory category;

    @Column(nullable = false)
    public int probability;

    @Column(nullable = false)
    public int impact;

    /** Probability × impact, 1 to 25: always computed here, never taken from a client. */
    @Column(nullable = false)
    public int score;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "owner_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "owner_email"))
    @AttributeOverride(name = "name", column = @Column(name = "owner_name"))
    public PersonRef owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskStatus status;

    // The latest assessment (V20); null until the risk is first assessed. See assess(...).

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskKind kind = RiskKind.THREAT;

    @Column(name = "schedule_impact")
    public Integer scheduleImpact;

    @Column(name = "cost_impact")
    public Integer costImpact;

    @Column(name = "scope_impact")
    public Integer scopeImpact;

    @Column(name = "exposure_percent")
    public Integer exposurePercent;

    @Column(name = "exposure_cost_impact")
    public BigDecimal exposureCostImpact;

    @Column(name = "exposure_currency")
    public String exposureCurrency;

    /** Probability % × cost impact, in the exposure's currency; computed here, never taken from a client. */
    @Column(name = "exposure_amount")
    public BigDecimal exposureAmount;

    public LocalDate proximity;

    @Column(name = "trigger_condition")
    public String trigger;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_strategy")
    public ResponseStrategy responseStrategy;

    @Column(name = "contingency_plan")
    public String contingencyPlan;

    @Column(name = "residual_probability")
    public Integer residualProbability;

    @Column(name = "residual_impact")
    public Integer residualImpact;

    @Column(name = "residual_score")
    public Integer residualScore;

    @Column(name = "next_review_date")
    public LocalDate nextReviewDate;

    @Column(name = "task_ids", columnDefinition = "uuid[]")
    public UUID[] taskIds = new UUID[0];

    @Column(name = "deliverable_ids", columnDefinition = "uuid[]")
    public UUID[] deliverableIds = new UUID[0];

    @Column(name = "assessed_at")
    public Instant assessedAt;

    /**
     * Whether the risk's score is at or above its project's escalation threshold, as last announced (V21). It
     * follows from other changes (or the appetite's), so it leaves the version (the risk's ETag) alone.
     */
    @OptimisticLock(excluded = true)
    @Column(nullable = false)
    public boolean escalated;

    /** The review date whose arrival was announced (RiskReviewDue), so each date is announced once (V25). */
    @OptimisticLock(excluded = true)
    @Column(name = "review_announced_for")
    public LocalDate reviewAnnouncedFor;

    // Automatic detection (V26): null on a risk a person identified.

    @Enumerated(EnumType.STRING)
    @Column(name = "detection_cause")
    public DetectionCause detectionCause;

    @Column(name = "detection_ref")
    public String detectionRef;

    @Column(name = "detection_reason")
    public String detectionReason;

    /** The id of the event that raised the risk or last made it worse. */
    @Column(name = "source_event_id")
    public String sourceEventId;

    @Column(name = "source_event_type")
    public String sourceEventType;

    /** How large the cause was when last detected (slip days, overrun %, …); only a larger one updates the risk. */
    @Column(name = "detection_magnitude")
    public BigDecimal detectionMagnitude;

    /** For date slips: the date before the first slip, against which later slips are measured. */
    @Column(name = "detection_baseline")
    public LocalDate detectionBaseline;

    @Enumerated(EnumType.STRING)
    @Column(name = "detection_decision")
    public DetectionDecision detectionDecision;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "decided_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "decided_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "decided_by_name"))
    public PersonRef decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected Risk() {
    }

    /** A newly identified risk, numbered in its project's register. */
    public static Risk identify(UUID projectId, String projectKey, int number, String title,
            RiskDescription description, RiskCategory category, int probability, int impact, PersonRef owner,
            Instant now) {
        Risk risk = new Risk();
        risk.id = UUID.randomUUID();
        risk.projectId = projectId;
        risk.number = number;
        risk.key = key(projectKey, number);
        risk.title = title;
        risk.description = description;
        risk.category = category;
        risk.score(probability, impact);
        risk.owner = owner;
        risk.status = RiskStatus.IDENTIFIED;
        risk.createdAt = now;
        risk.updatedAt = now;
        return risk;
    }

    /**
     * A risk the service raised by itself from another service's event: identified with the proposed probability
     * and impacts, owned by the project's manager, waiting for the project to accept or dismiss it.
     */
    public static Risk raise(UUID projectId, String projectKey, int number, Detected d, PersonRef owner,
            String sourceEventId, String sourceEventType, Instant now) {
        Risk risk = identify(projectId, projectKey, number, d.title(), d.description(), d.category(), d.probability(),
                d.impact(), owner, now);
        risk.scheduleImpact = d.scheduleImpact();
        risk.costImpact = d.costImpact();
        risk.scopeImpact = d.scopeImpact();
        risk.taskIds = d.taskIds().toArray(UUID[]::new);
        risk.detectionCause = d.cause();
        risk.detectionRef = d.ref();
        risk.detectionBaseline = d.baseline();
        risk.detectionDecision = DetectionDecision.PENDING;
        risk.detected(d, sourceEventId, sourceEventType);
        return risk;
    }

    /** Takes over what a (larger) detection of its cause says: the reason, the magnitude and the source event. */
    void detected(Detected d, String sourceEventId, String sourceEventType) {
        detectionReason = d.reason();
        detectionMagnitude = d.magnitude();
        this.sourceEventId = sourceEventId;
        this.sourceEventType = sourceEventType;
    }

    public boolean autoRaised() {
        return detectionCause != null;
    }

    /** The project takes the auto-raised risk into its register as a risk like any other. */
    public void accept(PersonRef by, Instant now) {
        requireUndecided();
        detectionDecision = DetectionDecision.ACCEPTED;
        decidedBy = by;
        decidedAt = now;
        updatedAt = now;
    }

    /**
     * The project dismisses the auto-raised risk; the caller then closes it. Its cause does not raise it again
     * unless it grows beyond the magnitude kept here.
     */
    public void dismiss(PersonRef by, String reason, Instant now) {
        requireUndecided();
        detectionDecision = DetectionDecision.DISMISSED;
        decidedBy = by;
        decidedAt = now;
        decisionReason = reason;
        updatedAt = now;
    }

    private void requireUndecided() {
        if (!autoRaised()) {
            throw new ProblemException.Conflict("risk-not-auto-raised", "Risk not auto-raised",
                    "risk " + key + " was identified by a person: only auto-raised risks are accepted or dismissed");
        }
        if (detectionDecision != DetectionDecision.PENDING) {
            throw new ProblemException.Conflict("risk-already-decided", "Risk already decided",
                    "auto-raised risk " + key + " was " + detectionDecision.name().toLowerCase() + " already")
                    .with("decision", detectionDecision);
        }
        if (!status.isOpen()) {
            throw new ProblemException.Conflict("risk-not-open", "Risk not open",
                    "risk " + key + " is " + status + " and can no longer be accepted or dismissed");
        }
    }

    /** {@code ERP-2027-R-001}: the project key when the risk was identified, then its number in the register. */
    static String key(String projectKey, int number) {
        return String.format("%s-R-%03d", projectKey, number);
    }

    public static Optional<Risk> findInProject(UUID projectId, UUID riskId) {
        return find("id = ?1 and projectId = ?2", riskId, projectId).firstResultOptional();
    }

    /** Sets probability and impact, each 1 (lowest) to 5 (highest), and the score that follows from them. */
    public void score(int probability, int impact) {
        requireOnScale("probability", probability);
        requireOnScale("impact", impact);
        this.probability = probability;
        this.impact = impact;
        this.score = probability * impact;
    }

    /**
     * Takes over a new assessment: score = probability × the highest impact of the three dimensions, exposure =
     * probability % × cost impact, residual score = residual probability × residual impact. The response strategy
     * must suit the kind of risk. A first assessment moves the risk from IDENTIFIED to ASSESSED; risks that
     * occurred or were closed are history and cannot be re-assessed.
     */
    public void assess(Assessment a, Instant now) {
        if (!status.isOpen()) {
            throw new ProblemException.Conflict("risk-not-open", "Risk not open",
                    "risk " + key + " is " + status + " and can no longer be assessed");
        }
        if (a.responseStrategy() != null && !a.responseStrategy().fits(a.kind())) {
            throw new ProblemException.Unprocessable("responseStrategy", "a " + a.kind() + " takes one of "
                    + ResponseStrategy.allowedFor(a.kind()));
        }
        requireOnScale("impacts.schedule", a.scheduleImpact());
        requireOnScale("impacts.cost", a.costImpact());
        requireOnScale("impacts.scopeQuality", a.scopeImpact());
        score(a.probability(), Math.max(a.scheduleImpact(), Math.max(a.costImpact(), a.scopeImpact())));
        kind = a.kind();
        scheduleImpact = a.scheduleImpact();
        costImpact = a.costImpact();
        scopeImpact = a.scopeImpact();
        exposurePercent = a.exposurePercent();
        exposureCostImpact = a.exposureCostImpact();
        exposureCurrency = a.exposureCurrency();
        exposureAmount = a.exposurePercent() == null ? null
                : a.exposureCostImpact().multiply(BigDecimal.valueOf(a.exposurePercent()))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        proximity = a.proximity();
        trigger = a.trigger();
        responseStrategy = a.responseStrategy();
        contingencyPlan = a.contingencyPlan();
        if (a.residualProbability() != null) {
            requireOnScale("residual.probability", a.residualProbability());
            requireOnScale("residual.impact", a.residualImpact());
            residualProbability = a.residualProbability();
            residualImpact = a.residualImpact();
            residualScore = a.residualProbability() * a.residualImpact();
        } else {
            residualProbability = null;
            residualImpact = null;
            residualScore = null;
        }
        nextReviewDate = a.nextReviewDate();
        taskIds = a.taskIds().toArray(UUID[]::new);
        deliverableIds = a.deliverableIds().toArray(UUID[]::new);
        if (status == RiskStatus.IDENTIFIED) {
            status = RiskStatus.ASSESSED;
        }
        assessedAt = now;
        updatedAt = now;
    }

    /** The values of one assessment, as the entity takes them; the API's request maps onto it. */
    public record Assessment(RiskKind kind, int probability, int scheduleImpact, int costImpact, int scopeImpact,
            Integer exposurePercent, BigDecimal exposureCostImpact, String exposureCurrency, LocalDate proximity,
            String trigger, ResponseStrategy responseStrategy, String contingencyPlan, Integer residualProbability,
            Integer residualImpact, LocalDate nextReviewDate, java.util.List<UUID> taskIds,
            java.util.List<UUID> deliverableIds) {
    }

    /**
     * Moves the risk along its lifecycle (see {@link RiskStatus#next()}); anything else is 409. Responding needs
     * a response strategy to respond with.
     */
    public void moveTo(RiskStatus target, Instant now) {
        if (!status.next().contains(target)) {
            throw new ProblemException.Conflict("invalid-status-transition", "Invalid status transition",
                    "risk " + key + " cannot move from " + status + " to " + target
                            + (status.next().isEmpty() ? "" : "; it may move to " + status.next()))
                    .with("currentStatus", status);
        }
        if (target == RiskStatus.RESPONDING && responseStrategy == null) {
            throw new ProblemException.Conflict("response-strategy-missing", "Response strategy missing",
                    "risk " + key + " has no response strategy yet: assess it with one before responding");
        }
        status = target;
        updatedAt = now;
    }

    private static void requireOnScale(String field, int value) {
        if (value < MIN_SCALE || value > MAX_SCALE) {
            throw new ProblemException.Unprocessable(field, "must be between " + MIN_SCALE + " and " + MAX_SCALE);
        }
    }

    @Override
    public Object auditView() {
        return RiskApi.RiskView.of(this);
    }
}
