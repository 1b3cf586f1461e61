package io.implementa.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who belongs to which project in which role. The project-service answers from its own members; every
 * other service from its projection of the project-service's member events ({@link MembershipProjection}).
 */
public interface Memberships {

    Optional<ProjectRole> roleOf(UUID projectId, String subject);

    /** Every project the person belongs to, in any role. */
    Set<UUID> projectsOf(String subject);
}
