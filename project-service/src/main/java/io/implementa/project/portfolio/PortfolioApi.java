package io.implementa.project.portfolio;

import io.implementa.platform.people.PersonRef;
import io.implementa.project.gate.Gate;
import io.implementa.project.health.Health;
import io.implementa.project.project.Phase;
import io.implementa.project.project.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The portfolio payloads of the REST API. */
public final class PortfolioApi {

    private PortfolioApi() {
    }

    @Schema(name = "NextGate", description = "The gate a project faces next and whether it would pass now")
    public record NextGate(
            @Schema(example = "START_EXECUTION") Gate gate,
            @Schema(description = "Whether every criterion of the gate holds now (an on-hold project must still be "
                    + "resumed first)")
            boolean wouldPass,
            @Schema(description = "How many criteria do not hold now", example = "2") int unmetCriteria) {
    }

    @Schema(name = "PortfolioEntry", description = "One project as the portfolio summarises it")
    public record PortfolioEntry(
            UUID id,
            @Schema(example = "ERP-2027") String key,
            @Schema(example = "ERP roll-out 2027") String name,
            ProjectStatus status,
            Phase phase,
            @Schema(description = "The phases under way; Monitoring & Control runs alongside Execution",
                    example = "[\"EXECUTION\", \"MONITORING_AND_CONTROL\"]")
            List<Phase> activePhases,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            PersonRef manager,
            PersonRef sponsor,
            @Schema(description = "Null once the project is closed or cancelled") NextGate nextGate,
            @Schema(description = "Deliverables neither accepted nor waived yet", example = "4") long openDeliverables,
            @Schema(description = "The project's current health: its last published status report's, moved since by "
                    + "incoming events that changed the proposed health; null before either")
            Health health,
            @Schema(description = "Actual cost as a percentage of the budget amount; null without a budget",
                    example = "42.5") BigDecimal budgetUsedPercent) {
    }

    @Schema(name = "PortfolioPage")
    public record PortfolioPage(List<PortfolioEntry> items, int page, int size, long totalItems, int totalPages) {
    }
}
