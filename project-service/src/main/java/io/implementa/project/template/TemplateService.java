package io.implementa.project.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.security.Caller;
import io.implementa.platform.security.GlobalRole;
import io.implementa.project.deliverable.Deliverable;
import io.implementa.project.deliverable.DeliverableService;
import io.implementa.project.gate.ChecklistItem;
import io.implementa.project.gate.ChecklistService;
import io.implementa.project.objective.Objective;
import io.implementa.project.objective.ObjectiveApi.CreateObjectiveRequest;
import io.implementa.project.objective.ObjectiveService;
import io.implementa.project.objective.ObjectiveStatus;
import io.implementa.project.project.Project;
import io.implementa.project.project.ProjectApi.CreateProjectRequest;
import io.implementa.project.project.ProjectApi.ProjectView;
import io.implementa.project.project.ProjectService;
import io.implementa.project.template.TemplateApi.SaveTemplateRequest;
import io.implementa.project.template.TemplateApi.TemplateView;
import io.implementa.project.template.TemplateContent.ChecklistEntry;
import io.implementa.project.template.TemplateContent.DeliverableBlueprint;
import io.implementa.project.template.TemplateContent.ObjectivePlaceholder;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Project templates: list and read them, create a project from one, save a project as one. Creating from a
 * template runs in one transaction: the project and everything the template gives it, or nothing.
 */
@ApplicationScoped
public class TemplateService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt");

    private final ProjectService projects;
    private final ChecklistService checklists;
    private final ObjectiveService objectives;
    private final DeliverableService deliverables;
    private final Instance<TemplateSection> sections;
    private final Caller caller;
    private final ObjectMapper json;
    private final Clock clock;

    public TemplateService(ProjectService projects, ChecklistService checklists, ObjectiveService objectives,
            DeliverableService deliverables, Instance<TemplateSection> sections, Caller caller, ObjectMapper json,
            Clock clock) {
        this.projects = projects;
        this.checklists = checklists;
        this.objectives = objectives;
        this.deliverables = deliverables;
        this.sections = sections;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
    }

    /** The templates the caller may use: built-in ones first, then by name unless sorted otherwise. */
    public PageView<TemplateView> list(String text, PageRequest page) {
        StringBuilder query = new StringBuilder();
        Parameters parameters = new Parameters();
        if (!isAdmin()) {
            query.append("(builtIn = true or shared = true or owner.subject = :subject)");
            parameters.and("subject", caller.subject());
        }
        if (text != null && !text.isBlank()) {
            query.append(query.isEmpty() ? "" : " and ")
                    .append("(lower(name) like :text or lower(coalesce(description, '')) like :text)");
            parameters.and("text", "%" + text.toLowerCase().replace("%", "\\%") + "%");
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("name").and("id"));
        Sort builtInFirst = Sort.by("builtIn", Sort.Direction.Descending);
        sort.getColumns().forEach(column -> builtInFirst.and(column.getName(), column.getDirection()));
        return PageView.of(ProjectTemplate.find(query.toString(), builtInFirst, parameters), page, this::view);
    }

    /** Empty when there is no such template or the caller may not see it. */
    public Optional<TemplateView> find(UUID templateId) {
        return ProjectTemplate.visible(templateId, caller.subject(), isAdmin()).map(this::view);
    }

    /**
     * Proposes a project as {@link ProjectService#create} does and gives it the template's content in the
     * same transaction. Empty when the caller may not see the template.
     */
    @Transactional
    public Optional<ProjectView> createProject(UUID templateId, CreateProjectRequest request) {
        Optional<ProjectTemplate> template = ProjectTemplate.visible(templateId, caller.subject(), isAdmin());
        return template.map(t -> {
            ProjectView created = projects.create(request);
            apply(read(t.content), Project.findById(created.id()));
            return created;
        });
    }

    private void apply(TemplateContent content, Project project) {
        for (ChecklistEntry entry : content.checklists()) {
            checklists.addChecklistItem(project, entry.gate(), entry.text());
        }
        for (ObjectivePlaceholder objective : content.objectives()) {
            objectives.create(project, new CreateObjectiveRequest(objective.title(), objective.description(),
                    objective.metric(), objective.unit(), null, null, null, null, ObjectiveStatus.DRAFT));
        }
        for (DeliverableBlueprint deliverable : content.deliverables()) {
            deliverables.plan(project, deliverable.name(), deliverable.description(), null, null,
                    deliverable.acceptanceCriteria());
        }
        for (TemplateSection section : sections) {
            JsonNode part = content.sections().get(section.name());
            if (part != null) {
                section.apply(project, part);
            }
        }
    }

    /**
     * Saves what of the project can start another one: its checklist items (open), its objectives without
     * values (baseline, target and actual belong to this project: copied targets would satisfy the next
     * project's objectives-defined criterion untouched), its deliverables without owners, dates and decisions.
     * Empty when the project does not exist.
     */
    @Transactional
    public Optional<TemplateView> save(UUID projectId, SaveTemplateRequest request) {
        return Project.<Project>findByIdOptional(projectId).map(project -> {
            if (ProjectTemplate.nameTaken(caller.subject(), request.name())) {
                throw new ProblemException.Conflict("duplicate-template-name", "Duplicate template name",
                        "you have a template named '" + request.name().strip() + "' already")
                        .with("name", request.name().strip());
            }
            ProjectTemplate template = ProjectTemplate.saved(request.name().strip(), request.description(),
                    Boolean.TRUE.equals(request.shared()), caller.person(), project.id, project.key,
                    write(capture(project)), clock.instant());
            template.persistAndFlush();
            return view(template);
        });
    }

    private TemplateContent capture(Project project) {
        List<ChecklistEntry> items = ChecklistItem.<ChecklistItem>list("projectId", project.id).stream()
                .sorted(Comparator.<ChecklistItem, Integer>comparing(i -> i.gate.ordinal())
                        .thenComparing(i -> i.createdAt).thenComparing(i -> i.id))
                .map(i -> new ChecklistEntry(i.gate, i.text))
                .toList();
        List<ObjectivePlaceholder> placeholders = Objective.<Objective>list("projectId = ?1 order by createdAt, id",
                        project.id).stream()
                .map(o -> new ObjectivePlaceholder(o.title, o.description, o.metric, o.unit))
                .toList();
        List<DeliverableBlueprint> blueprints = Deliverable.<Deliverable>list("projectId = ?1 order by createdAt, id",
                        project.id).stream()
                .map(d -> new DeliverableBlueprint(d.name, d.description, d.acceptanceCriteria))
                .toList();
        Map<String, JsonNode> captured = new LinkedHashMap<>();
        for (TemplateSection section : sections) {
            section.capture(project).ifPresent(part -> captured.put(section.name(), part));
        }
        return new TemplateContent(items, placeholders, blueprints, captured);
    }

    private TemplateView view(ProjectTemplate t) {
        return new TemplateView(t.id, t.name, t.description, t.builtIn, t.shared, t.owner, t.sourceProjectId,
                t.sourceProjectKey, read(t.content), t.createdAt, t.version);
    }

    private TemplateContent read(String content) {
        try {
            return json.readValue(content, TemplateContent.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(TemplateContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isAdmin() {
        return caller.has(GlobalRole.ADMIN);
    }
}
