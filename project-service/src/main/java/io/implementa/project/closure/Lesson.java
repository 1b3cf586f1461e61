package io.implementa.project.closure;

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

/**
 * A lesson learned in a project. A shareable one is found by everyone's cross-project search; the others
 * only by those who may see the project.
 */
@Entity
@Table(name = "lesson")
public class Lesson extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LessonCategory category;

    @Column(nullable = false)
    public String description;

    public String recommendation;

    @Column(nullable = false)
    public boolean shareable;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "author_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "author_email"))
    @AttributeOverride(name = "name", column = @Column(name = "author_name"))
    public PersonRef author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected Lesson() {
    }

    static Lesson record(UUID projectId, LessonCategory category, String description, String recommendation,
            boolean shareable, PersonRef author, Instant now) {
        Lesson lesson = new Lesson();
        lesson.id = UUID.randomUUID();
        lesson.projectId = projectId;
        lesson.category = category;
        lesson.description = description;
        lesson.recommendation = recommendation;
        lesson.shareable = shareable;
        lesson.author = author;
        lesson.createdAt = now;
        lesson.updatedAt = now;
        return lesson;
    }

    public static Optional<Lesson> find(UUID projectId, UUID lessonId) {
        return find("id = ?1 and projectId = ?2", lessonId, projectId).firstResultOptional();
    }

    boolean isAuthoredBy(String subject) {
        return author.subject().equals(subject);
    }
}
