package io.implementa.project.gate;

import io.quarkus.test.junit.QuarkusMock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Narrows the gates, for the current test only, to the criteria the gate package declares itself
 * ({@code sponsor-named}, {@code checklist-complete}), so a test can pass a gate without a waiver whatever
 * other packages' criteria (objectives, scope, deliverables …) would ask of a bare project.
 */
public final class OwnCriteria {

    public static final Set<String> IDS = Set.of("sponsor-named", "checklist-complete");

    private OwnCriteria() {
    }

    /** Call from a test method or {@code @BeforeEach}; Quarkus removes the stand-in after the test. */
    public static void only(GateEvaluator evaluator) {
        Map<String, GateCriterion> own = Arrays.stream(Gate.values())
                .flatMap(gate -> evaluator.criteriaOf(gate).stream())
                .filter(criterion -> IDS.contains(criterion.id()))
                .collect(Collectors.toMap(GateCriterion::id, Function.identity(), (a, b) -> a));
        QuarkusMock.installMockForType(new GateEvaluator(List.copyOf(own.values())), GateEvaluator.class);
    }
}
