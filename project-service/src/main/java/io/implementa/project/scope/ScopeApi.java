package io.implementa.project.scope;

import io.implementa.platform.people.PersonRef;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The scope payloads of the REST API. */
public final class ScopeApi {

    private ScopeApi() {
    }

    @Schema(name = "CreateScopeItemRequest")
    public record CreateScopeItemRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Migrate open purchase orders") String title,
            @Size(max = 4000) @Schema(example = "Open POs of all plants, with their receipts") String description,
            @Schema(description = "In scope (true, the default) or explicitly out of scope (false)", example = "true")
            Boolean inScope,
            @DecimalMin("0") @Digits(integer = 7, fraction = 2)
            @Schema(description = "Estimated effort in person-days", example = "12.5") BigDecimal estimatedEffortDays) {
    }

    /** A merge patch: absent fields stay, null clears an optional field. */
    @Schema(name = "UpdateScopeItemRequest")
    public record UpdateScopeItemRequest(
            Optional<@NotBlank @Size(max = 200) String> title,
            Optional<@Size(max = 4000) String> description,
            Optional<Boolean> inScope,
            Optional<@DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal> estimatedEffortDays) {
    }

    @Schema(name = "ApproveScopeRequest")
    public record ApproveScopeRequest(
            @Size(max = 2000) @Schema(example = "Approved at the steering committee of 2027-02-01") String note) {
    }

    @Schema(name = "ScopeItem")
    public record ScopeItemView(
            UUID id,
            UUID projectId,
            String title,
            String description,
            boolean inScope,
            @Schema(description = "Estimated effort in person-days") BigDecimal estimatedEffortDays,
            @Schema(description = "The change request that added the item, if any") UUID changeRequestId,
            @Schema(description = "Part of the scope the sponsor approved; such items change only by change request")
            boolean inBaseline,
            @Schema(description = "Scope creep: in scope, added after the scope was approved, without a change request")
            boolean creep,
            PersonRef createdBy,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static ScopeItemView of(ScopeItem i) {
            return new ScopeItemView(i.id, i.projectId, i.title, i.description, i.inScope,
                    ScopeItem.tidy(i.estimatedEffortDays),
                    i.changeRequestId, i.inBaseline, i.creep, i.createdBy, i.createdAt, i.updatedAt, i.version);
        }
    }

    @Schema(name = "ScopeItemPage")
    public record ScopeItemPage(List<ScopeItemView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "ScopeApproval")
    public record ApprovalView(
            PersonRef approvedBy,
            Instant approvedAt,
            @Schema(description = "Items in the approved baseline (in and out of scope)", example = "14")
            int itemsApproved,
            String note) {

        static ApprovalView of(ScopeApproval a) {
            return new ApprovalView(a.approvedBy, a.approvedAt, a.itemsApproved, a.note);
        }
    }

    @Schema(name = "Scope", description = "A project's scope at a glance, with the scope-creep figure")
    public record ScopeView(
            UUID projectId,
            boolean approved,
            @Schema(description = "Who approved the scope and when; null until approved") ApprovalView approval,
            @Schema(example = "12") long inScopeItems,
            @Schema(example = "3") long outOfScopeItems,
            @Schema(description = "Estimated effort of all in-scope items, person-days", example = "240.5")
            BigDecimal inScopeEffortDays,
            @Schema(description = "In-scope items added by approved change requests", example = "1")
            long changeRequestItems,
            @Schema(description = "Scope creep: in-scope items added after approval without a change request",
                    example = "2") long creepItems,
            @Schema(description = "Estimated effort of the creep items, person-days", example = "18")
            BigDecimal creepEffortDays) {
    }
}
