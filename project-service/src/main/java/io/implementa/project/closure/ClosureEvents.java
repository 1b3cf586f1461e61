package io.implementa.project.closure;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What closure tells the suite: the post-implementation review and lessons learned. Keyed by project id. */
public final class ClosureEvents {

    private ClosureEvents() {
    }

    /** One objective as the review judged it. */
    public record ObjectiveOutcomeData(UUID objectiveId, @NotNull String summary, @NotNull Achievement achieved,
            String note) {
    }

    /** The review's whole content, each time it is recorded; subject = the review id. */
    @EventType("io.implementa.project.ReviewRecorded")
    public record ReviewRecorded(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID reviewId,
            @NotNull List<ObjectiveOutcomeData> objectives,
            @NotNull String whatWentWell,
            @NotNull String whatDidNot,
            @NotNull String recommendations,
            @NotNull PersonRef recordedBy,
            @NotNull Instant recordedAt,
            @Schema(description = "false the first time the review is recorded, true when it was rewritten")
            boolean revised) {

        static ReviewRecorded of(Review r, String projectKey, boolean revised) {
            return new ReviewRecorded(r.projectId, projectKey, r.id, r.objectives.stream()
                    .map(o -> new ObjectiveOutcomeData(o.objectiveId, o.summary, o.achieved, o.note)).toList(),
                    r.whatWentWell, r.whatDidNot, r.recommendations, r.recordedBy, r.recordedAt, revised);
        }
    }

    /**
     * A lesson was recorded, shareable or not: {@code shareable} tells consumers whether it may travel
     * beyond the project's own people. Subject = the lesson id.
     */
    @EventType("io.implementa.project.LessonRecorded")
    public record LessonRecorded(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID lessonId,
            @NotNull LessonCategory category,
            @NotNull String description,
            String recommendation,
            boolean shareable,
            @NotNull PersonRef author,
            @NotNull Instant recordedAt) {

        static LessonRecorded of(Lesson l, String projectKey) {
            return new LessonRecorded(l.projectId, projectKey, l.id, l.category, l.description, l.recommendation,
                    l.shareable, l.author, l.createdAt);
        }
    }

    /** A lesson after a change: its whole state, including whether it is (still) shareable. */
    @EventType("io.implementa.project.LessonChanged")
    public record LessonChanged(
            @NotNull UUID projectId,
            @NotNull String projectKey,
            @NotNull UUID lessonId,
            @NotNull LessonCategory category,
            @NotNull String description,
            String recommendation,
            boolean shareable,
            @NotNull PersonRef author,
            @NotNull PersonRef changedBy,
            @NotNull Instant changedAt) {

        static LessonChanged of(Lesson l, String projectKey, PersonRef changedBy) {
            return new LessonChanged(l.projectId, projectKey, l.id, l.category, l.description, l.recommendation,
                    l.shareable, l.author, changedBy, l.updatedAt);
        }
    }
}
