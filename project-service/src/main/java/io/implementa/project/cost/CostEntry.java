package io.implementa.project.cost;

import io.implementa.platform.people.PersonRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An actual cost booked against the project: an invoice, a licence, hours bought from a vendor. */
@Entity
@Table(name = "cost_entry")
public class CostEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "task_id")
    public UUID taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CostCategory category;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "incurred_on", nullable = false)
    public LocalDate incurredOn;

    public String description;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "created_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "created_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "created_by_name"))
    public PersonRef createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
