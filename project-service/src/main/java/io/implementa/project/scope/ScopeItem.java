package io.implementa.project.scope;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.people.PersonRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One statement of what the project does (in scope) or explicitly does not do (out of scope). Items that existed
 * when the sponsor approved the scope form its baseline; an in-scope item added later without a change request is
 * scope creep.
 */
@Entity
@Table(name = "scope_item")
public class ScopeItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "in_scope", nullable = false)
    public boolean inScope;

    @Column(name = "estimated_effort_days")
    public BigDecimal estimatedEffortDays;

    /** The approved change request that brought the item in, if any. */
    @Column(name = "change_request_id")
    public UUID changeRequestId;

    /** Part of the scope the sponsor approved. */
    @Column(name = "in_baseline", nullable = false)
    public boolean inBaseline;

    @Column(name = "added_after_approval", nullable = false)
    public boolean addedAfterApproval;

    /** In scope, added after approval, and by no change request: kept as a column so the figure is one query. */
    @Column(nullable = false)
    public boolean creep;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "created_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "created_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "created_by_name"))
    public PersonRef createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected ScopeItem() {
    }

    static ScopeItem add(UUID projectId, String title, boolean inScope, UUID changeRequestId, boolean scopeApproved,
            PersonRef createdBy, Instant now) {
        ScopeItem item = new ScopeItem();
        item.id = UUID.randomUUID();
        item.projectId = projectId;
        item.title = title;
        item.inScope = inScope;
        item.changeRequestId = changeRequestId;
        item.addedAfterApproval = scopeApproved;
        item.createdBy = createdBy;
        item.createdAt = now;
        item.updatedAt = now;
        item.recomputeCreep();
        return item;
    }

    public static Optional<ScopeItem> find(UUID projectId, UUID itemId) {
        return find("id = ?1 and projectId = ?2", itemId, projectId).firstResultOptional();
    }

    /** Updates the creep flag after a change; true when the item has just become creep. */
    boolean recomputeCreep() {
        boolean was = creep;
        creep = addedAfterApproval && changeRequestId == null && inScope;
        return creep && !was;
    }

    /** The approved baseline changes only through change requests; later additions stay editable. */
    void requireOutsideBaseline() {
        if (inBaseline) {
            throw new ProblemException.Conflict("scope-baseline-locked", "Scope baseline locked",
                    "scope item '" + title + "' is part of the approved scope baseline; change it through a change "
                            + "request");
        }
    }

    /** 12.50 as read from the database is 12.5 to a client. */
    static BigDecimal tidy(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }
}
