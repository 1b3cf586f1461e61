package io.implementa.project.scope;

import io.implementa.platform.people.PersonRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The sponsor's approval of a project's scope: who, when, and what the baseline held. At most one per project. */
@Entity
@Table(name = "scope_approval")
public class ScopeApproval extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, unique = true)
    public UUID projectId;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "approved_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "approved_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "approved_by_name"))
    public PersonRef approvedBy;

    @Column(name = "approved_at", nullable = false)
    public Instant approvedAt;

    @Column(name = "items_approved", nullable = false)
    public int itemsApproved;

    @Column(name = "in_scope_items", nullable = false)
    public int inScopeItems;

    @Column(name = "out_of_scope_items", nullable = false)
    public int outOfScopeItems;

    @Column(name = "in_scope_effort_days", nullable = false)
    public BigDecimal inScopeEffortDays;

    public String note;

    protected ScopeApproval() {
    }

    static ScopeApproval of(UUID projectId, PersonRef approvedBy, Instant now, int inScopeItems, int outOfScopeItems,
            BigDecimal inScopeEffortDays, String note) {
        ScopeApproval approval = new ScopeApproval();
        approval.id = UUID.randomUUID();
        approval.projectId = projectId;
        approval.approvedBy = approvedBy;
        approval.approvedAt = now;
        approval.inScopeItems = inScopeItems;
        approval.outOfScopeItems = outOfScopeItems;
        approval.itemsApproved = inScopeItems + outOfScopeItems;
        approval.inScopeEffortDays = inScopeEffortDays;
        approval.note = note;
        return approval;
    }

    public static Optional<ScopeApproval> forProject(UUID projectId) {
        return find("projectId", projectId).firstResultOptional();
    }
}
