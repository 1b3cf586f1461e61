package io.implementa.project.cost;

import io.implementa.project.gate.Gate;
import io.implementa.project.gate.GateCriterion;
import io.implementa.project.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Execution spends money: it starts only with an approved budget. */
@ApplicationScoped
public class BudgetApprovedCriterion implements GateCriterion {

    private final CostService costs;

    public BudgetApprovedCriterion(CostService costs) {
        this.costs = costs;
    }

    @Override
    public String id() {
        return "budget-approved";
    }

    @Override
    public String description() {
        return "The budget is approved";
    }

    @Override
    public Set<Gate> gates() {
        return Set.of(Gate.START_EXECUTION);
    }

    @Override
    public Evaluation evaluate(Project project) {
        return costs.isApproved(project.id) ? Evaluation.holds()
                : Evaluation.unmet("the budget of " + project.key + " has not been approved");
    }
}
