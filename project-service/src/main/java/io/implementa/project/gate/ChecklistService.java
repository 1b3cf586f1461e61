package io.implementa.project.gate;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.security.Caller;
import io.implementa.project.gate.ChecklistApi.AddChecklistItemRequest;
import io.implementa.project.gate.ChecklistApi.ChecklistItemView;
import io.implementa.project.gate.ChecklistApi.UpdateChecklistItemRequest;
import io.implementa.project.project.Project;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The manual checklists of a project's gates. Changes lock the project row, as passing a gate does, so a
 * gate is never passed on a checklist that is being unticked at the same moment.
 */
@ApplicationScoped
public class ChecklistService {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "text", "text",
            "done", "done", "doneAt", "doneAt");

    private final Caller caller;
    private final Clock clock;

    public ChecklistService(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Optional<ChecklistItemView> add(UUID projectId, Gate gate, AddChecklistItemRequest request) {
        return lockedProject(projectId).map(project -> addChecklistItem(project, gate, request.text()));
    }

    /**
     * Adds an open item to the gate's checklist; for templates that give a new project its standard
     * checklists. Joins the caller's transaction. Refused (409) for a closed or cancelled project and for
     * a gate the project has passed already.
     */
    @Transactional
    public ChecklistItemView addChecklistItem(Project project, Gate gate, String text) {
        requireText(text);
        requireOpen(project, gate);
        ChecklistItem item = ChecklistItem.of(project.id, gate, text.strip(), clock.instant());
        item.persistAndFlush();
        return ChecklistItemView.of(item);
    }

    public Optional<PageView<ChecklistItemView>> list(UUID projectId, Gate gate, Boolean done, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("createdAt").and("id"));
        Parameters parameters = Parameters.with("projectId", projectId).and("gate", gate);
        String query = "projectId = :projectId and gate = :gate";
        if (done != null) {
            query += " and done = :done";
            parameters.and("done", done);
        }
        return Optional.of(PageView.of(ChecklistItem.find(query, sort, parameters), page, ChecklistItemView::of));
    }

    public Optional<ChecklistItemView> find(UUID projectId, Gate gate, UUID itemId) {
        return ChecklistItem.find(projectId, gate, itemId).map(ChecklistItemView::of);
    }

    @Transactional
    public Optional<ChecklistItemView> update(UUID projectId, Gate gate, UUID itemId, IfMatch ifMatch,
            UpdateChecklistItemRequest request) {
        return ChecklistItem.find(projectId, gate, itemId).map(item -> {
            ifMatch.check(item.version);
            Project project = lockedProject(projectId).orElseThrow();
            requireOpen(project, gate);
            apply(item, request);
            item.flush();
            return ChecklistItemView.of(item);
        });
    }

    @SuppressWarnings("OptionalAssignedToNull")
    private void apply(ChecklistItem item, UpdateChecklistItemRequest request) {
        if (request.text() != null) {
            String text = request.text().orElseThrow(() -> new ProblemException.Unprocessable("text", "must not be null"));
            item.text = text.strip();
        }
        if (request.done() != null) {
            boolean done = request.done().orElseThrow(() -> new ProblemException.Unprocessable("done",
                    "must not be null"));
            if (done) {
                item.tick(caller.person(), clock.instant());
            } else {
                item.untick();
            }
        }
    }

    private static Optional<Project> lockedProject(UUID projectId) {
        return Optional.ofNullable(Project.<Project>findById(projectId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A closed project's checklists are history, and so is the checklist of a gate already passed. */
    private static void requireOpen(Project project, Gate gate) {
        project.requireEditable();
        if (gate.isBehind(project.phase)) {
            throw new ProblemException.Conflict("gate-already-passed", "Gate already passed",
                    project.key + " has passed " + gate + " already (it is in " + project.phase
                            + "); its checklist can no longer change");
        }
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new ProblemException.Unprocessable("text", "must not be blank");
        }
        if (text.length() > ChecklistApi.MAX_TEXT) {
            throw new ProblemException.Unprocessable("text", "size must be between 0 and " + ChecklistApi.MAX_TEXT);
        }
    }
}
