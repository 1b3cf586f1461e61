package io.implementa.project.closure;

import io.implementa.project.gate.Gate;
import io.implementa.project.gate.GateCriterion;
import io.implementa.project.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** A project closes only once its post-implementation review is recorded. */
@ApplicationScoped
public class ReviewRecordedCriterion implements GateCriterion {

    @Override
    public String id() {
        return "review-recorded";
    }

    @Override
    public String description() {
        return "The post-implementation review is recorded";
    }

    @Override
    public Set<Gate> gates() {
        return Set.of(Gate.CLOSE_PROJECT);
    }

    @Override
    public Evaluation evaluate(Project project) {
        return ReviewService.isRecorded(project.id) ? Evaluation.holds()
                : Evaluation.unmet("no post-implementation review is recorded for " + project.key);
    }
}
