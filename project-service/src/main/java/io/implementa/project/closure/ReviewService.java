package io.implementa.project.closure;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.security.Caller;
import io.implementa.project.closure.ClosureApi.ObjectiveOutcomeView;
import io.implementa.project.closure.ClosureApi.RecordReviewRequest;
import io.implementa.project.closure.ClosureApi.ReviewView;
import io.implementa.project.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The post-implementation review: recorded (and rewritten) by the manager or sponsor, read by the project. */
@ApplicationScoped
public class ReviewService {

    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public ReviewService(Outbox outbox, Caller caller, Clock clock) {
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    /** The review as recorded, and whether this call created it. */
    public record Recorded(ReviewView review, boolean created) {
    }

    public Optional<ReviewView> find(UUID projectId) {
        return Review.ofProject(projectId).map(ReviewView::of);
    }

    /**
     * Records the review, replacing what was there. Rewriting an existing review needs its ETag, like any
     * change; the first recording needs none, and an If-Match then fails, since there is nothing to match.
     */
    @Transactional
    public Optional<Recorded> record(UUID projectId, IfMatch ifMatch, boolean ifMatchSent, RecordReviewRequest request) {
        return Project.<Project>findByIdOptional(projectId).map(project -> {
            Optional<Review> existing = Review.ofProject(projectId);
            if (existing.isPresent()) {
                ifMatch.check(existing.get().version);
            } else if (ifMatchSent) {
                throw new ProblemException.PreconditionFailed("no review is recorded for " + project.key
                        + " yet; record it without If-Match");
            }
            project.requireEditable();
            Instant now = clock.instant();
            Review review = existing.orElseGet(() -> Review.start(projectId, now));
            List<ObjectiveOutcomeView> objectives = request.objectives() == null ? List.of() : request.objectives();
            review.record(objectives.stream().map(ObjectiveOutcomeView::toOutcome).toList(), request.whatWentWell(),
                    request.whatDidNot(), request.recommendations(), caller.person(), now);
            if (existing.isEmpty()) {
                review.persist();
            }
            review.flush();
            outbox.publish(projectId, review.id, ClosureEvents.ReviewRecorded.of(review, project.key,
                    existing.isPresent()));
            return new Recorded(ReviewView.of(review), existing.isEmpty());
        });
    }

    /** Whether the project's review has been recorded; for the closing gate. */
    public static boolean isRecorded(UUID projectId) {
        return Review.count("projectId", projectId) > 0;
    }
}
