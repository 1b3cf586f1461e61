package io.implementa.risk.action;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.risk.action.ActionApi.ActionPatch;
import io.implementa.risk.action.ActionApi.ActionView;
import io.implementa.risk.action.ActionApi.CreateActionRequest;
import io.implementa.risk.register.RiskRegister;
import io.implementa.risk.risk.Risk;
import io.implementa.risk.view.RiskSummaries;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Use cases of mitigation actions; every change refreshes the project's risk summary (its overdue count). */
@ApplicationScoped
public class ActionService {

    private static final Map<String, String> SORTABLE = Map.of("dueDate", "dueDate", "createdAt", "createdAt");

    private final Clock clock;
    private final RiskSummaries summaries;

    public ActionService(Clock clock, RiskSummaries summaries) {
        this.clock = clock;
        this.summaries = summaries;
    }

    @Transactional
    public ActionView plan(UUID projectId, UUID riskId, CreateActionRequest request) {
        RiskRegister register = openRegister(projectId);
        Risk risk = Risk.findInProject(projectId, riskId).orElseThrow(() -> new ProblemException.NotFound("risk", riskId));
        if (!risk.status.isOpen()) {
            throw new ProblemException.Conflict("risk-not-open", "Risk not open",
                    "risk " + risk.key + " is " + risk.status + " and takes no new actions");
        }
        MitigationAction action = MitigationAction.plan(projectId, riskId, request.title(), request.description(),
                request.owner(), request.dueDate(), clock.instant());
        action.persistAndFlush();
        summaries.refresh(register);
        return ActionView.of(action);
    }

    @Transactional
    public ActionView change(UUID projectId, UUID riskId, UUID actionId, IfMatch ifMatch, ActionPatch patch) {
        RiskRegister register = openRegister(projectId);
        MitigationAction action = MitigationAction.<MitigationAction>find(
                        "id = ?1 and riskId = ?2 and projectId = ?3", actionId, riskId, projectId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> new ProblemException.NotFound("mitigation action", actionId));
        ifMatch.check(action.version);
        action.change(Patch.required(patch.title(), action.title, "title"),
                Patch.optional(patch.description(), action.description),
                Patch.required(patch.owner(), action.owner, "owner"),
                Patch.required(patch.dueDate(), action.dueDate, "dueDate"),
                Patch.required(patch.status(), action.status, "status"), clock.instant());
        action.persistAndFlush();
        summaries.refresh(register);
        return ActionView.of(action);
    }

    public Optional<ActionView> find(UUID projectId, UUID riskId, UUID actionId) {
        return MitigationAction.<MitigationAction>find("id = ?1 and riskId = ?2 and projectId = ?3", actionId, riskId,
                projectId).firstResultOptional().map(ActionView::of);
    }

    /** One page of a risk's actions, soonest due first; empty if the risk is not in the project. */
    public Optional<PageView<ActionView>> list(UUID projectId, UUID riskId, ActionStatus status, PageRequest page) {
        if (Risk.findInProject(projectId, riskId).isEmpty()) {
            return Optional.empty();
        }
        String query = "riskId = :riskId" + (status == null ? "" : " and status = :status");
        Parameters parameters = Parameters.with("riskId", riskId);
        if (status != null) {
            parameters.and("status", status);
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("dueDate").and("createdAt"));
        return Optional.of(PageView.of(MitigationAction.find(query, sort, parameters), page, ActionView::of));
    }

    private static RiskRegister openRegister(UUID projectId) {
        RiskRegister register = RiskRegister.<RiskRegister>findByIdOptional(projectId)
                .orElseThrow(() -> new ProblemException.NotFound("risk register of project", projectId));
        register.requireOpen();
        return register;
    }
}
