package io.implementa.project.deliverable;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.security.Caller;
import io.implementa.project.deliverable.DeliverableApi.QualityCheckView;
import io.implementa.project.deliverable.DeliverableApi.RecordCheckRequest;
import io.implementa.project.deliverable.DeliverableApi.UpdateCheckRequest;
import io.implementa.project.project.Project;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Quality checks of deliverables: recorded by the team, read by everyone, weighed at acceptance. */
@ApplicationScoped
public class QualityCheckService {

    private static final Map<String, String> SORTABLE = Map.of("executedAt", "executedAt", "name", "name",
            "recordedAt", "recordedAt", "result", "result");

    private final Caller caller;
    private final Clock clock;

    public QualityCheckService(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    /** List filters; {@code current} keeps only the checks that count (not superseded). */
    public record Filter(QualityCheckResult result, QualityCheckType type, Boolean current) {
    }

    /** Records a check; the deliverable is locked so that no decision runs on checks it has not seen. */
    @Transactional
    public Optional<QualityCheckView> record(UUID projectId, UUID deliverableId, RecordCheckRequest request) {
        return Deliverable.findForUpdate(projectId, deliverableId).map(deliverable -> {
            Project.<Project>findById(projectId).requireEditable();
            deliverable.requireOpen();
            Instant now = clock.instant();
            QualityCheck check = QualityCheck.record(deliverable, request.name(), request.type(), request.result(),
                    request.evidenceLink(), request.executedAt(), caller.person(), now);
            if (request.supersedes() != null) {
                QualityCheck earlier = QualityCheck.find(projectId, deliverableId, request.supersedes())
                        .orElseThrow(() -> new ProblemException.Unprocessable("supersedes",
                                "names no quality check of this deliverable"));
                earlier.supersedeWith(check);
            }
            check.persistAndFlush();
            return QualityCheckView.of(check);
        });
    }

    public Optional<QualityCheckView> find(UUID projectId, UUID deliverableId, UUID checkId) {
        return QualityCheck.find(projectId, deliverableId, checkId).map(QualityCheckView::of);
    }

    public Optional<PageView<QualityCheckView>> list(UUID projectId, UUID deliverableId, Filter filter,
            PageRequest page) {
        if (Deliverable.find(projectId, deliverableId).isEmpty()) {
            return Optional.empty();
        }
        Parameters parameters = Parameters.with("deliverableId", deliverableId);
        String query = "deliverableId = :deliverableId";
        if (filter.result() != null) {
            query += " and result = :result";
            parameters.and("result", filter.result());
        }
        if (filter.type() != null) {
            query += " and type = :type";
            parameters.and("type", filter.type());
        }
        if (filter.current() != null) {
            query += filter.current() ? " and supersededBy is null" : " and supersededBy is not null";
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("recordedAt").and("id"));
        return Optional.of(PageView.of(QualityCheck.find(query, sort, parameters), page, QualityCheckView::of));
    }

    /** Changes a pending check, typically to give it its result; who sets the result is recorded. */
    @Transactional
    public Optional<QualityCheckView> update(UUID projectId, UUID deliverableId, UUID checkId, IfMatch ifMatch,
            UpdateCheckRequest request) {
        return QualityCheck.find(projectId, deliverableId, checkId).map(check -> {
            ifMatch.check(check.version);
            Deliverable deliverable = Deliverable.findForUpdate(projectId, deliverableId).orElseThrow();
            Project.<Project>findById(projectId).requireEditable();
            deliverable.requireOpen();
            check.requirePending();
            check.name = Patch.required(request.name(), check.name, "name");
            check.type = Patch.required(request.type(), check.type, "type");
            check.evidenceLink = Patch.optional(request.evidenceLink(), check.evidenceLink);
            check.executedAt = Patch.optional(request.executedAt(), check.executedAt);
            QualityCheckResult result = Patch.required(request.result(), check.result, "result");
            if (result != check.result) {
                check.result = result;
                check.executedBy = caller.person();
                if (check.executedAt == null) {
                    check.executedAt = clock.instant();
                }
            }
            check.flush();
            return QualityCheckView.of(check);
        });
    }
}
