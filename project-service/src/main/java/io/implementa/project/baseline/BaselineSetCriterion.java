package io.implementa.project.baseline;

import io.implementa.project.gate.Gate;
import io.implementa.project.gate.GateCriterion;
import io.implementa.project.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Execution is measured against an agreed plan: a current baseline must be saved before it starts. */
@ApplicationScoped
public class BaselineSetCriterion implements GateCriterion {

    private final BaselineService baselines;

    public BaselineSetCriterion(BaselineService baselines) {
        this.baselines = baselines;
    }

    @Override
    public String id() {
        return "baseline-set";
    }

    @Override
    public String description() {
        return "A current baseline of the plan is saved";
    }

    @Override
    public Set<Gate> gates() {
        return Set.of(Gate.START_EXECUTION);
    }

    @Override
    public Evaluation evaluate(Project project) {
        return baselines.hasCurrent(project.id) ? Evaluation.holds()
                : Evaluation.unmet("no baseline of " + project.key + " is saved as current");
    }
}
