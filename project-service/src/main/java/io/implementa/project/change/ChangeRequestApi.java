package io.implementa.project.change;

import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The change request payloads of the REST API. */
public final class ChangeRequestApi {

    private ChangeRequestApi() {
    }

    @Schema(name = "ProposedScopeItem")
    public record ScopeItemProposal(
            @NotBlank @Size(max = 200) @Schema(example = "Payroll interface") String title,
            @Size(max = 4000) String description,
            @DecimalMin("0") @Digits(integer = 7, fraction = 2) @Schema(example = "15") BigDecimal estimatedEffortDays) {
    }

    @Schema(name = "SubmitChangeRequest")
    public record SubmitChangeRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Add the payroll interface") String title,
            @Size(max = 4000) String description,
            @NotNull ChangeRequestType type,
            @Schema(description = "Who asks for the change; the caller when absent") @Valid PersonRef requestedBy,
            @Size(max = 4000) @Schema(example = "Payroll must go live with finance") String justification,
            @Size(max = 50) @Schema(description = "Scope items the change brings in when implemented")
            List<@NotNull @Valid ScopeItemProposal> scopeItems) {
    }

    @Schema(name = "AssessChangeRequest")
    public record AssessChangeRequest(
            @NotNull @Min(-3650) @Max(3650) @Schema(description = "Working days the project finish moves", example = "10")
            Integer scheduleImpactDays,
            @NotNull @Digits(integer = 13, fraction = 2) @Schema(description = "Change of the budget; negative saves",
                    example = "18000") BigDecimal costImpact,
            @Pattern(regexp = "[A-Z]{3}") @Schema(description = "Must be the budget's currency", example = "EUR")
            String currency,
            @Size(max = 4000) String riskNotes,
            @Size(max = 100) List<@NotNull UUID> affectedTaskIds,
            @Size(max = 100) List<@NotNull UUID> affectedDeliverableIds,
            @Size(max = 50) @Schema(description = "Replaces the scope items proposed; absent keeps them")
            List<@NotNull @Valid ScopeItemProposal> scopeItems) {
    }

    @Schema(name = "ChangeRequestComment")
    public record CommentRequest(@Size(max = 2000) String comment) {
    }

    @Schema(name = "ImplementChangeRequest")
    public record ImplementChangeRequest(
            @Size(max = 2000) String comment,
            @Schema(description = "Also save the plan as it stands after the change as a new baseline and make it "
                    + "the current one (default false)") Boolean saveBaseline,
            @Size(max = 200) @Schema(description = "The new baseline's name; default \"Change request #<number>\"")
            String baselineName) {
    }

    /** The decision maker's verdict. */
    public enum Verdict {
        APPROVED, REJECTED
    }

    @Schema(name = "DecideChangeRequest")
    public record DecideChangeRequest(
            @NotNull Verdict decision,
            @Size(max = 2000) @Schema(description = "Required to reject") String comment) {
    }

    @Schema(name = "ChangeRequest")
    public record ChangeRequestView(
            UUID id,
            UUID projectId,
            @Schema(description = "Per project, from 1", example = "3") int number,
            String title,
            String description,
            ChangeRequestType type,
            String justification,
            PersonRef requestedBy,
            ChangeRequestStatus status,
            int scheduleImpactDays,
            BigDecimal costImpact,
            String currency,
            String riskNotes,
            List<UUID> affectedTaskIds,
            List<UUID> affectedDeliverableIds,
            List<ScopeItemProposal> scopeItems,
            PersonRef decidedBy,
            Instant decidedAt,
            String decisionComment,
            Instant implementedAt,
            @Schema(description = "The baseline saved on implementation, if one was asked for") UUID baselineId,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static ChangeRequestView of(ChangeRequest c) {
            return new ChangeRequestView(c.id, c.projectId, c.number, c.title, c.description, c.type,
                    c.justification, c.requestedBy, c.status, c.scheduleImpactDays,
                    c.costImpact.setScale(2, java.math.RoundingMode.HALF_UP), c.currency, c.riskNotes,
                    ids(c, AffectedItem.Kind.TASK), ids(c, AffectedItem.Kind.DELIVERABLE),
                    c.scopeItems.stream().map(i -> new ScopeItemProposal(i.title, i.description,
                            i.estimatedEffortDays)).toList(),
                    c.decidedBy, c.decidedAt, c.decisionComment, c.implementedAt, c.baselineId, c.createdAt,
                    c.updatedAt, c.version);
        }

        private static List<UUID> ids(ChangeRequest c, AffectedItem.Kind kind) {
            return c.affected.stream().filter(a -> a.kind == kind).map(a -> a.targetId).toList();
        }
    }

    @Schema(name = "ChangeRequestPage")
    public record ChangeRequestPage(List<ChangeRequestView> items, int page, int size, long totalItems,
            int totalPages) {
    }

    @Schema(name = "ChangeRequestTransition")
    public record TransitionView(ChangeRequestStatus from, ChangeRequestStatus to, PersonRef by, Instant at,
            String comment) {

        static TransitionView of(ChangeRequestTransition t) {
            return new TransitionView(t.from, t.to, t.by, t.at, t.comment);
        }
    }

    @Schema(name = "ChangeRequestHistory")
    public record HistoryView(List<TransitionView> items) {
    }
}
