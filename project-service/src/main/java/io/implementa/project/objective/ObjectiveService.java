package io.implementa.project.objective;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.project.objective.ObjectiveApi.CreateObjectiveRequest;
import io.implementa.project.objective.ObjectiveApi.ObjectiveView;
import io.implementa.project.objective.ObjectiveApi.UpdateObjectiveRequest;
import io.implementa.project.project.Project;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Use cases of a project's objectives; every change is announced as {@code ObjectiveUpdated}. */
@ApplicationScoped
public class ObjectiveService {

    private static final Map<String, String> SORTABLE = Map.of("title", "title", "dueDate", "dueDate",
            "status", "status", "createdAt", "createdAt");

    private final Outbox outbox;
    private final Clock clock;

    public ObjectiveService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Empty when the project does not exist. */
    @Transactional
    public Optional<ObjectiveView> create(UUID projectId, CreateObjectiveRequest request) {
        return Project.<Project>findByIdOptional(projectId).map(project -> create(project, request));
    }

    /**
     * Adds an objective to a project inside the caller's transaction (also used by project templates for their
     * objective placeholders).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ObjectiveView create(Project project, CreateObjectiveRequest request) {
        project.requireEditable();
        Objective objective = Objective.of(project.id, request.title(), clock.instant());
        objective.description = request.description();
        objective.metric = request.metric();
        objective.unit = request.unit();
        objective.baseline = request.baseline();
        objective.target = request.target();
        objective.actual = request.actual();
        objective.dueDate = request.dueDate();
        if (request.status() != null) {
            objective.status = request.status();
        }
        objective.requireConsistent();
        objective.persistAndFlush();
        outbox.publish(project.id, objective.id, ObjectiveEvents.ObjectiveUpdated.of(objective, project.key));
        return ObjectiveView.of(objective);
    }

    public Optional<ObjectiveView> find(UUID projectId, UUID objectiveId) {
        return Objective.find(projectId, objectiveId).map(ObjectiveView::of);
    }

    /** Empty when the project does not exist. */
    public Optional<PageView<ObjectiveView>> list(UUID projectId, ObjectiveStatus status, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("createdAt").and("id"));
        String query = "projectId = :projectId";
        Parameters parameters = Parameters.with("projectId", projectId);
        if (status != null) {
            query += " and status = :status";
            parameters.and("status", status);
        }
        return Optional.of(PageView.of(Objective.find(query, sort, parameters), page, ObjectiveView::of));
    }

    @Transactional
    public Optional<ObjectiveView> update(UUID projectId, UUID objectiveId, IfMatch ifMatch,
            UpdateObjectiveRequest request) {
        return Objective.find(projectId, objectiveId).map(objective -> {
            ifMatch.check(objective.version);
            Project project = Project.findById(projectId);
            project.requireEditable();
            objective.title = Patch.required(request.title(), objective.title, "title");
            objective.description = Patch.optional(request.description(), objective.description);
            objective.metric = Patch.optional(request.metric(), objective.metric);
            objective.unit = Patch.optional(request.unit(), objective.unit);
            objective.baseline = Patch.optional(request.baseline(), objective.baseline);
            objective.target = Patch.optional(request.target(), objective.target);
            objective.actual = Patch.optional(request.actual(), objective.actual);
            objective.dueDate = Patch.optional(request.dueDate(), objective.dueDate);
            objective.status = Patch.required(request.status(), objective.status, "status");
            objective.requireConsistent();
            objective.touch(clock.instant());
            objective.flush();
            outbox.publish(projectId, objective.id, ObjectiveEvents.ObjectiveUpdated.of(objective, project.key));
            return ObjectiveView.of(objective);
        });
    }

    /** False when there is no such objective. {@code ifMatch} is checked only when the client sent one. */
    @Transactional
    public boolean delete(UUID projectId, UUID objectiveId, Optional<IfMatch> ifMatch) {
        Optional<Objective> found = Objective.find(projectId, objectiveId);
        found.ifPresent(objective -> {
            ifMatch.ifPresent(precondition -> precondition.check(objective.version));
            Project project = Project.findById(projectId);
            project.requireEditable();
            objective.delete();
            outbox.publish(projectId, objective.id,
                    new ObjectiveEvents.ObjectiveRemoved(objective.id, projectId, project.key, objective.title));
        });
        return found.isPresent();
    }
}
