package io.implementa.project.task;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.security.Caller;
import io.implementa.project.project.Project;
import io.implementa.project.schedule.ScheduleService;
import io.implementa.project.schedule.engine.LinkType;
import io.implementa.project.task.TaskApi.CreateDependencyRequest;
import io.implementa.project.task.TaskApi.DependencyView;
import io.implementa.project.task.TaskApi.UpdateDependencyRequest;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases of dependencies. A link is checked here for what one link can get wrong (unknown task,
 * task of another project, self-link, duplicate); what the whole network can get wrong (a cycle, an
 * FF/SF link to a summary task) is found by rescheduling, which rolls the change back.
 */
@ApplicationScoped
public class DependencyService {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "type", "type");

    private final ScheduleService schedules;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public DependencyService(ScheduleService schedules, Outbox outbox, Caller caller, Clock clock) {
        this.schedules = schedules;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    /** List filters: links into or out of one task. */
    public record Filter(UUID taskId) {
    }

    @Transactional
    public Optional<DependencyView> create(UUID projectId, CreateDependencyRequest request) {
        return schedules.lockForChange(projectId).map(project -> {
            ScheduleService.Snapshot before = schedules.before(project);
            requireTaskOf(projectId, request.predecessorId(), "predecessorId");
            requireTaskOf(projectId, request.successorId(), "successorId");
            if (request.predecessorId().equals(request.successorId())) {
                throw new ProblemException.Unprocessable("successorId", "a task cannot depend on itself");
            }
            if (Dependency.count("predecessorId = ?1 and successorId = ?2", request.predecessorId(),
                    request.successorId()) > 0) {
                throw new ProblemException.Conflict("duplicate-dependency", "Duplicate dependency",
                        "task " + request.successorId() + " already depends on task " + request.predecessorId());
            }
            Dependency d = Dependency.link(projectId, request.predecessorId(), request.successorId(),
                    request.type() == null ? LinkType.FS : request.type(), request.lag() == null ? 0 : request.lag(),
                    clock.instant());
            d.persist();
            outbox.publish(projectId, d.id, DependencyEvents.DependencyAdded.of(project, d, caller.person()));
            schedules.recompute(project, before);
            return DependencyView.of(d);
        });
    }

    public Optional<DependencyView> find(UUID projectId, UUID dependencyId) {
        return Dependency.find(projectId, dependencyId).map(DependencyView::of);
    }

    public Optional<PageView<DependencyView>> list(UUID projectId, Filter filter, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Parameters parameters = Parameters.with("projectId", projectId);
        String query = "projectId = :projectId";
        if (filter.taskId() != null) {
            query += " and (predecessorId = :taskId or successorId = :taskId)";
            parameters.and("taskId", filter.taskId());
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("createdAt").and("id"));
        return Optional.of(PageView.of(Dependency.find(query, sort, parameters), page, DependencyView::of));
    }

    @Transactional
    public Optional<DependencyView> update(UUID projectId, UUID dependencyId, IfMatch ifMatch,
            UpdateDependencyRequest request) {
        if (Dependency.find(projectId, dependencyId).isEmpty()) {
            return Optional.empty();
        }
        return schedules.lockForChange(projectId).map(project -> {
            ScheduleService.Snapshot before = schedules.before(project);
            Dependency d = Dependency.find(projectId, dependencyId).orElseThrow();
            ifMatch.check(d.version);
            d.type = Patch.required(request.type(), d.type, "type");
            d.lag = Patch.required(request.lag(), d.lag, "lag");
            d.flush();
            outbox.publish(projectId, d.id, DependencyEvents.DependencyChanged.of(project, d, caller.person()));
            schedules.recompute(project, before);
            return DependencyView.of(d);
        });
    }

    @Transactional
    public boolean remove(UUID projectId, UUID dependencyId) {
        if (Dependency.find(projectId, dependencyId).isEmpty()) {
            return false;
        }
        Project project = schedules.lockForChange(projectId).orElseThrow();
        ScheduleService.Snapshot before = schedules.before(project);
        Dependency d = Dependency.find(projectId, dependencyId).orElseThrow();
        outbox.publish(projectId, d.id, DependencyEvents.DependencyRemoved.of(project, d, caller.person()));
        d.delete();
        schedules.recompute(project, before);
        return true;
    }

    private static void requireTaskOf(UUID projectId, UUID taskId, String field) {
        Task task = Task.findById(taskId);
        if (task == null) {
            throw new ProblemException.Unprocessable(field, "task " + taskId + " does not exist");
        }
        if (!task.projectId.equals(projectId)) {
            throw new ProblemException.Unprocessable(field, "task " + taskId + " is not in this project");
        }
    }
}
