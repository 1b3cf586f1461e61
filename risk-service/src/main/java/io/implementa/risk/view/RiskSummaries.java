package io.implementa.risk.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.platform.outbox.Outbox;
import io.implementa.risk.appetite.RiskAppetite;
import io.implementa.risk.appetite.RiskLevel;
import io.implementa.risk.register.RiskRegister;
import io.implementa.risk.risk.Risk;
import io.implementa.risk.risk.RiskStatus;
import io.implementa.risk.view.RiskViewsApi.ExposureTotal;
import io.implementa.risk.view.RiskViewsApi.LevelCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Computes a project's risk summary and announces it as {@code RiskSummaryChanged} whenever it differs from the
 * one announced last, which is kept per project.
 */
@ApplicationScoped
public class RiskSummaries {

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper json;
    private final OverdueActions overdueActions;

    public RiskSummaries(EntityManager em, Outbox outbox, Clock clock, ObjectMapper json,
            OverdueActions overdueActions) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.json = json;
        this.overdueActions = overdueActions;
    }

    /** The project's summary as it stands in this transaction. */
    public RiskSummary compute(UUID projectId) {
        return compute(projectId, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** The project's summary on the given (UTC) day, which decides which actions are overdue. */
    public RiskSummary compute(UUID projectId, LocalDate today) {
        RiskAppetite appetite = RiskAppetite.of(projectId, clock.instant());
        List<Risk> open = Risk.list("projectId = ?1 and status not in ?2", projectId,
                List.of(RiskStatus.OCCURRED, RiskStatus.CLOSED));
        Map<RiskLevel, Integer> levels = new EnumMap<>(RiskLevel.class);
        Map<String, BigDecimal> exposure = new TreeMap<>();
        int escalated = 0;
        int highest = 0;
        for (Risk risk : open) {
            levels.merge(appetite.levelOf(risk.score), 1, Integer::sum);
            if (risk.exposureAmount != null) {
                exposure.merge(risk.exposureCurrency, risk.exposureAmount, BigDecimal::add);
            }
            escalated += risk.escalated ? 1 : 0;
            highest = Math.max(highest, risk.score);
        }
        return new RiskSummary(projectId, open.size(),
                new LevelCounts(levels.getOrDefault(RiskLevel.LOW, 0), levels.getOrDefault(RiskLevel.MEDIUM, 0),
                        levels.getOrDefault(RiskLevel.HIGH, 0), levels.getOrDefault(RiskLevel.CRITICAL, 0)),
                highest, escalated,
                exposure.entrySet().stream()
                        .map(e -> new ExposureTotal(e.getKey(), e.getValue().setScale(2, RoundingMode.HALF_UP)))
                        .toList(),
                overdueActions.count(projectId, today));
    }

    /**
     * Announces the project's summary if it changed since the last announcement. Call it at the end of every
     * transaction that may change the summary. It takes the project's outbox lock first, as the outbox would,
     * so that summaries of one project are compared and announced one transaction at a time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(RiskRegister register) {
        refresh(register, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /** {@link #refresh(RiskRegister)} as on the given (UTC) day, for the reminder job's runs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(RiskRegister register, LocalDate today) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, register.projectId.toString())
                .getSingleResult();
        RiskSummary summary = compute(register.projectId, today);
        String canonical = canonical(summary);
        PublishedSummary published = PublishedSummary.findById(register.projectId);
        if (published != null && published.summary.equals(canonical)) {
            return;
        }
        if (published == null) {
            published = new PublishedSummary();
            published.projectId = register.projectId;
        }
        published.summary = canonical;
        published.publishedAt = clock.instant();
        published.persist();
        outbox.publish(register.projectId, register.projectId,
                RiskSummaryChanged.of(summary, register.projectKey, published.publishedAt));
    }

    private String canonical(RiskSummary summary) {
        try {
            return json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a risk summary", e);
        }
    }
}
