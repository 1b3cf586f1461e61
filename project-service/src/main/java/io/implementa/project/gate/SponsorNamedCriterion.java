package io.implementa.project.gate;

import io.implementa.project.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * A project leaves Initiation only with a sponsor who owns its business case. Every project is created
 * with one today, but the gate keeps asking so that it stays true whatever the project model allows later.
 */
@ApplicationScoped
public class SponsorNamedCriterion implements GateCriterion {

    @Override
    public String id() {
        return "sponsor-named";
    }

    @Override
    public String description() {
        return "The project has a sponsor";
    }

    @Override
    public Set<Gate> gates() {
        return Set.of(Gate.START_PLANNING);
    }

    @Override
    public Evaluation evaluate(Project project) {
        if (project.sponsor == null || project.sponsor.subject() == null || project.sponsor.subject().isBlank()) {
            return Evaluation.unmet("no sponsor is named for " + project.key);
        }
        return Evaluation.holds();
    }
}
