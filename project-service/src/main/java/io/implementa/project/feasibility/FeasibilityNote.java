package io.implementa.project.feasibility;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One finding of the feasibility study made during Initiation: a topic, what was found, and its conclusion. */
@Entity
@Table(name = "feasibility_note")
public class FeasibilityNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FeasibilityTopic topic;

    @Column(name = "note_text", nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FeasibilityConclusion conclusion;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "author_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "author_email"))
    @AttributeOverride(name = "name", column = @Column(name = "author_name"))
    public PersonRef author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    protected FeasibilityNote() {
    }

    static FeasibilityNote of(UUID projectId, FeasibilityTopic topic, String text, FeasibilityConclusion conclusion,
            PersonRef author, Instant now) {
        FeasibilityNote note = new FeasibilityNote();
        note.id = UUID.randomUUID();
        note.projectId = projectId;
        note.topic = topic;
        note.text = text;
        note.conclusion = conclusion;
        note.author = author;
        note.createdAt = now;
        return note;
    }

    public static Optional<FeasibilityNote> find(UUID projectId, UUID noteId) {
        return find("id = ?1 and projectId = ?2", noteId, projectId).firstResultOptional();
    }
}
