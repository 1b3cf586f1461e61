package io.implementa.project.deliverable;

import io.implementa.project.portfolio.PortfolioFacts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Tells the portfolio how many of a project's deliverables are still open. */
@ApplicationScoped
public class DeliverablePortfolioFacts implements PortfolioFacts {

    private final DeliverableService deliverables;

    public DeliverablePortfolioFacts(DeliverableService deliverables) {
        this.deliverables = deliverables;
    }

    @Override
    public long openDeliverables(UUID projectId) {
        return deliverables.openDeliverables(projectId);
    }
}
