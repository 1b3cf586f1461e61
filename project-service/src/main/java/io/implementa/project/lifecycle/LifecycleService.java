package io.implementa.project.lifecycle;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.people.PersonRef;
import io.implementa.platform.security.Caller;
import io.implementa.project.gate.Gate;
import io.implementa.project.gate.GateEvaluator;
import io.implementa.project.gate.GateEvaluator.CriterionResult;
import io.implementa.project.gate.GateEvaluator.GateCheck;
import io.implementa.project.lifecycle.LifecycleApi.CriterionView;
import io.implementa.project.lifecycle.LifecycleApi.GatePreview;
import io.implementa.project.lifecycle.LifecycleApi.PhaseTransitionRequest;
import io.implementa.project.lifecycle.LifecycleApi.PhaseTransitionView;
import io.implementa.project.lifecycle.LifecycleApi.StatusChangeRequest;
import io.implementa.project.lifecycle.LifecycleApi.StatusChangeView;
import io.implementa.project.lifecycle.LifecycleApi.UnmetCriterion;
import io.implementa.project.project.Phase;
import io.implementa.project.project.Project;
import io.implementa.project.project.ProjectStatus;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A project's way through its phases and statuses: passing gates (checked against their criteria, or
 * waived with a reason), putting on hold, resuming and cancelling. Each change locks the project row, so
 * two of them never interleave, and commits with its history record and its events.
 */
@ApplicationScoped
public class LifecycleService {

    /** Which explicit status changes are allowed from which status; closing goes through CLOSE_PROJECT. */
    private static final Map<ProjectStatus, Set<ProjectStatus>> STATUS_CHANGES = Map.of(
            ProjectStatus.PROPOSED, EnumSet.of(ProjectStatus.CANCELLED),
            ProjectStatus.ACTIVE, EnumSet.of(ProjectStatus.ON_HOLD, ProjectStatus.CANCELLED),
            ProjectStatus.ON_HOLD, EnumSet.of(ProjectStatus.ACTIVE, ProjectStatus.CANCELLED));

    private static final Map<String, String> TRANSITIONS_SORTABLE = Map.of("at", "passedAt", "gate", "gate");
    private static final Map<String, String> STATUS_CHANGES_SORTABLE = Map.of("at", "changedAt",
            "toStatus", "toStatus");

    private final GateEvaluator gates;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public LifecycleService(GateEvaluator gates, Outbox outbox, Caller caller, Clock clock) {
        this.gates = gates;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    // ---- gates

    /** The gate's criteria as they stand now, and its passage if the project passed it. */
    public Optional<GatePreview> preview(UUID projectId, Gate gate) {
        return Project.<Project>findByIdOptional(projectId).map(project -> {
            GateCheck check = gates.evaluate(project, gate);
            Optional<PhaseTransition> passage = PhaseTransition.ofGate(projectId, gate);
            List<String> waived = passage.map(t -> t.waivedCriteria).orElse(List.of());
            List<CriterionView> criteria = check.results().stream()
                    .map(r -> new CriterionView(r.id(), r.description(), r.met(), r.detail(), waived.contains(r.id())))
                    .toList();
            return new GatePreview(gate, gate.from(), gate.to(), nextGate(project).filter(gate::equals).isPresent(),
                    passage.isPresent(), check.passes(), check.unmet().size(), criteria,
                    passage.map(PhaseTransitionView::of).orElse(null));
        });
    }

    /** The gate the project faces next; none once it is closed or cancelled. */
    public static Optional<Gate> nextGate(Project project) {
        if (project.status == ProjectStatus.CLOSED || project.status == ProjectStatus.CANCELLED) {
            return Optional.empty();
        }
        return Gate.leaving(project.phase);
    }

    /**
     * Passes the gate: it must be the one leaving the project's phase, the project must be proposed or active,
     * and every criterion must hold unless a waiver reason is given. START_PLANNING activates a proposed
     * project; CLOSE_PROJECT closes it (it stays in Closure).
     */
    @Transactional
    public Optional<PhaseTransitionView> advance(UUID projectId, PhaseTransitionRequest request) {
        return locked(projectId).map(project -> {
            Gate gate = request.gate();
            requireMayPass(project, gate);
            GateCheck check = gates.evaluate(project, gate);
            if (!check.passes() && request.waiverReason() == null) {
                throw notPassed(project, check);
            }
            PersonRef by = caller.person();
            Instant now = clock.instant();
            Phase from = project.phase;
            ProjectStatus statusBefore = project.status;
            if (gate == Gate.CLOSE_PROJECT) {
                project.status = ProjectStatus.CLOSED;
            } else {
                project.phase = gate.to();
                if (project.status == ProjectStatus.PROPOSED) {
                    project.status = ProjectStatus.ACTIVE;
                }
            }
            project.touch(now);
            List<String> unmet = check.unmet().stream().map(CriterionResult::id).toList();
            PhaseTransition transition = unmet.isEmpty()
                    ? PhaseTransition.passed(project.id, gate, from, project.phase, project.status, by, now)
                    : PhaseTransition.waived(project.id, gate, from, project.phase, project.status, by, now,
                            request.waiverReason().strip(), unmet);
            transition.persist();
            if (project.status != statusBefore) {
                StatusChange.of(project.id, statusBefore, project.status, null, gate, by, now).persist();
            }
            project.flush();
            announce(project, transition);
            return PhaseTransitionView.of(transition);
        });
    }

    private void announce(Project project, PhaseTransition t) {
        if (t.waived) {
            outbox.publish(project.id, project.id, new LifecycleEvents.GateWaived(project.id, project.key, t.id,
                    t.gate, t.waiverReason, List.copyOf(t.waivedCriteria), t.by, t.passedAt));
        }
        outbox.publish(project.id, project.id, new LifecycleEvents.ProjectPhaseAdvanced(project.id, project.key,
                t.id, t.gate, t.fromPhase, t.toPhase, project.status, project.activePhases(), t.by, t.waived,
                t.passedAt));
        if (project.status == ProjectStatus.CLOSED) {
            outbox.publish(project.id, project.id, new LifecycleEvents.ProjectClosed(project.id, project.key, t.id,
                    t.waived, t.by, t.passedAt));
        }
    }

    private static void requireMayPass(Project project, Gate gate) {
        project.requireEditable();
        if (project.status == ProjectStatus.ON_HOLD) {
            throw new ProblemException.Conflict("project-on-hold", "Project on hold",
                    project.key + " is on hold; resume it (status ACTIVE) before passing a gate");
        }
        Gate next = Gate.leaving(project.phase).orElseThrow();
        if (gate != next) {
            throw new ProblemException.Conflict("invalid-transition", "Invalid phase transition",
                    project.key + " is in " + project.phase + ": the next gate is " + next + ", not " + gate)
                    .with("currentPhase", project.phase)
                    .with("nextGate", next);
        }
    }

    private static ProblemException notPassed(Project project, GateCheck check) {
        List<UnmetCriterion> unmet = check.unmet().stream().map(UnmetCriterion::of).toList();
        String ids = unmet.stream().map(UnmetCriterion::id).collect(Collectors.joining(", "));
        return new ProblemException.Conflict("gate-not-passed", "Gate not passed",
                project.key + " cannot pass " + check.gate() + ": " + unmet.size()
                        + (unmet.size() == 1 ? " criterion is" : " criteria are") + " not met (" + ids
                        + "); meet them, or pass the gate with a waiverReason")
                .with("gate", check.gate())
                .with("unmetCriteria", unmet);
    }

    public Optional<PageView<PhaseTransitionView>> transitions(UUID projectId, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Sort sort = Sorting.parse(page.sort, TRANSITIONS_SORTABLE, Sort.by("passedAt").and("id"));
        return Optional.of(PageView.of(PhaseTransition.find("projectId", sort, projectId), page,
                PhaseTransitionView::of));
    }

    public Optional<PhaseTransitionView> transition(UUID projectId, UUID transitionId) {
        return PhaseTransition.find(projectId, transitionId).map(PhaseTransitionView::of);
    }

    // ---- status

    /** Puts the project on hold, resumes it or cancels it; anything else is an invalid status change. */
    @Transactional
    public Optional<StatusChangeView> changeStatus(UUID projectId, StatusChangeRequest request) {
        return locked(projectId).map(project -> {
            ProjectStatus target = request.status();
            String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
            if (reason == null && (target == ProjectStatus.ON_HOLD || target == ProjectStatus.CANCELLED)) {
                throw new ProblemException.Unprocessable("reason", "must not be blank when the status becomes "
                        + target);
            }
            ProjectStatus from = project.status;
            requireStatusChange(project, target);
            PersonRef by = caller.person();
            Instant now = clock.instant();
            project.status = target;
            project.touch(now);
            StatusChange change = StatusChange.of(project.id, from, target, reason, null, by, now);
            change.persist();
            project.flush();
            outbox.publish(project.id, project.id, switch (target) {
                case ON_HOLD -> new LifecycleEvents.ProjectPutOnHold(project.id, project.key, project.phase, reason,
                        by, now);
                case ACTIVE -> new LifecycleEvents.ProjectResumed(project.id, project.key, project.phase, reason,
                        by, now);
                case CANCELLED -> new LifecycleEvents.ProjectCancelled(project.id, project.key, project.phase, from,
                        reason, by, now);
                default -> throw new IllegalStateException("no event for status " + target);
            });
            return StatusChangeView.of(change);
        });
    }

    private static void requireStatusChange(Project project, ProjectStatus target) {
        if (target == ProjectStatus.CLOSED) {
            throw invalidStatusChange(project, target, "a project is closed by passing the CLOSE_PROJECT gate "
                    + "(POST .../phase-transitions)");
        }
        Set<ProjectStatus> allowed = STATUS_CHANGES.getOrDefault(project.status, Set.of());
        if (!allowed.contains(target)) {
            String why = allowed.isEmpty()
                    ? "a " + project.status.name().toLowerCase() + " project can no longer change its status"
                    : "from " + project.status + " it can become " + allowed.stream().map(Enum::name)
                            .collect(Collectors.joining(" or "));
            throw invalidStatusChange(project, target, why);
        }
    }

    private static ProblemException invalidStatusChange(Project project, ProjectStatus target, String why) {
        return new ProblemException.Conflict("invalid-status-change", "Invalid status change",
                project.key + " is " + project.status + " and cannot become " + target + ": " + why)
                .with("currentStatus", project.status)
                .with("allowedStatuses", List.copyOf(STATUS_CHANGES.getOrDefault(project.status, Set.of())));
    }

    public Optional<PageView<StatusChangeView>> statusChanges(UUID projectId, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Sort sort = Sorting.parse(page.sort, STATUS_CHANGES_SORTABLE, Sort.by("changedAt").and("id"));
        return Optional.of(PageView.of(StatusChange.find("projectId", sort, projectId), page,
                StatusChangeView::of));
    }

    public Optional<StatusChangeView> statusChange(UUID projectId, UUID changeId) {
        return StatusChange.find(projectId, changeId).map(StatusChangeView::of);
    }

    private static Optional<Project> locked(UUID projectId) {
        return Optional.ofNullable(Project.<Project>findById(projectId, LockModeType.PESSIMISTIC_WRITE));
    }
}
