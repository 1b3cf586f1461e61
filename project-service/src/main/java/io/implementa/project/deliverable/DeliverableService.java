package io.implementa.project.deliverable;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.people.PersonRef;
import io.implementa.platform.security.Caller;
import io.implementa.platform.security.GlobalRole;
import io.implementa.project.deliverable.DeliverableApi.CreateDeliverableRequest;
import io.implementa.project.deliverable.DeliverableApi.DecisionRequest;
import io.implementa.project.deliverable.DeliverableApi.DecisionView;
import io.implementa.project.deliverable.DeliverableApi.DeliverableView;
import io.implementa.project.deliverable.DeliverableApi.UpdateDeliverableRequest;
import io.implementa.project.project.Project;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases of deliverables: plan and change them, submit them, let an accountable stakeholder decide,
 * let the sponsor waive. Every write commits the change and its event together.
 */
@ApplicationScoped
public class DeliverableService {

    private static final Map<String, String> SORTABLE = Map.of("dueDate", "dueDate", "name", "name",
            "status", "status", "createdAt", "createdAt");
    private static final Map<String, String> DECISIONS_SORTABLE = Map.of("decidedAt", "decidedAt");

    private final Outbox outbox;
    private final Caller caller;
    private final AcceptanceAuthority authority;
    private final Clock clock;

    public DeliverableService(Outbox outbox, Caller caller, AcceptanceAuthority authority, Clock clock) {
        this.outbox = outbox;
        this.caller = caller;
        this.authority = authority;
        this.clock = clock;
    }

    /** List filters; each one that is set narrows the result. */
    public record Filter(DeliverableStatus status, String owner) {
    }

    @Transactional
    public Optional<DeliverableView> create(UUID projectId, CreateDeliverableRequest request) {
        return Project.<Project>findByIdOptional(projectId).map(project -> DeliverableView.of(plan(project,
                request.name(), request.description(), request.owner(), request.dueDate(),
                request.acceptanceCriteria())));
    }

    /**
     * Adds a PLANNED deliverable to the project in the caller's transaction, announced like one created
     * through the API; for project templates that bring their standard deliverables.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Deliverable plan(Project project, String name, String description, PersonRef owner, LocalDate dueDate,
            List<String> acceptanceCriteria) {
        project.requireEditable();
        Deliverable deliverable = Deliverable.plan(project.id, name, description, owner, dueDate, acceptanceCriteria,
                clock.instant());
        deliverable.persistAndFlush();
        outbox.publish(project.id, deliverable.id, DeliverableEvents.DeliverableCreated.of(deliverable, project.key));
        return deliverable;
    }

    public Optional<DeliverableView> find(UUID projectId, UUID deliverableId) {
        return Deliverable.find(projectId, deliverableId).map(DeliverableView::of);
    }

    public Optional<PageView<DeliverableView>> list(UUID projectId, Filter filter, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Parameters parameters = Parameters.with("projectId", projectId);
        String query = "projectId = :projectId";
        if (filter.status() != null) {
            query += " and status = :status";
            parameters.and("status", filter.status());
        }
        if (filter.owner() != null) {
            query += " and owner.subject = :owner";
            parameters.and("owner", filter.owner());
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE,
                Sort.by("dueDate", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("name").and("id"));
        return Optional.of(PageView.of(Deliverable.find(query, sort, parameters), page, DeliverableView::of));
    }

    @Transactional
    public Optional<DeliverableView> update(UUID projectId, UUID deliverableId, IfMatch ifMatch,
            UpdateDeliverableRequest request) {
        return Deliverable.find(projectId, deliverableId).map(deliverable -> {
            ifMatch.check(deliverable.version);
            Project project = Project.findById(projectId);
            project.requireEditable();
            deliverable.requireOpen();
            deliverable.name = Patch.required(request.name(), deliverable.name, "name");
            deliverable.description = Patch.optional(request.description(), deliverable.description);
            deliverable.owner = Patch.optional(request.owner(), deliverable.owner);
            deliverable.dueDate = Patch.optional(request.dueDate(), deliverable.dueDate);
            List<String> criteria = Patch.optional(request.acceptanceCriteria(), deliverable.acceptanceCriteria);
            deliverable.acceptanceCriteria = criteria == null ? new ArrayList<>()
                    : new ArrayList<>(criteria);
            deliverable.moveTo(Patch.required(request.status(), deliverable.status, "status"));
            deliverable.touch(clock.instant());
            deliverable.flush();
            outbox.publish(projectId, deliverable.id, DeliverableEvents.DeliverableChanged.of(deliverable, project.key));
            return DeliverableView.of(deliverable);
        });
    }

    /** Removes a deliverable with its checks and decisions; accepted and waived ones are history and stay. */
    @Transactional
    public boolean remove(UUID projectId, UUID deliverableId) {
        Optional<Deliverable> found = Deliverable.findForUpdate(projectId, deliverableId);
        found.ifPresent(deliverable -> {
            Project project = Project.findById(projectId);
            project.requireEditable();
            deliverable.requireOpen();
            QualityCheck.delete("deliverableId", deliverable.id);
            DeliverableDecision.delete("deliverableId", deliverable.id);
            deliverable.delete();
            outbox.publish(projectId, deliverable.id, new DeliverableEvents.DeliverableRemoved(deliverable.id,
                    projectId, project.key, deliverable.name, caller.person()));
        });
        return found.isPresent();
    }

    @Transactional
    public Optional<DeliverableView> submit(UUID projectId, UUID deliverableId, String comment) {
        return Deliverable.findForUpdate(projectId, deliverableId).map(deliverable -> {
            Project project = Project.findById(projectId);
            project.requireEditable();
            Instant now = clock.instant();
            deliverable.submit(caller.person(), now);
            deliverable.flush();
            outbox.publish(projectId, deliverable.id, new DeliverableEvents.DeliverableSubmitted(deliverable.id,
                    projectId, project.key, deliverable.name, deliverable.owner, deliverable.dueDate,
                    deliverable.submittedBy, comment, now));
            return DeliverableView.of(deliverable);
        });
    }

    /**
     * An accountable stakeholder accepts or rejects a submitted deliverable; the decision is kept in its
     * history. Whether the caller is accountable is asked only once the deliverable is known to exist.
     */
    @Transactional
    public Optional<DeliverableView> decide(UUID projectId, UUID deliverableId, DecisionRequest request) {
        return Deliverable.findForUpdate(projectId, deliverableId).map(deliverable -> {
            if (!caller.has(GlobalRole.ADMIN) && !authority.mayAccept(projectId, deliverableId, caller.subject())) {
                throw new ProblemException(403, "not-accountable", "Not accountable",
                        "only a stakeholder accountable for deliverable '" + deliverable.name
                                + "' may accept or reject it");
            }
            if (request.decision() == AcceptanceDecision.REJECTED
                    && (request.comment() == null || request.comment().isBlank())) {
                throw new ProblemException.Unprocessable("comment", "must say why when rejecting");
            }
            Project project = Project.findById(projectId);
            project.requireEditable();
            Instant now = clock.instant();
            deliverable.decide(request.decision(), QualityCheck.current(deliverable.id), now);
            DeliverableDecision decision = DeliverableDecision.of(deliverable, request.decision(), request.comment(),
                    caller.person(), now);
            decision.persist();
            deliverable.flush();
            outbox.publish(projectId, deliverable.id, request.decision() == AcceptanceDecision.ACCEPTED
                    ? new DeliverableEvents.DeliverableAccepted(deliverable.id, projectId, project.key,
                            deliverable.name, deliverable.owner, decision.decidedBy, decision.comment, now)
                    : new DeliverableEvents.DeliverableRejected(deliverable.id, projectId, project.key,
                            deliverable.name, deliverable.owner, decision.decidedBy, decision.comment, now));
            return DeliverableView.of(deliverable);
        });
    }

    public Optional<PageView<DecisionView>> decisions(UUID projectId, UUID deliverableId, PageRequest page) {
        if (Deliverable.find(projectId, deliverableId).isEmpty()) {
            return Optional.empty();
        }
        Sort sort = Sorting.parse(page.sort, DECISIONS_SORTABLE, Sort.by("decidedAt").and("id"));
        return Optional.of(PageView.of(DeliverableDecision.find("deliverableId", sort, deliverableId), page,
                DecisionView::of));
    }

    @Transactional
    public Optional<DeliverableView> waive(UUID projectId, UUID deliverableId, String reason) {
        return Deliverable.findForUpdate(projectId, deliverableId).map(deliverable -> {
            Project project = Project.findById(projectId);
            project.requireEditable();
            Instant now = clock.instant();
            deliverable.waive(reason, caller.person(), now);
            deliverable.flush();
            outbox.publish(projectId, deliverable.id, new DeliverableEvents.DeliverableWaived(deliverable.id,
                    projectId, project.key, deliverable.name, deliverable.owner, reason, deliverable.waivedBy, now));
            return DeliverableView.of(deliverable);
        });
    }

    /** Deliverables neither accepted nor waived yet; for the portfolio and the closure gates. */
    public long openDeliverables(UUID projectId) {
        return Deliverable.countOpen(projectId);
    }
}
