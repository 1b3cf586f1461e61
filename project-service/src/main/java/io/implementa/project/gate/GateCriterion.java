package io.implementa.project.gate;

import io.implementa.project.project.Project;
import java.util.Set;

/**
 * One condition a gate checks, evaluated from the project's data. Criteria are CDI beans, each living
 * with the aggregate it reads (objectives, scope, deliverables, baseline, budget …), so adding one
 * needs no change to the gate mechanism.
 */
public interface GateCriterion {

    /** Stable identifier, shown to clients and recorded with waivers, e.g. {@code objectives-defined}. */
    String id();

    /** What must hold, in words a project manager reads, e.g. "At least one objective is defined". */
    String description();

    /** The gates this criterion guards. */
    Set<Gate> gates();

    /** Whether it holds now; runs inside the transaction of the transition or of the preview. */
    Evaluation evaluate(Project project);

    /**
     * Whether it holds now for the given gate, which is what the {@link GateEvaluator} asks. Only criteria
     * that guard several gates and answer differently per gate (the gate's own checklist) override it.
     */
    default Evaluation evaluate(Project project, Gate gate) {
        return evaluate(project);
    }

    /** The outcome of one evaluation; {@code detail} says what is missing when it does not hold. */
    record Evaluation(boolean met, String detail) {

        public static Evaluation holds() {
            return new Evaluation(true, null);
        }

        public static Evaluation unmet(String detail) {
            return new Evaluation(false, detail);
        }
    }
}
