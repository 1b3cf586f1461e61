package io.implementa.project.task;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.people.PersonRef;
import io.implementa.platform.security.Caller;
import io.implementa.project.project.Project;
import io.implementa.project.schedule.ScheduleService;
import io.implementa.project.schedule.engine.LinkType;
import io.implementa.project.template.TemplateSection;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The template section {@code wbs}: a starter work breakdown (summary tasks, tasks, milestones, their
 * durations and effort) and its links, the tasks named by outline number. A project created from the template
 * gets the tasks and links, announced as TaskCreated and DependencyAdded, and is scheduled once; a project
 * saved as a template gives its structure, durations, effort and links, but no progress, dates, constraints,
 * deadlines or assignments (they belong to that project).
 */
@ApplicationScoped
public class WbsTemplateSection implements TemplateSection {

    private final ScheduleService schedules;
    private final Outbox outbox;
    private final Caller caller;
    private final ObjectMapper json;
    private final Clock clock;

    public WbsTemplateSection(ScheduleService schedules, Outbox outbox, Caller caller, ObjectMapper json,
            Clock clock) {
        this.schedules = schedules;
        this.outbox = outbox;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
    }

    /** The section as stored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Blueprint(List<TaskBlueprint> tasks, List<LinkBlueprint> links) {
        public Blueprint {
            tasks = tasks == null ? List.of() : tasks;
            links = links == null ? List.of() : links;
        }
    }

    /** A task; with children it is a summary (its own duration is ignored). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaskBlueprint(String name, String description, Integer duration, Boolean milestone,
            BigDecimal effortHours, List<TaskBlueprint> children) {
    }

    /** A link between two tasks named by outline number, e.g. {@code 1.2 → 2.1}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LinkBlueprint(String predecessor, String successor, LinkType type, Integer lag) {
    }

    @Override
    public String name() {
        return "wbs";
    }

    @Override
    public void apply(Project project, JsonNode section) {
        Blueprint blueprint = json.convertValue(section, Blueprint.class);
        if (blueprint.tasks().isEmpty()) {
            return;
        }
        ScheduleService.Snapshot before = schedules.before(project);
        Instant now = clock.instant();
        PersonRef by = caller.person();
        Map<String, Task> byOutline = new HashMap<>();
        List<Task> created = new ArrayList<>();
        add(project, null, "", blueprint.tasks(), byOutline, created, now);
        Task.flush();
        Wbs wbs = Wbs.of(project.id);
        for (Task t : created) {
            outbox.publish(project.id, t.id, new TaskEvents.TaskCreated(t.id, project.id, project.key,
                    TaskEvents.TaskState.of(t, wbs), by));
        }
        for (LinkBlueprint link : blueprint.links()) {
            Task predecessor = byOutline.get(link.predecessor());
            Task successor = byOutline.get(link.successor());
            if (predecessor == null || successor == null || predecessor == successor) {
                continue; // a template names only its own tasks; a stale reference is left out, not fatal
            }
            Dependency d = Dependency.link(project.id, predecessor.id, successor.id,
                    link.type() == null ? LinkType.FS : link.type(), link.lag() == null ? 0 : link.lag(), now);
            d.persist();
            outbox.publish(project.id, d.id, DependencyEvents.DependencyAdded.of(project, d, by));
        }
        schedules.recompute(project, before);
    }

    private static void add(Project project, Task parent, String prefix, List<TaskBlueprint> blueprints,
            Map<String, Task> byOutline, List<Task> created, Instant now) {
        for (int i = 0; i < blueprints.size(); i++) {
            TaskBlueprint b = blueprints.get(i);
            String outline = prefix + (i + 1);
            Task t = Task.create(project.id, parent == null ? null : parent.id, i, b.name(), now);
            t.description = b.description();
            boolean summary = b.children() != null && !b.children().isEmpty();
            // A summary's own duration is ignored while it has subtasks; 1 day if it ever loses them.
            t.duration = summary ? 1 : Boolean.TRUE.equals(b.milestone()) ? 0
                    : b.duration() == null ? 1 : Math.max(0, b.duration());
            t.effortHours = summary ? null : b.effortHours();
            t.validate(false);
            t.persist();
            byOutline.put(outline, t);
            created.add(t);
            if (summary) {
                add(project, t, outline + ".", b.children(), byOutline, created, now);
            }
        }
    }

    @Override
    public Optional<JsonNode> capture(Project project) {
        Wbs wbs = Wbs.of(project.id);
        if (wbs.inOutlineOrder().isEmpty()) {
            return Optional.empty();
        }
        List<LinkBlueprint> links = Dependency.ofProject(project.id).stream()
                .sorted((a, b) -> a.createdAt.compareTo(b.createdAt) != 0 ? a.createdAt.compareTo(b.createdAt)
                        : a.id.compareTo(b.id))
                .map(d -> new LinkBlueprint(wbs.outline(d.predecessorId), wbs.outline(d.successorId), d.type, d.lag))
                .toList();
        return Optional.of(json.valueToTree(new Blueprint(blueprints(wbs, null), links)));
    }

    private static List<TaskBlueprint> blueprints(Wbs wbs, UUID parentId) {
        List<TaskBlueprint> out = new ArrayList<>();
        for (Task t : wbs.children(parentId)) {
            TaskKind kind = wbs.kind(t);
            out.add(switch (kind) {
                case SUMMARY -> new TaskBlueprint(t.name, t.description, null, null, null, blueprints(wbs, t.id));
                case MILESTONE -> new TaskBlueprint(t.name, t.description, 0, true, null, null);
                case TASK -> new TaskBlueprint(t.name, t.description, t.duration, null, t.effortHours, null);
            });
        }
        return out;
    }
}
