package io.implementa.risk.view;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The risk summary last announced for a project, to announce a change only when there is one. */
@Entity
@Table(name = "risk_summary_published")
public class PublishedSummary extends PanacheEntityBase {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    /** The summary as canonical JSON: the comparison is of the whole content. */
    @Column(nullable = false)
    public String summary;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
