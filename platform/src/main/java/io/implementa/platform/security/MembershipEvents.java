package io.implementa.platform.security;

import io.implementa.platform.events.EventType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * The consumer's view of the project-service's member events: only what authorisation needs.
 * Producer-side schemas are in {@code docs/events.md}.
 */
public final class MembershipEvents {

    private MembershipEvents() {
    }

    /** The person as far as access goes: their subject. */
    public record Person(@NotBlank String subject) {
    }

    @EventType("io.implementa.project.MemberAdded")
    public record MemberAdded(@NotNull UUID projectId, @NotNull UUID memberId, @NotNull @Valid Person person,
            @NotNull ProjectRole role) {
    }

    @EventType("io.implementa.project.MemberRoleChanged")
    public record MemberRoleChanged(@NotNull UUID projectId, @NotNull UUID memberId, @NotNull @Valid Person person,
            @NotNull ProjectRole role) {
    }

    @EventType("io.implementa.project.MemberRemoved")
    public record MemberRemoved(@NotNull UUID projectId, @NotNull UUID memberId, @NotNull @Valid Person person) {
    }
}
