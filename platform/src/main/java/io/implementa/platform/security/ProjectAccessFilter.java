package io.implementa.platform.security;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Enforces {@link RequiresGlobalRole}, {@link ReadsProject} and {@link ChangesProject} after
 * authentication and before anything else looks at the request (its body is not even read yet): 401
 * comes before 403/404, and those before 422, so a caller without access learns nothing from validation.
 */
public class ProjectAccessFilter {

    private final ProjectAccess access;

    public ProjectAccessFilter(ProjectAccess access) {
        this.access = access;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void authorize(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        RequiresGlobalRole global = method.getAnnotation(RequiresGlobalRole.class);
        if (global == null) {
            global = resource.getResourceClass().getAnnotation(RequiresGlobalRole.class);
        }
        if (global != null) {
            access.requireGlobal(global.value());
        }
        ChangesProject changes = method.getAnnotation(ChangesProject.class);
        ReadsProject reads = method.getAnnotation(ReadsProject.class);
        if (reads == null && changes == null) {
            reads = resource.getResourceClass().getAnnotation(ReadsProject.class);
        }
        if (changes != null) {
            projectId(request, changes.param()).ifPresent(id -> access.requireRole(id, changes.value()));
        } else if (reads != null) {
            projectId(request, reads.param()).ifPresent(access::requireRead);
        }
    }

    /** A malformed id is left for the parameter converter to refuse with 400. */
    private static java.util.Optional<UUID> projectId(ContainerRequestContext request, String param) {
        String raw = request.getUriInfo().getPathParameters().getFirst(param);
        if (raw == null) {
            throw new IllegalStateException("the route has no path parameter '" + param + "' to authorise on");
        }
        try {
            return java.util.Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
