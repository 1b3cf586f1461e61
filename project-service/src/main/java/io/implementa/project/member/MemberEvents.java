package io.implementa.project.member;

import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import java.util.UUID;

/**
 * What project membership tells the suite: the other services authorise requests from their projection
 * of these events. Keyed by project id, subject = the membership id.
 */
public final class MemberEvents {

    private MemberEvents() {
    }

    @EventType("io.implementa.project.MemberAdded")
    public record MemberAdded(UUID projectId, String projectKey, UUID memberId, PersonRef person, ProjectRole role) {
    }

    @EventType("io.implementa.project.MemberRoleChanged")
    public record MemberRoleChanged(UUID projectId, String projectKey, UUID memberId, PersonRef person,
            ProjectRole previousRole, ProjectRole role) {
    }

    @EventType("io.implementa.project.MemberRemoved")
    public record MemberRemoved(UUID projectId, String projectKey, UUID memberId, PersonRef person, ProjectRole role) {
    }
}
