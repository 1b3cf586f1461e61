package io.implementa.project.scope;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What a project's scope tells the suite. Keyed by project id; subject = the scope item, or the project. */
public final class ScopeEvents {

    private ScopeEvents() {
    }

    @EventType("io.implementa.project.ScopeItemAdded")
    public record ScopeItemAdded(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID scopeItemId,
            @NotNull String title,
            String description,
            boolean inScope,
            BigDecimal estimatedEffortDays,
            UUID changeRequestId,
            boolean creep,
            @NotNull PersonRef createdBy,
            @NotNull Instant createdAt) {

        static ScopeItemAdded of(ScopeItem i, String projectKey) {
            return new ScopeItemAdded(i.projectId, projectKey, i.id, i.title, i.description, i.inScope,
                    ScopeItem.tidy(i.estimatedEffortDays), i.changeRequestId, i.creep, i.createdBy, i.createdAt);
        }
    }

    /** The sponsor approved the scope; the items existing now are its baseline. */
    @EventType("io.implementa.project.ScopeApproved")
    public record ScopeApproved(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull PersonRef approvedBy,
            @NotNull Instant approvedAt,
            int itemsApproved,
            int inScopeItems,
            int outOfScopeItems,
            @NotNull BigDecimal inScopeEffortDays,
            String note) {

        static ScopeApproved of(ScopeApproval a, String projectKey) {
            return new ScopeApproved(a.projectId, projectKey, a.approvedBy, a.approvedAt, a.itemsApproved,
                    a.inScopeItems, a.outOfScopeItems, ScopeItem.tidy(a.inScopeEffortDays), a.note);
        }
    }

    /**
     * An in-scope item came in after approval without a change request; carries the project's creep totals
     * including this item.
     */
    @EventType("io.implementa.project.ScopeCreepDetected")
    public record ScopeCreepDetected(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID scopeItemId,
            @NotNull String title,
            BigDecimal estimatedEffortDays,
            long creepItems,
            @NotNull BigDecimal creepEffortDays) {
    }
}
