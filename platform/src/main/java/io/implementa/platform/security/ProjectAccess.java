package io.implementa.platform.security;

import io.implementa.platform.http.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Decides what the caller may see and do in a project, from the caller's global roles and their project
 * membership. Endpoints declare it with {@link ReadsProject} / {@link ChangesProject}; services call it
 * directly for lists that span projects ({@link #visibleProjects()}).
 */
@RequestScoped
public class ProjectAccess {

    private final Caller caller;
    private final Memberships memberships;

    public ProjectAccess(Caller caller, Memberships memberships) {
        this.caller = caller;
        this.memberships = memberships;
    }

    /** The caller may read the project, or it is "not found" for them. */
    public void requireRead(UUID projectId) {
        if (caller.has(GlobalRole.ADMIN) || caller.has(GlobalRole.PORTFOLIO_VIEWER)) {
            return;
        }
        if (memberships.roleOf(projectId, caller.subject()).isEmpty()) {
            throw new ProblemException.NotFound("project", projectId);
        }
    }

    /** The caller holds one of the roles in the project (404 for non-members, 403 for other members). */
    public void requireRole(UUID projectId, ProjectRole... allowed) {
        if (caller.has(GlobalRole.ADMIN)) {
            return;
        }
        Optional<ProjectRole> role = memberships.roleOf(projectId, caller.subject());
        if (role.isEmpty()) {
            throw new ProblemException.NotFound("project", projectId);
        }
        if (Arrays.stream(allowed).noneMatch(r -> r == role.get())) {
            throw forbidden("this needs one of the project roles " + Arrays.stream(allowed).map(Enum::name)
                    .collect(Collectors.joining(", ")) + "; you are " + role.get());
        }
    }

    /** The caller's role in the project, if they are a member. */
    public Optional<ProjectRole> roleIn(UUID projectId) {
        return memberships.roleOf(projectId, caller.subject());
    }

    /** The projects whose data the caller may list; empty means all of them (admins, portfolio viewers). */
    public Optional<Set<UUID>> visibleProjects() {
        if (caller.has(GlobalRole.ADMIN) || caller.has(GlobalRole.PORTFOLIO_VIEWER)) {
            return Optional.empty();
        }
        return Optional.of(memberships.projectsOf(caller.subject()));
    }

    /** The caller holds the global role (or is an admin). */
    public void requireGlobal(GlobalRole role) {
        if (!caller.has(GlobalRole.ADMIN) && !caller.has(role)) {
            throw forbidden("this needs the role " + role.claim());
        }
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }
}
