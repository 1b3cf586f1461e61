package io.implementa.project.change;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.people.PersonRef;
import io.implementa.platform.security.Caller;
import io.implementa.platform.security.GlobalRole;
import io.implementa.platform.security.ProjectAccess;
import io.implementa.platform.security.ProjectRole;
import io.implementa.project.baseline.BaselineApi.SaveBaselineRequest;
import io.implementa.project.baseline.BaselineService;
import io.implementa.project.change.ChangeRequestApi.AssessChangeRequest;
import io.implementa.project.change.ChangeRequestApi.ChangeRequestView;
import io.implementa.project.change.ChangeRequestApi.CommentRequest;
import io.implementa.project.change.ChangeRequestApi.DecideChangeRequest;
import io.implementa.project.change.ChangeRequestApi.HistoryView;
import io.implementa.project.change.ChangeRequestApi.ImplementChangeRequest;
import io.implementa.project.change.ChangeRequestApi.ScopeItemProposal;
import io.implementa.project.change.ChangeRequestApi.SubmitChangeRequest;
import io.implementa.project.change.ChangeRequestApi.TransitionView;
import io.implementa.project.change.ChangeRequestApi.Verdict;
import io.implementa.project.cost.Budget;
import io.implementa.project.cost.CostService;
import io.implementa.project.deliverable.Deliverable;
import io.implementa.project.project.Project;
import io.implementa.project.scope.ScopeApi.CreateScopeItemRequest;
import io.implementa.project.scope.ScopeService;
import io.implementa.project.task.Task;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Change requests through their life: submitted, impact assessed, reviewed, approved or rejected by the sponsor,
 * and an approved one implemented — its scope items join the scope (never as creep) and its cost impact moves the
 * budget. Every transition is kept as history and the decisive ones are announced.
 */
@ApplicationScoped
public class ChangeRequestService {

    private static final Map<String, String> SORTABLE = Map.of("number", "number", "title", "title", "status",
            "status", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final EntityManager em;
    private final ScopeService scope;
    private final CostService costs;
    private final BaselineService baselines;
    private final ProjectAccess access;

    public ChangeRequestService(Outbox outbox, Caller caller, Clock clock, EntityManager em, ScopeService scope,
            CostService costs, BaselineService baselines, ProjectAccess access) {
        this.baselines = baselines;
        this.access = access;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.em = em;
        this.scope = scope;
        this.costs = costs;
    }

    /** List filters; each one that is set narrows the result. */
    public record Filter(ChangeRequestStatus status, ChangeRequestType type) {
    }

    /** Empty when the project does not exist. */
    @Transactional
    public Optional<ChangeRequestView> submit(UUID projectId, SubmitChangeRequest request) {
        return Project.<Project>findByIdOptional(projectId).map(project -> {
            project.requireEditable();
            lock(projectId);
            Integer last = em.createQuery("select max(c.number) from ChangeRequest c where c.projectId = :p",
                    Integer.class).setParameter("p", projectId).getSingleResult();
            Instant now = clock.instant();
            PersonRef requestedBy = request.requestedBy() != null ? request.requestedBy() : caller.person();
            ChangeRequest change = ChangeRequest.submit(projectId, last == null ? 1 : last + 1, request.title(),
                    request.type(), requestedBy, now);
            change.description = request.description();
            change.justification = request.justification();
            setScopeItems(change, request.scopeItems());
            change.persistAndFlush();
            record(change, null, null);
            outbox.publish(projectId, change.id, ChangeRequestEvents.ChangeRequestSubmitted.of(change, project.key));
            return ChangeRequestApi.ChangeRequestView.of(change);
        });
    }

    /** Records (or revises) the impact assessment. */
    @Transactional
    public Optional<ChangeRequestView> assess(UUID projectId, UUID id, AssessChangeRequest request) {
        return ChangeRequest.find(projectId, id).map(change -> {
            Project project = editable(projectId);
            Budget.forProject(projectId).ifPresent(budget -> budget.requireCurrency("currency", request.currency()));
            String currency = Budget.forProject(projectId).map(b -> b.currency).orElse(request.currency());
            List<AffectedItem> affected = new ArrayList<>();
            for (UUID taskId : orEmpty(request.affectedTaskIds())) {
                if (Task.find(projectId, taskId).isEmpty()) {
                    throw new ProblemException.Unprocessable("affectedTaskIds", taskId + " is not a task of "
                            + project.key);
                }
                affected.add(new AffectedItem(AffectedItem.Kind.TASK, taskId));
            }
            for (UUID deliverableId : orEmpty(request.affectedDeliverableIds())) {
                if (Deliverable.find(projectId, deliverableId).isEmpty()) {
                    throw new ProblemException.Unprocessable("affectedDeliverableIds", deliverableId
                            + " is not a deliverable of " + project.key);
                }
                affected.add(new AffectedItem(AffectedItem.Kind.DELIVERABLE, deliverableId));
            }
            ChangeRequestStatus from = change.moveTo(ChangeRequestStatus.ASSESSED, clock.instant());
            change.scheduleImpactDays = request.scheduleImpactDays();
            change.costImpact = request.costImpact();
            change.currency = currency;
            change.riskNotes = request.riskNotes();
            change.affected.clear();
            change.affected.addAll(affected);
            if (request.scopeItems() != null) {
                setScopeItems(change, request.scopeItems());
            }
            record(change, from, null);
            change.flush();
            return ChangeRequestView.of(change);
        });
    }

    /** Puts an assessed request before the decision maker. */
    @Transactional
    public Optional<ChangeRequestView> review(UUID projectId, UUID id, CommentRequest request) {
        return ChangeRequest.find(projectId, id).map(change -> {
            editable(projectId);
            ChangeRequestStatus from = change.moveTo(ChangeRequestStatus.IN_REVIEW, clock.instant());
            record(change, from, request == null ? null : request.comment());
            change.flush();
            return ChangeRequestView.of(change);
        });
    }

    /** Approves or rejects a request under review. */
    @Transactional
    public Optional<ChangeRequestView> decide(UUID projectId, UUID id, DecideChangeRequest request) {
        return ChangeRequest.find(projectId, id).map(change -> {
            Project project = editable(projectId);
            ChangeRequestStatus from = change.status;
            boolean approve = request.decision() == Verdict.APPROVED;
            change.decide(approve, caller.person(), request.comment(), clock.instant());
            record(change, from, request.comment());
            change.flush();
            outbox.publish(projectId, change.id, approve
                    ? ChangeRequestEvents.ChangeRequestApproved.of(change, project.key)
                    : ChangeRequestEvents.ChangeRequestRejected.of(change, project.key));
            return ChangeRequestView.of(change);
        });
    }

    /**
     * Withdraws a request still waiting for a decision: only its requester or the project's manager (or an admin)
     * may, 403 for anyone else; after the decision it is a 409 like every other invalid transition.
     */
    @Transactional
    public Optional<ChangeRequestView> withdraw(UUID projectId, UUID id, CommentRequest request) {
        return ChangeRequest.find(projectId, id).map(change -> {
            Project project = editable(projectId);
            boolean requester = change.requestedBy != null && caller.subject().equals(change.requestedBy.subject());
            boolean manager = caller.has(GlobalRole.ADMIN)
                    || access.roleIn(projectId).filter(role -> role == ProjectRole.MANAGER).isPresent();
            if (!requester && !manager) {
                throw ProjectAccess.forbidden("only the requester of change request #" + change.number
                        + " or the project's manager may withdraw it");
            }
            String comment = request == null ? null : request.comment();
            ChangeRequestStatus from = change.moveTo(ChangeRequestStatus.WITHDRAWN, clock.instant());
            record(change, from, comment);
            change.flush();
            outbox.publish(projectId, change.id, new ChangeRequestEvents.ChangeRequestWithdrawn(projectId,
                    project.key, change.id, change.number, change.title, change.type, from, caller.person(),
                    comment));
            return ChangeRequestView.of(change);
        });
    }

    /**
     * Implements an approved request: its scope items join the scope recorded with the request (so never as
     * creep), its cost impact moves the budget, and on request the plan as it then stands is saved as a new
     * baseline that becomes the current one.
     */
    @Transactional
    public Optional<ChangeRequestView> implement(UUID projectId, UUID id, ImplementChangeRequest request) {
        return ChangeRequest.find(projectId, id).map(change -> {
            // The project row before the per-project lock, in the order saving a baseline takes them (it locks the
            // row, then re-checks the cost forecast under the per-project lock): the other order could deadlock.
            Project.findByIdOptional(projectId, LockModeType.PESSIMISTIC_WRITE);
            Project project = editable(projectId);
            ChangeRequestStatus from = change.moveTo(ChangeRequestStatus.IMPLEMENTED, clock.instant());
            if (change.costImpact.signum() != 0) {
                costs.adjustBudget(project, change.costImpact, change.currency);
            }
            List<UUID> added = new ArrayList<>();
            for (ProposedScopeItem item : change.scopeItems) {
                added.add(scope.addFromChangeRequest(project, new CreateScopeItemRequest(item.title,
                        item.description, true, item.estimatedEffortDays), change.id).id());
            }
            change.implementedAt = clock.instant();
            if (request != null && Boolean.TRUE.equals(request.saveBaseline())) {
                String name = request.baselineName() == null || request.baselineName().isBlank()
                        ? "Change request #" + change.number : request.baselineName();
                UUID baselineId = baselines.save(projectId, new SaveBaselineRequest(name)).orElseThrow().id();
                baselines.makeCurrent(projectId, baselineId);
                change.baselineId = baselineId;
            }
            record(change, from, request == null ? null : request.comment());
            change.flush();
            outbox.publish(projectId, change.id, new ChangeRequestEvents.ChangeRequestImplemented(projectId,
                    project.key, change.id, change.number, change.title, change.type, change.scheduleImpactDays,
                    change.costImpact, change.currency, added, caller.person(), change.baselineId));
            return ChangeRequestView.of(change);
        });
    }

    public Optional<ChangeRequestView> find(UUID projectId, UUID id) {
        return ChangeRequest.find(projectId, id).map(ChangeRequestView::of);
    }

    public Optional<HistoryView> history(UUID projectId, UUID id) {
        return ChangeRequest.find(projectId, id).map(change -> new HistoryView(ChangeRequestTransition
                .<ChangeRequestTransition>list("changeRequestId = ?1 order by at, id", id).stream()
                .map(TransitionView::of).toList()));
    }

    /** Empty when the project does not exist. */
    public Optional<PageView<ChangeRequestView>> list(UUID projectId, Filter filter, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("number"));
        String query = "projectId = :projectId";
        Parameters parameters = Parameters.with("projectId", projectId);
        if (filter.status() != null) {
            query += " and status = :status";
            parameters.and("status", filter.status());
        }
        if (filter.type() != null) {
            query += " and type = :type";
            parameters.and("type", filter.type());
        }
        return Optional.of(PageView.of(ChangeRequest.find(query, sort, parameters), page, ChangeRequestView::of));
    }

    /** Requests still waiting for a decision (submitted, assessed or in review). */
    public long pending(UUID projectId) {
        return ChangeRequest.count("projectId = ?1 and status in ?2", projectId, ChangeRequestStatus.PENDING);
    }

    private Project editable(UUID projectId) {
        Project project = Project.findById(projectId);
        project.requireEditable();
        lock(projectId);
        return project;
    }

    private void record(ChangeRequest change, ChangeRequestStatus from, String comment) {
        ChangeRequestTransition.of(change.id, from, change.status, caller.person(), clock.instant(), comment)
                .persist();
    }

    private static void setScopeItems(ChangeRequest change, List<ScopeItemProposal> items) {
        change.scopeItems.clear();
        for (ScopeItemProposal item : orEmpty(items)) {
            change.scopeItems.add(new ProposedScopeItem(item.title(), item.description(),
                    item.estimatedEffortDays()));
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The per-project lock the outbox takes for the project's events anyway (same key), taken earlier. */
    private void lock(UUID projectId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, projectId.toString())
                .getSingleResult();
    }
}
