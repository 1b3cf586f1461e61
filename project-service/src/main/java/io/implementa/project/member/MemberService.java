package io.implementa.project.member;

import io.implementa.platform.audit.AuditHistory;
import io.implementa.platform.audit.Revision;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.people.PersonRef;
import io.implementa.project.member.MemberApi.AddMemberRequest;
import io.implementa.project.member.MemberApi.MemberView;
import io.implementa.project.project.Project;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Who belongs to a project, in which role; every change is announced for the other services' access checks. */
@ApplicationScoped
public class MemberService {

    private static final Map<String, String> SORTABLE = Map.of("name", "person.name", "role", "role",
            "addedAt", "addedAt");

    private final Outbox outbox;
    private final Clock clock;
    private final AuditHistory audit;

    public MemberService(Outbox outbox, Clock clock, AuditHistory audit) {
        this.outbox = outbox;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Gives {@code person} the role in the project, adding them if they are not a member yet. Used when a
     * project is created or its manager or sponsor changes; runs in the caller's transaction. A manager
     * who is also named sponsor stays manager: the role that may do more wins.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void grant(Project project, PersonRef person, ProjectRole role) {
        Optional<ProjectMember> existing = ProjectMember.findBySubject(project.id, person.subject());
        if (existing.isEmpty()) {
            ProjectMember member = ProjectMember.of(project.id, person, role, clock.instant());
            member.persist();
            outbox.publish(project.id, member.id,
                    new MemberEvents.MemberAdded(project.id, project.key, member.id, member.person, member.role));
        } else if (existing.get().role != role
                && !(existing.get().role == ProjectRole.MANAGER && role == ProjectRole.SPONSOR)) {
            change(project, existing.get(), role);
        }
    }

    @Transactional
    public Optional<MemberView> add(UUID projectId, AddMemberRequest request) {
        return Project.<Project>findByIdOptional(projectId).map(project -> {
            project.requireEditable();
            if (ProjectMember.findBySubject(projectId, request.person().subject()).isPresent()) {
                throw new ProblemException.Conflict("already-member", "Already a member",
                        request.person().subject() + " is already a member of " + project.key
                                + "; change their role instead");
            }
            ProjectMember member = ProjectMember.of(projectId, request.person(), request.role(), clock.instant());
            member.persistAndFlush();
            outbox.publish(projectId, member.id,
                    new MemberEvents.MemberAdded(projectId, project.key, member.id, member.person, member.role));
            return MemberView.of(member);
        });
    }

    public Optional<MemberView> find(UUID projectId, UUID memberId) {
        return ProjectMember.find(projectId, memberId).map(MemberView::of);
    }

    /**
     * Every committed change of the membership, newest first, including its removal; empty if the project never
     * had such a member.
     */
    public Optional<PageView<Revision>> history(UUID projectId, UUID memberId, PageRequest page) {
        return audit.of(ProjectMember.class, memberId, "projectId", projectId, page);
    }

    public Optional<PageView<MemberView>> list(UUID projectId, ProjectRole role, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("addedAt").and("id"));
        Parameters parameters = Parameters.with("projectId", projectId);
        String query = "projectId = :projectId";
        if (role != null) {
            query += " and role = :role";
            parameters.and("role", role);
        }
        return Optional.of(PageView.of(ProjectMember.find(query, sort, parameters), page, MemberView::of));
    }

    @Transactional
    public Optional<MemberView> changeRole(UUID projectId, UUID memberId, IfMatch ifMatch, ProjectRole role) {
        return ProjectMember.find(projectId, memberId).map(member -> {
            ifMatch.check(member.version);
            Project project = Project.findById(projectId);
            project.requireEditable();
            if (member.role != role) {
                change(project, member, role);
            }
            member.flush();
            return MemberView.of(member);
        });
    }

    @Transactional
    public boolean remove(UUID projectId, UUID memberId) {
        Optional<ProjectMember> found = ProjectMember.find(projectId, memberId);
        found.ifPresent(member -> {
            Project project = Project.findById(projectId);
            project.requireEditable();
            requireAnotherManager(project, member);
            member.delete();
            outbox.publish(projectId, member.id,
                    new MemberEvents.MemberRemoved(projectId, project.key, member.id, member.person, member.role));
        });
        return found.isPresent();
    }

    private void change(Project project, ProjectMember member, ProjectRole role) {
        if (role != ProjectRole.MANAGER) {
            requireAnotherManager(project, member);
        }
        ProjectRole previous = member.role;
        member.role = role;
        outbox.publish(project.id, member.id, new MemberEvents.MemberRoleChanged(project.id, project.key, member.id,
                member.person, previous, role));
    }

    /** A project is never left without a manager: someone must be able to run it. */
    private static void requireAnotherManager(Project project, ProjectMember leaving) {
        if (leaving.role == ProjectRole.MANAGER
                && ProjectMember.inRole(project.id, ProjectRole.MANAGER).stream().allMatch(m -> m.id.equals(leaving.id))) {
            throw new ProblemException.Conflict("last-manager", "Last manager",
                    leaving.person.name() + " is the only manager of " + project.key + "; make someone else manager first");
        }
    }
}
