package io.implementa.project.cost;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Defaults of budget monitoring; each project may set its own thresholds with its budget. */
@ConfigMapping(prefix = "implementa.project.budget")
public interface CostConfig {

    /** Percentages of the budget consumed that are announced as BudgetThresholdCrossed. */
    @WithDefault("80,100")
    List<Integer> defaultThresholds();
}
