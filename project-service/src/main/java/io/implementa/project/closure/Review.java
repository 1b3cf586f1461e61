package io.implementa.project.closure;

import io.implementa.platform.people.PersonRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A project's post-implementation review: its objectives achieved against their targets, what went well,
 * what did not, and what to do differently. One per project, rewritten as a whole until the project closes.
 */
@Entity
@Table(name = "post_implementation_review")
public class Review extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, unique = true)
    public UUID projectId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_objective", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    public List<ObjectiveOutcome> objectives = new ArrayList<>();

    @Column(name = "what_went_well")
    public String whatWentWell;

    @Column(name = "what_did_not")
    public String whatDidNot;

    public String recommendations;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "recorded_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "recorded_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "recorded_by_name"))
    public PersonRef recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    protected Review() {
    }

    static Review start(UUID projectId, Instant now) {
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.projectId = projectId;
        review.createdAt = now;
        return review;
    }

    public static Optional<Review> ofProject(UUID projectId) {
        return find("projectId", projectId).firstResultOptional();
    }

    /** Replaces the review's content; whoever records it last is named. */
    void record(List<ObjectiveOutcome> objectives, String whatWentWell, String whatDidNot, String recommendations,
            PersonRef by, Instant now) {
        this.objectives.clear();
        this.objectives.addAll(objectives);
        this.whatWentWell = whatWentWell;
        this.whatDidNot = whatDidNot;
        this.recommendations = recommendations;
        this.recordedBy = by;
        this.recordedAt = now;
    }
}
