package io.implementa.project.gate;

import io.implementa.project.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every gate asks that its own manual checklist is done; a gate without checklist items has nothing to ask. */
@ApplicationScoped
public class ChecklistCompleteCriterion implements GateCriterion {

    /** Open items quoted in the detail; any more are only counted. */
    private static final int QUOTED = 5;

    @Override
    public String id() {
        return "checklist-complete";
    }

    @Override
    public String description() {
        return "Every item of the gate's checklist is done";
    }

    @Override
    public Set<Gate> gates() {
        return EnumSet.allOf(Gate.class);
    }

    /** The checklist of the gate the project faces next; holds when there is none (a closed project). */
    @Override
    public Evaluation evaluate(Project project) {
        return Gate.leaving(project.phase).map(gate -> evaluate(project, gate)).orElse(Evaluation.holds());
    }

    @Override
    public Evaluation evaluate(Project project, Gate gate) {
        List<ChecklistItem> open = ChecklistItem.open(project.id, gate);
        if (open.isEmpty()) {
            return Evaluation.holds();
        }
        long total = ChecklistItem.count(project.id, gate);
        String quoted = open.stream().limit(QUOTED).map(item -> "'" + item.text + "'")
                .collect(Collectors.joining(", "));
        String more = open.size() > QUOTED ? " and " + (open.size() - QUOTED) + " more" : "";
        return Evaluation.unmet(open.size() + " of " + total + " checklist items open: " + quoted + more);
    }
}
