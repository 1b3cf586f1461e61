package io.implementa.project.closure;

import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The post-implementation review and lessons-learned payloads of the REST API. */
public final class ClosureApi {

    private ClosureApi() {
    }

    static final int MAX_TEXT = 10_000;
    static final int MAX_OBJECTIVES = 100;

    @Schema(name = "ObjectiveOutcome", description = "One objective, achieved against its target or not")
    public record ObjectiveOutcomeView(
            @Schema(description = "The project's objective this is about, if it was recorded as one") UUID objectiveId,
            @NotBlank @Size(max = 500) @Schema(example = "Order-to-cash cycle time below 2 days") String summary,
            @NotNull @Schema(example = "PARTLY") Achievement achieved,
            @Size(max = 2000) @Schema(example = "2.4 days at go-live + 90; target expected after the EDI rollout")
            String note) {

        static ObjectiveOutcomeView of(ObjectiveOutcome o) {
            return new ObjectiveOutcomeView(o.objectiveId, o.summary, o.achieved, o.note);
        }

        ObjectiveOutcome toOutcome() {
            return new ObjectiveOutcome(objectiveId, summary, achieved, note);
        }
    }

    @Schema(name = "RecordReviewRequest")
    public record RecordReviewRequest(
            @Size(max = MAX_OBJECTIVES) @Schema(description = "The project's objectives achieved against their targets")
            List<@NotNull @Valid ObjectiveOutcomeView> objectives,
            @NotBlank @Size(max = MAX_TEXT) @Schema(example = "Data migration rehearsals caught every blocking defect")
            String whatWentWell,
            @NotBlank @Size(max = MAX_TEXT) @Schema(example = "Key users were released for UAT too late")
            String whatDidNot,
            @NotBlank @Size(max = MAX_TEXT) @Schema(example = "Book key users for UAT at project start")
            String recommendations) {
    }

    @Schema(name = "ObjectivesAchieved", description = "How many objectives were achieved, partly achieved, missed")
    public record AchievementCounts(int yes, int partly, int no) {
        static AchievementCounts of(List<ObjectiveOutcome> outcomes) {
            return new AchievementCounts(count(outcomes, Achievement.YES), count(outcomes, Achievement.PARTLY),
                    count(outcomes, Achievement.NO));
        }

        private static int count(List<ObjectiveOutcome> outcomes, Achievement achievement) {
            return (int) outcomes.stream().filter(o -> o.achieved == achievement).count();
        }
    }

    @Schema(name = "PostImplementationReview")
    public record ReviewView(
            UUID id,
            UUID projectId,
            List<ObjectiveOutcomeView> objectives,
            AchievementCounts objectivesAchieved,
            String whatWentWell,
            String whatDidNot,
            String recommendations,
            @Schema(description = "Who recorded the current content") PersonRef recordedBy,
            Instant recordedAt,
            Instant createdAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static ReviewView of(Review r) {
            return new ReviewView(r.id, r.projectId, r.objectives.stream().map(ObjectiveOutcomeView::of).toList(),
                    AchievementCounts.of(r.objectives), r.whatWentWell, r.whatDidNot, r.recommendations, r.recordedBy,
                    r.recordedAt, r.createdAt, r.version);
        }
    }

    @Schema(name = "CreateLessonRequest")
    public record CreateLessonRequest(
            @NotNull @Schema(example = "DATA_MIGRATION") LessonCategory category,
            @NotBlank @Size(max = MAX_TEXT)
            @Schema(example = "Customer addresses in the legacy system had no country codes; cleansing took 3 weeks")
            String description,
            @Size(max = MAX_TEXT) @Schema(example = "Profile legacy data before estimating the cleansing effort")
            String recommendation,
            @Schema(description = "Searchable across all projects; default false", example = "true") Boolean shareable) {
    }

    /** A partial update: absent fields stay, {@code null} clears the recommendation. */
    @Schema(name = "UpdateLessonRequest")
    public record UpdateLessonRequest(
            Optional<LessonCategory> category,
            Optional<@NotBlank @Size(max = MAX_TEXT) String> description,
            Optional<@Size(max = MAX_TEXT) String> recommendation,
            Optional<Boolean> shareable) {
    }

    @Schema(name = "Lesson")
    public record LessonView(
            UUID id,
            UUID projectId,
            LessonCategory category,
            String description,
            String recommendation,
            boolean shareable,
            PersonRef author,
            Instant createdAt,
            Instant updatedAt,
            long version) {

        static LessonView of(Lesson l) {
            return new LessonView(l.id, l.projectId, l.category, l.description, l.recommendation, l.shareable,
                    l.author, l.createdAt, l.updatedAt, l.version);
        }
    }

    @Schema(name = "LessonPage")
    public record LessonPage(List<LessonView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "LessonHit", description = "A lesson found by the cross-project search, with its project")
    public record LessonHit(
            UUID id,
            UUID projectId,
            @Schema(example = "ERP-2027") String projectKey,
            @Schema(example = "ERP roll-out 2027") String projectName,
            LessonCategory category,
            String description,
            String recommendation,
            boolean shareable,
            PersonRef author,
            Instant createdAt) {
    }

    @Schema(name = "LessonHitPage")
    public record LessonHitPage(List<LessonHit> items, int page, int size, long totalItems, int totalPages) {
    }
}
