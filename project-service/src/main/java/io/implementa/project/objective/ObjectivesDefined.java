package io.implementa.project.objective;

import io.implementa.project.gate.Gate;
import io.implementa.project.gate.GateCriterion;
import io.implementa.project.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Planning starts only when the project knows what success looks like: at least one objective with a target. */
@ApplicationScoped
public class ObjectivesDefined implements GateCriterion {

    @Override
    public String id() {
        return "objectives-defined";
    }

    @Override
    public String description() {
        return "At least one objective with a target value is defined";
    }

    @Override
    public Set<Gate> gates() {
        return Set.of(Gate.START_PLANNING);
    }

    @Override
    public Evaluation evaluate(Project project) {
        return Objective.countWithTarget(project.id) > 0 ? Evaluation.holds()
                : Evaluation.unmet("no objective of " + project.key + " has a target value yet");
    }
}
