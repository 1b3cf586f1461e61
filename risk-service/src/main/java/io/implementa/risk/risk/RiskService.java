package io.implementa.risk.risk;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Problem;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.risk.register.RiskRegister;
import io.implementa.risk.risk.RiskApi.CreateRiskRequest;
import io.implementa.risk.risk.RiskApi.RiskView;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
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

    public RiskService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** List filters; each one that is set narrows the result. */
    public record Filter(RiskStatus status, RiskCategory category, Integer minScore) {
    }

    /**
     * Identifies a risk in the project's register. The register row stays locked until commit, so
     * concurrent requests for one project take consecutive numbers.
     */
    @Transactional
    public RiskView identify(UUID projectId, CreateRiskRequest request) {
        RiskRegister register = RiskRegister.findForUpdate(projectId)
                .orElseThrow(() -> unknownProject(projectId));
        register.requireOpen();
        Risk risk = Risk.identify(projectId, register.projectKey, register.nextRiskNumber(), request.title(),
                request.description(), request.category(), request.probability(), request.impact(),
                request.owner(), clock.instant());
        risk.persistAndFlush();
        outbox.publish(projectId, risk.id, RiskEvents.RiskIdentified.of(risk, register.projectKey));
        return RiskView.of(risk);
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
