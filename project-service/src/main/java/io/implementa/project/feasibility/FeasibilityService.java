package io.implementa.project.feasibility;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.security.Caller;
import io.implementa.project.feasibility.FeasibilityApi.CreateFeasibilityNoteRequest;
import io.implementa.project.feasibility.FeasibilityApi.FeasibilityNoteView;
import io.implementa.project.project.Project;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The notes of a project's feasibility study; a record of findings, not announced to other services. */
@ApplicationScoped
public class FeasibilityService {

    private static final Map<String, String> SORTABLE = Map.of("topic", "topic", "conclusion", "conclusion",
            "createdAt", "createdAt");

    private final Caller caller;
    private final Clock clock;

    public FeasibilityService(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    /** List filters; each one that is set narrows the result. */
    public record Filter(FeasibilityTopic topic, FeasibilityConclusion conclusion) {
    }

    /** Empty when the project does not exist. */
    @Transactional
    public Optional<FeasibilityNoteView> add(UUID projectId, CreateFeasibilityNoteRequest request) {
        return Project.<Project>findByIdOptional(projectId).map(project -> {
            project.requireEditable();
            FeasibilityNote note = FeasibilityNote.of(projectId, request.topic(), request.text(),
                    request.conclusion(), caller.person(), clock.instant());
            note.persistAndFlush();
            return FeasibilityNoteView.of(note);
        });
    }

    public Optional<FeasibilityNoteView> find(UUID projectId, UUID noteId) {
        return FeasibilityNote.find(projectId, noteId).map(FeasibilityNoteView::of);
    }

    /** Empty when the project does not exist. */
    public Optional<PageView<FeasibilityNoteView>> list(UUID projectId, Filter filter, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("createdAt").and("id"));
        String query = "projectId = :projectId";
        Parameters parameters = Parameters.with("projectId", projectId);
        if (filter.topic() != null) {
            query += " and topic = :topic";
            parameters.and("topic", filter.topic());
        }
        if (filter.conclusion() != null) {
            query += " and conclusion = :conclusion";
            parameters.and("conclusion", filter.conclusion());
        }
        return Optional.of(PageView.of(FeasibilityNote.find(query, sort, parameters), page,
                FeasibilityNoteView::of));
    }
}
