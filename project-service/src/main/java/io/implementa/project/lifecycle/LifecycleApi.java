package io.implementa.project.lifecycle;

import io.implementa.platform.people.PersonRef;
import io.implementa.project.gate.Gate;
import io.implementa.project.gate.GateEvaluator.CriterionResult;
import io.implementa.project.project.Phase;
import io.implementa.project.project.ProjectStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The lifecycle payloads of the REST API: gate previews, phase transitions and status changes. */
public final class LifecycleApi {

    private LifecycleApi() {
    }

    static final int MAX_REASON = 2000;
    /** Null is allowed (no waiver), blank is not: a waiver always says why. */
    static final String NOT_BLANK = "(?s).*\\S.*";

    @Schema(name = "PhaseTransitionRequest")
    public record PhaseTransitionRequest(
            @NotNull @Schema(description = "The gate to pass: the one that leaves the project's current phase",
                    example = "START_PLANNING")
            Gate gate,
            @Size(max = MAX_REASON) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
            @Schema(description = "Passes the gate although criteria are unmet, recording this reason, who waived "
                    + "and which criteria; leave it out (or null) to pass only when every criterion holds",
                    example = "Sponsor sign-off arrives next week; the steering committee agreed to start planning")
            String waiverReason) {
    }

    @Schema(name = "PhaseTransition")
    public record PhaseTransitionView(
            UUID id,
            UUID projectId,
            @Schema(example = "START_PLANNING") Gate gate,
            @Schema(example = "INITIATION") Phase fromPhase,
            @Schema(description = "The phase after the gate; CLOSURE again for CLOSE_PROJECT", example = "PLANNING")
            Phase toPhase,
            @Schema(description = "The project's status after the gate", example = "ACTIVE") ProjectStatus status,
            @Schema(description = "When the gate was passed") Instant at,
            @Schema(description = "Who passed it") PersonRef by,
            @Schema(description = "Whether unmet criteria were waived") boolean waived,
            @Schema(description = "Why they were waived; null unless waived") String waiverReason,
            @Schema(description = "Ids of the criteria waived; empty unless waived", example = "[\"checklist-complete\"]")
            List<String> waivedCriteria,
            long version) {

        static PhaseTransitionView of(PhaseTransition t) {
            return new PhaseTransitionView(t.id, t.projectId, t.gate, t.fromPhase, t.toPhase, t.status, t.passedAt,
                    t.by, t.waived, t.waiverReason, List.copyOf(t.waivedCriteria), t.version);
        }
    }

    @Schema(name = "PhaseTransitionPage")
    public record PhaseTransitionPage(List<PhaseTransitionView> items, int page, int size, long totalItems,
            int totalPages) {
    }

    /** A criterion that does not hold, as listed in the {@code unmetCriteria} member of a gate-not-passed problem. */
    @Schema(name = "UnmetCriterion")
    public record UnmetCriterion(
            @Schema(example = "checklist-complete") String id,
            @Schema(example = "Every item of the gate's checklist is done") String description,
            @Schema(example = "1 of 3 checklist items open: 'Charter signed'") String detail) {

        static UnmetCriterion of(CriterionResult result) {
            return new UnmetCriterion(result.id(), result.description(), result.detail());
        }
    }

    @Schema(name = "GateCriterionState")
    public record CriterionView(
            @Schema(example = "sponsor-named") String id,
            @Schema(example = "The project has a sponsor") String description,
            boolean met,
            @Schema(description = "What is missing; null when met") String detail,
            @Schema(description = "Whether the gate was passed with this criterion waived") boolean waived) {
    }

    @Schema(name = "GatePreview", description = "A phase gate of one project: its criteria as they stand now and, once "
            + "passed, the passage (with its waiver, if any)")
    public record GatePreview(
            @Schema(example = "START_PLANNING") Gate gate,
            @Schema(example = "INITIATION") Phase fromPhase,
            @Schema(description = "The phase it leads into; null for CLOSE_PROJECT, which closes the project",
                    example = "PLANNING")
            Phase toPhase,
            @Schema(description = "Whether this is the gate the project faces next") boolean next,
            @Schema(description = "Whether the project has passed it") boolean passed,
            @Schema(description = "Whether every criterion holds now") boolean wouldPass,
            @Schema(description = "How many criteria do not hold now", example = "0") int unmetCriteria,
            List<CriterionView> criteria,
            @Schema(description = "The passage of the gate, with its waiver state; null until passed")
            PhaseTransitionView passage) {
    }

    @Schema(name = "StatusChangeRequest")
    public record StatusChangeRequest(
            @NotNull @Schema(description = "ON_HOLD (from ACTIVE), ACTIVE (resume from ON_HOLD) or CANCELLED "
                    + "(from PROPOSED, ACTIVE or ON_HOLD); a project is closed by passing the CLOSE_PROJECT gate",
                    example = "ON_HOLD")
            ProjectStatus status,
            @Size(max = MAX_REASON)
            @Schema(description = "Why; required for ON_HOLD and CANCELLED",
                    example = "Vendor contract renegotiation; resume expected in March")
            String reason) {
    }

    @Schema(name = "StatusChange")
    public record StatusChangeView(
            UUID id,
            UUID projectId,
            @Schema(example = "ACTIVE") ProjectStatus fromStatus,
            @Schema(example = "ON_HOLD") ProjectStatus toStatus,
            String reason,
            @Schema(description = "The gate whose passage changed the status (START_PLANNING activates, "
                    + "CLOSE_PROJECT closes); null for explicit changes")
            Gate gate,
            Instant at,
            PersonRef by,
            long version) {

        static StatusChangeView of(StatusChange c) {
            return new StatusChangeView(c.id, c.projectId, c.fromStatus, c.toStatus, c.reason, c.gate, c.changedAt,
                    c.by, c.version);
        }
    }

    @Schema(name = "StatusChangePage")
    public record StatusChangePage(List<StatusChangeView> items, int page, int size, long totalItems,
            int totalPages) {
    }
}
