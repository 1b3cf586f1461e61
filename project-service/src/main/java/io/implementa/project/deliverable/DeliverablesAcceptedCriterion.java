package io.implementa.project.deliverable;

import io.implementa.project.gate.Gate;
import io.implementa.project.gate.GateCriterion;
import io.implementa.project.project.Project;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Closure starts, and the project closes, only when every deliverable is accepted or waived. */
@ApplicationScoped
public class DeliverablesAcceptedCriterion implements GateCriterion {

    /** Enough names for the detail to be useful without becoming a report. */
    private static final int NAMED = 10;

    @Override
    public String id() {
        return "deliverables-accepted";
    }

    @Override
    public String description() {
        return "Every deliverable is accepted or waived";
    }

    @Override
    public Set<Gate> gates() {
        return Set.of(Gate.START_CLOSURE, Gate.CLOSE_PROJECT);
    }

    @Override
    public Evaluation evaluate(Project project) {
        List<Deliverable> open = Deliverable.<Deliverable>find("projectId = ?1 and status not in ?2",
                Sort.by("dueDate", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_LAST).and("name").and("id"),
                project.id, List.of(DeliverableStatus.ACCEPTED, DeliverableStatus.WAIVED)).list();
        if (open.isEmpty()) {
            return Evaluation.holds();
        }
        String named = open.stream().limit(NAMED).map(d -> "'" + d.name + "' (" + d.status + ")")
                .collect(Collectors.joining(", "));
        return Evaluation.unmet(open.size() + " deliverable(s) neither accepted nor waived: " + named
                + (open.size() > NAMED ? " and " + (open.size() - NAMED) + " more" : ""));
    }
}
