package io.implementa.project.scope;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.security.Caller;
import io.implementa.project.project.Project;
import io.implementa.project.scope.ScopeApi.ApprovalView;
import io.implementa.project.scope.ScopeApi.ApproveScopeRequest;
import io.implementa.project.scope.ScopeApi.CreateScopeItemRequest;
import io.implementa.project.scope.ScopeApi.ScopeItemView;
import io.implementa.project.scope.ScopeApi.ScopeView;
import io.implementa.project.scope.ScopeApi.UpdateScopeItemRequest;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A project's scope: its items, the sponsor's approval that freezes them into a baseline, and the scope-creep
 * figure (in-scope items added after approval without a change request).
 */
@ApplicationScoped
public class ScopeService {

    private static final Map<String, String> SORTABLE = Map.of("title", "title", "createdAt", "createdAt",
            "estimatedEffortDays", "estimatedEffortDays");

    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;
    private final EntityManager em;

    public ScopeService(Outbox outbox, Caller caller, Clock clock, EntityManager em) {
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
        this.em = em;
    }

    /** List filters; each one that is set narrows the result. */
    public record Filter(Boolean inScope, Boolean creep) {
    }

    /** Empty when the project does not exist. Items added after approval this way are creep if in scope. */
    @Transactional
    public Optional<ScopeItemView> add(UUID projectId, CreateScopeItemRequest request) {
        return Project.<Project>findByIdOptional(projectId).map(project -> add(project, request, null));
    }

    /**
     * Adds the item an approved change request brings into the project, in the caller's transaction: it is
     * recorded with the change request and never counts as scope creep.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ScopeItemView addFromChangeRequest(Project project, CreateScopeItemRequest item, UUID changeRequestId) {
        if (changeRequestId == null) {
            throw new IllegalArgumentException("a change request id is required");
        }
        return add(project, item, changeRequestId);
    }

    private ScopeItemView add(Project project, CreateScopeItemRequest request, UUID changeRequestId) {
        project.requireEditable();
        serialiseScopeChanges(project.id);
        boolean approved = ScopeApproval.forProject(project.id).isPresent();
        ScopeItem item = ScopeItem.add(project.id, request.title(), request.inScope() == null || request.inScope(),
                changeRequestId, approved, caller.person(), clock.instant());
        item.description = request.description();
        item.estimatedEffortDays = request.estimatedEffortDays();
        item.persistAndFlush();
        outbox.publish(project.id, item.id, ScopeEvents.ScopeItemAdded.of(item, project.key));
        if (item.creep) {
            announceCreep(project, item);
        }
        return ScopeItemView.of(item);
    }

    public Optional<ScopeItemView> find(UUID projectId, UUID itemId) {
        return ScopeItem.find(projectId, itemId).map(ScopeItemView::of);
    }

    /** Empty when the project does not exist. */
    public Optional<PageView<ScopeItemView>> list(UUID projectId, Filter filter, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("createdAt").and("id"));
        String query = "projectId = :projectId";
        Parameters parameters = Parameters.with("projectId", projectId);
        if (filter.inScope() != null) {
            query += " and inScope = :inScope";
            parameters.and("inScope", filter.inScope());
        }
        if (filter.creep() != null) {
            query += " and creep = :creep";
            parameters.and("creep", filter.creep());
        }
        return Optional.of(PageView.of(ScopeItem.find(query, sort, parameters), page, ScopeItemView::of));
    }

    /** Only items outside the approved baseline may change; an item that becomes creep is announced. */
    @Transactional
    public Optional<ScopeItemView> update(UUID projectId, UUID itemId, IfMatch ifMatch,
            UpdateScopeItemRequest request) {
        return ScopeItem.find(projectId, itemId).map(item -> {
            ifMatch.check(item.version);
            Project project = Project.findById(projectId);
            project.requireEditable();
            item.requireOutsideBaseline();
            item.title = Patch.required(request.title(), item.title, "title");
            item.description = Patch.optional(request.description(), item.description);
            item.inScope = Patch.required(request.inScope(), item.inScope, "inScope");
            item.estimatedEffortDays = Patch.optional(request.estimatedEffortDays(), item.estimatedEffortDays);
            boolean becameCreep = item.recomputeCreep();
            item.touch(clock.instant());
            item.flush();
            if (becameCreep) {
                announceCreep(project, item);
            }
            return ScopeItemView.of(item);
        });
    }

    /** False when there is no such item. Baseline items are removed only by change request. */
    @Transactional
    public boolean remove(UUID projectId, UUID itemId, Optional<IfMatch> ifMatch) {
        Optional<ScopeItem> found = ScopeItem.find(projectId, itemId);
        found.ifPresent(item -> {
            ifMatch.ifPresent(precondition -> precondition.check(item.version));
            Project.<Project>findById(projectId).requireEditable();
            item.requireOutsideBaseline();
            item.delete();
        });
        return found.isPresent();
    }

    /**
     * The sponsor approves the scope once: every item existing now joins the baseline, and from then on in-scope
     * items come in through change requests, or count as creep. Empty when the project does not exist.
     */
    @Transactional
    public Optional<ScopeView> approve(UUID projectId, ApproveScopeRequest request) {
        return Project.<Project>findByIdOptional(projectId).map(project -> {
            project.requireEditable();
            serialiseScopeChanges(projectId);
            ScopeApproval.forProject(projectId).ifPresent(existing -> {
                throw new ProblemException.Conflict("scope-already-approved", "Scope already approved",
                        "the scope of " + project.key + " was approved by " + existing.approvedBy.name() + " at "
                                + existing.approvedAt + "; change it through change requests")
                        .with("approvedAt", existing.approvedAt.toString());
            });
            Totals inScope = totals(projectId, "inScope = true");
            long outOfScope = ScopeItem.count("projectId = ?1 and inScope = false", projectId);
            if (inScope.items() == 0) {
                throw new ProblemException.Conflict("scope-empty", "Nothing to approve",
                        project.key + " has no in-scope item yet; add the scope before approving it");
            }
            // The items' representation changes, so their ETags must too.
            ScopeItem.update("inBaseline = true, version = version + 1 where projectId = ?1", projectId);
            ScopeApproval approval = ScopeApproval.of(projectId, caller.person(), clock.instant(),
                    (int) inScope.items(), (int) outOfScope, inScope.effortDays(),
                    request == null ? null : request.note());
            approval.persistAndFlush();
            outbox.publish(projectId, projectId, ScopeEvents.ScopeApproved.of(approval, project.key));
            return summarise(projectId);
        });
    }

    /** Empty when the project does not exist. */
    public Optional<ScopeView> summary(UUID projectId) {
        return Project.findByIdOptional(projectId).map(project -> summarise(projectId));
    }

    public boolean isApproved(UUID projectId) {
        return ScopeApproval.forProject(projectId).isPresent();
    }

    private ScopeView summarise(UUID projectId) {
        Optional<ScopeApproval> approval = ScopeApproval.forProject(projectId);
        Totals inScope = totals(projectId, "inScope = true");
        Totals creep = totals(projectId, "creep = true");
        long outOfScope = ScopeItem.count("projectId = ?1 and inScope = false", projectId);
        long byChangeRequest = ScopeItem.count("projectId = ?1 and inScope = true and changeRequestId is not null",
                projectId);
        return new ScopeView(projectId, approval.isPresent(), approval.map(ApprovalView::of).orElse(null),
                inScope.items(), outOfScope, inScope.effortDays(), byChangeRequest, creep.items(),
                creep.effortDays());
    }

    private void announceCreep(Project project, ScopeItem item) {
        Totals creep = totals(project.id, "creep = true");
        outbox.publish(project.id, item.id, new ScopeEvents.ScopeCreepDetected(project.id, project.key, item.id,
                item.title, ScopeItem.tidy(item.estimatedEffortDays), creep.items(), creep.effortDays()));
    }

    private record Totals(long items, BigDecimal effortDays) {
    }

    /** Items matching {@code condition} and their summed estimated effort (items without an estimate count 0). */
    private Totals totals(UUID projectId, String condition) {
        Object[] row = em.createQuery("select count(i), coalesce(sum(i.estimatedEffortDays), 0) from ScopeItem i "
                        + "where i.projectId = :projectId and i." + condition, Object[].class)
                .setParameter("projectId", projectId)
                .getSingleResult();
        BigDecimal effort = row[1] instanceof BigDecimal decimal ? decimal : new BigDecimal(row[1].toString());
        return new Totals(((Number) row[0]).longValue(), ScopeItem.tidy(effort));
    }

    /**
     * Whether an item is creep depends on whether the scope is approved, so adding and approving must not
     * interleave. This takes the per-project lock the outbox takes anyway for the project's events (same key),
     * only earlier; one lock, so no lock-order deadlock with other writers of the project.
     */
    private void serialiseScopeChanges(UUID projectId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, projectId.toString())
                .getSingleResult();
    }
}
