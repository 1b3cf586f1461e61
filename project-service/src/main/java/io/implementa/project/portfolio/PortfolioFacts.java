package io.implementa.project.portfolio;

import java.util.UUID;

/**
 * What the portfolio shows about a project but other packages own. The deliverable package provides the
 * real answer by declaring an {@code @ApplicationScoped} bean that implements this interface, which
 * replaces {@link NoPortfolioFacts}.
 */
public interface PortfolioFacts {

    /** The project's deliverables that are neither accepted nor waived yet. */
    long openDeliverables(UUID projectId);
}
