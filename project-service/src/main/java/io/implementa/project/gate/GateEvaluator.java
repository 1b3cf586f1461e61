package io.implementa.project.gate;

import io.implementa.project.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a gate against every {@link GateCriterion} bean that guards it. Criteria are found by CDI, so a
 * package adds one by declaring a bean; they are evaluated in the order of their ids, so answers are stable.
 */
@ApplicationScoped
public class GateEvaluator {

    private final List<GateCriterion> criteria;

    @Inject
    public GateEvaluator(@Any Instance<GateCriterion> criteria) {
        this(criteria.stream().toList());
    }

    /** An evaluator of exactly these criteria (tests isolate a gate's rules from other packages' criteria). */
    public GateEvaluator(List<GateCriterion> criteria) {
        this.criteria = criteria.stream().sorted(Comparator.comparing(GateCriterion::id)).toList();
        Map<String, Long> ids = this.criteria.stream()
                .collect(Collectors.groupingBy(GateCriterion::id, Collectors.counting()));
        ids.forEach((id, count) -> {
            if (count > 1) {
                throw new IllegalStateException("gate criterion id '" + id + "' is declared by " + count + " beans");
            }
        });
    }

    /** The criteria that guard the gate, whether or not they hold. */
    public List<GateCriterion> criteriaOf(Gate gate) {
        return criteria.stream().filter(criterion -> criterion.gates().contains(gate)).toList();
    }

    /** Evaluates every criterion of the gate for the project, now. */
    public GateCheck evaluate(Project project, Gate gate) {
        return new GateCheck(gate, criteriaOf(gate).stream().map(evaluating(project, gate)).toList());
    }

    private static Function<GateCriterion, CriterionResult> evaluating(Project project, Gate gate) {
        return criterion -> {
            GateCriterion.Evaluation evaluation = criterion.evaluate(project, gate);
            return new CriterionResult(criterion.id(), criterion.description(), evaluation.met(),
                    evaluation.detail());
        };
    }

    /** One criterion's outcome. */
    public record CriterionResult(String id, String description, boolean met, String detail) {
    }

    /** The outcome of checking one gate: every applicable criterion, in id order. */
    public record GateCheck(Gate gate, List<CriterionResult> results) {

        public List<CriterionResult> unmet() {
            return results.stream().filter(result -> !result.met()).toList();
        }

        public boolean passes() {
            return results.stream().allMatch(CriterionResult::met);
        }
    }
}
