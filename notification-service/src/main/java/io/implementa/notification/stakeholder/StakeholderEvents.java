package io.implementa.notification.stakeholder;

import io.implementa.platform.events.EventType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * The project-service's stakeholder events as this service reads them: who to reach, their RACI letters, which
 * news they asked for and how often. The three events carry the same fields (the entry's whole state).
 */
public final class StakeholderEvents {

    private StakeholderEvents() {
    }

    /** A stakeholder's register entry, as all three events carry it. */
    public sealed interface StakeholderEntry permits StakeholderAdded, StakeholderChanged, StakeholderRemoved {
        UUID stakeholderId();

        UUID projectId();

        String name();

        String email();

        List<Raci> raci();

        String frequency();

        List<String> notifications();

        String timeZone();

        String locale();

        String memberSubject();

        /** Accountable for the project as a whole (a PROJECT-scope ACCOUNTABLE letter). */
        default boolean accountable() {
            return raci() != null && raci().stream()
                    .anyMatch(r -> "PROJECT".equals(r.scope()) && "ACCOUNTABLE".equals(r.raci()));
        }
    }

    public record Raci(@NotBlank String scope, @NotBlank String raci) {
    }

    @EventType("io.implementa.project.StakeholderAdded")
    public record StakeholderAdded(
            @NotNull UUID stakeholderId,
            @NotNull UUID projectId,
            @NotBlank String name,
            @NotBlank String email,
            List<@Valid Raci> raci,
            String frequency,
            List<String> notifications,
            String timeZone,
            String locale,
            String memberSubject) implements StakeholderEntry {
    }

    @EventType("io.implementa.project.StakeholderChanged")
    public record StakeholderChanged(
            @NotNull UUID stakeholderId,
            @NotNull UUID projectId,
            @NotBlank String name,
            @NotBlank String email,
            List<@Valid Raci> raci,
            String frequency,
            List<String> notifications,
            String timeZone,
            String locale,
            String memberSubject) implements StakeholderEntry {
    }

    @EventType("io.implementa.project.StakeholderRemoved")
    public record StakeholderRemoved(
            @NotNull UUID stakeholderId,
            @NotNull UUID projectId,
            @NotBlank String name,
            @NotBlank String email,
            List<@Valid Raci> raci,
            String frequency,
            List<String> notifications,
            String timeZone,
            String locale,
            String memberSubject) implements StakeholderEntry {
    }
}
