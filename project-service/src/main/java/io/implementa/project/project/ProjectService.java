package io.implementa.project.project;

import io.implementa.platform.audit.AuditHistory;
import io.implementa.platform.audit.Revision;
import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.security.Caller;
import io.implementa.platform.security.GlobalRole;
import io.implementa.platform.security.ProjectAccess;
import io.implementa.project.member.MemberService;
import io.implementa.platform.security.ProjectRole;
import io.implementa.project.project.ProjectApi.CreateProjectRequest;
import io.implementa.project.project.ProjectApi.ProjectView;
import io.implementa.project.project.ProjectApi.UpdateProjectRequest;
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

/** Use cases of the project aggregate; each write commits the change and its event together. */
@ApplicationScoped
public class ProjectService {

    private static final Map<String, String> SORTABLE = Map.of(
            "key", "key", "name", "name", "status", "status", "phase", "phase",
            "plannedStart", "plannedStart", "plannedEnd", "plannedEnd", "createdAt", "createdAt");

    /** Stands in for "no project at all" in an {@code in} list, which may not be empty. */
    private static final UUID NO_PROJECT = new UUID(0, 0);

    private final Outbox outbox;
    private final MemberService members;
    private final ProjectAccess access;
    private final Caller caller;
    private final Clock clock;
    private final AuditHistory audit;

    public ProjectService(Outbox outbox, MemberService members, ProjectAccess access, Caller caller, Clock clock,
            AuditHistory audit) {
        this.outbox = outbox;
        this.members = members;
        this.access = access;
        this.caller = caller;
        this.clock = clock;
        this.audit = audit;
    }

    /** List filters; each one that is set narrows the result. */
    public record Filter(ProjectStatus status, Phase phase, String manager, String sponsor, String text) {
    }

    @Transactional
    public ProjectView create(CreateProjectRequest request) {
        if (Project.findByKey(request.key()).isPresent()) {
            throw new ProblemException.Conflict("duplicate-key", "Duplicate project key",
                    "a project with key " + request.key() + " already exists");
        }
        Project project = Project.propose(request.key(), request.name(), request.description(), request.type(),
                request.sponsor(), request.manager(), request.plannedStart(), request.plannedEnd(), clock.instant());
        project.persistAndFlush();
        outbox.publish(project.id, project.id, ProjectEvents.ProjectCreated.of(project));
        members.grant(project, project.manager, ProjectRole.MANAGER);
        members.grant(project, project.sponsor, ProjectRole.SPONSOR);
        // The proposer may follow what they proposed; admins see every project anyway.
        if (!caller.has(GlobalRole.ADMIN) && access.roleIn(project.id).isEmpty()) {
            members.grant(project, caller.person(), ProjectRole.VIEWER);
        }
        return ProjectView.of(project);
    }

    public Optional<ProjectView> find(UUID id) {
        return Project.<Project>findByIdOptional(id).map(ProjectView::of);
    }

    /** Every committed change of the project, newest first; empty if there is no such project. */
    public Optional<PageView<Revision>> history(UUID id, PageRequest page) {
        return audit.of(Project.class, id, page);
    }

    public PageView<ProjectView> list(Filter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        access.visibleProjects().ifPresent(visible -> {
            conditions.add("id in :visible");
            parameters.and("visible", visible.isEmpty() ? List.of(NO_PROJECT) : visible);
        });
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.phase() != null) {
            conditions.add("phase = :phase");
            parameters.and("phase", filter.phase());
        }
        if (filter.manager() != null) {
            conditions.add("manager.subject = :manager");
            parameters.and("manager", filter.manager());
        }
        if (filter.sponsor() != null) {
            conditions.add("sponsor.subject = :sponsor");
            parameters.and("sponsor", filter.sponsor());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(name) like :text or lower(key) like :text or lower(description) like :text)");
            parameters.and("text", "%" + filter.text().toLowerCase().replace("%", "\\%") + "%");
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("createdAt", Sort.Direction.Descending).and("id"));
        String query = String.join(" and ", conditions);
        return PageView.of(Project.find(query, sort, parameters), page, ProjectView::of);
    }

    @Transactional
    public Optional<ProjectView> update(UUID id, IfMatch ifMatch, UpdateProjectRequest request) {
        Optional<Project> found = Project.findByIdOptional(id);
        found.ifPresent(project -> {
            ifMatch.check(project.version);
            project.requireEditable();
            apply(project, request);
            project.touch(clock.instant());
            if (request.manager() != null) {
                members.grant(project, project.manager, ProjectRole.MANAGER);
            }
            if (request.sponsor() != null) {
                members.grant(project, project.sponsor, ProjectRole.SPONSOR);
            }
            project.flush();
            outbox.publish(project.id, project.id, ProjectEvents.ProjectUpdated.of(project));
        });
        return found.map(ProjectView::of);
    }

    private static void apply(Project project, UpdateProjectRequest request) {
        project.name = Patch.required(request.name(), project.name, "name");
        project.description = Patch.optional(request.description(), project.description);
        project.type = Patch.required(request.type(), project.type, "type");
        project.sponsor = Patch.required(request.sponsor(), project.sponsor, "sponsor");
        project.manager = Patch.required(request.manager(), project.manager, "manager");
        project.reschedule(Patch.required(request.plannedStart(), project.plannedStart, "plannedStart"),
                Patch.required(request.plannedEnd(), project.plannedEnd, "plannedEnd"));
    }
}
