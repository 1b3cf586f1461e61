package io.implementa.project.change;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A scope item a change request brings into the project when it is implemented. */
@Embeddable
public class ProposedScopeItem {

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "estimated_effort_days")
    public BigDecimal estimatedEffortDays;

    protected ProposedScopeItem() {
    }

    public ProposedScopeItem(String title, String description, BigDecimal estimatedEffortDays) {
        this.title = title;
        this.description = description;
        this.estimatedEffortDays = estimatedEffortDays;
    }
}
