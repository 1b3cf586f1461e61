package io.implementa.project.scope;

import io.implementa.project.gate.Gate;
import io.implementa.project.gate.GateCriterion;
import io.implementa.project.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Planning starts from an agreed scope: the sponsor must have approved it. */
@ApplicationScoped
public class ScopeApprovedCriterion implements GateCriterion {

    private final ScopeService scope;

    public ScopeApprovedCriterion(ScopeService scope) {
        this.scope = scope;
    }

    @Override
    public String id() {
        return "scope-approved";
    }

    @Override
    public String description() {
        return "The sponsor has approved the scope";
    }

    @Override
    public Set<Gate> gates() {
        return Set.of(Gate.START_PLANNING);
    }

    @Override
    public Evaluation evaluate(Project project) {
        return scope.isApproved(project.id) ? Evaluation.holds()
                : Evaluation.unmet("the scope of " + project.key + " has not been approved by its sponsor");
    }
}
