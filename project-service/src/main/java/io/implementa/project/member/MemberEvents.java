package io.implementa.project.member;

import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * What project membership tells the suite: the other services authorise requests from their projection
 * of these events. Keyed by project id, subject = the membership id.
 */
public final class MemberEvents {

    private MemberEvents() {
    }

    @EventType("io.implementa.project.MemberAdded")
    public record MemberAdded(@NotNull UUID projectId, @NotBlank String projectKey, @NotNull UUID memberId,
            @NotNull PersonRef person, @NotNull ProjectRole role) {
    }

    @EventType("io.implementa.project.MemberRoleChanged")
    public record MemberRoleChanged(@NotNull UUID projectId, @NotBlank String projectKey, @NotNull UUID memberId,
            @NotNull PersonRef person, @NotNull ProjectRole previousRole, @NotNull ProjectRole role) {
    }

    @EventType("io.implementa.project.MemberRemoved")
    public record MemberRemoved(@NotNull UUID projectId, @NotBlank String projectKey, @NotNull UUID memberId,
            @NotNull PersonRef person, @NotNull ProjectRole role) {
    }
}
