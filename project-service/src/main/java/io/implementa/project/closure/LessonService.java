package io.implementa.project.closure;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.security.Caller;
import io.implementa.platform.security.GlobalRole;
import io.implementa.platform.security.ProjectAccess;
import io.implementa.platform.security.ProjectRole;
import io.implementa.project.closure.ClosureApi.CreateLessonRequest;
import io.implementa.project.closure.ClosureApi.LessonHit;
import io.implementa.project.closure.ClosureApi.LessonView;
import io.implementa.project.closure.ClosureApi.UpdateLessonRequest;
import io.implementa.project.project.Project;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lessons learned: recorded in a project by its team, searchable across projects. The search is
 * PostgreSQL full-text over description and recommendation (see {@link #search}).
 */
@ApplicationScoped
public class LessonService {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt",
            "category", "category");
    /** Search hits sort by SQL expressions of the allow-list only. */
    private static final Map<String, String> SEARCH_SORTABLE = Map.of("createdAt", "l.created_at",
            "category", "l.category", "projectKey", "p.project_key");
    /** More words than this in a search box add cost, not precision. */
    private static final int MAX_TERMS = 12;

    private final Outbox outbox;
    private final Caller caller;
    private final ProjectAccess access;
    private final EntityManager em;
    private final Clock clock;

    public LessonService(Outbox outbox, Caller caller, ProjectAccess access, EntityManager em, Clock clock) {
        this.outbox = outbox;
        this.caller = caller;
        this.access = access;
        this.em = em;
        this.clock = clock;
    }

    /** Filters of a project's lesson list. */
    public record Filter(LessonCategory category, Boolean shareable) {
    }

    @Transactional
    public Optional<LessonView> create(UUID projectId, CreateLessonRequest request) {
        return Project.<Project>findByIdOptional(projectId).map(project -> {
            project.requireEditable();
            Lesson lesson = Lesson.record(projectId, request.category(), request.description(),
                    request.recommendation(), Boolean.TRUE.equals(request.shareable()), caller.person(),
                    clock.instant());
            lesson.persistAndFlush();
            outbox.publish(projectId, lesson.id, ClosureEvents.LessonRecorded.of(lesson, project.key));
            return LessonView.of(lesson);
        });
    }

    public Optional<LessonView> find(UUID projectId, UUID lessonId) {
        return Lesson.find(projectId, lessonId).map(LessonView::of);
    }

    public Optional<PageView<LessonView>> list(UUID projectId, Filter filter, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Parameters parameters = Parameters.with("projectId", projectId);
        String query = "projectId = :projectId";
        if (filter.category() != null) {
            query += " and category = :category";
            parameters.and("category", filter.category());
        }
        if (filter.shareable() != null) {
            query += " and shareable = :shareable";
            parameters.and("shareable", filter.shareable());
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("createdAt").and("id"));
        return Optional.of(PageView.of(Lesson.find(query, sort, parameters), page, LessonView::of));
    }

    /** The author refines their lesson; the project's managers curate all of them. */
    @Transactional
    public Optional<LessonView> update(UUID projectId, UUID lessonId, IfMatch ifMatch, UpdateLessonRequest request) {
        return Lesson.find(projectId, lessonId).map(lesson -> {
            if (!caller.has(GlobalRole.ADMIN) && !lesson.isAuthoredBy(caller.subject())
                    && access.roleIn(projectId).filter(role -> role == ProjectRole.MANAGER).isEmpty()) {
                throw new ProblemException(403, "not-author", "Not the author",
                        "only the lesson's author or a project manager may change it");
            }
            ifMatch.check(lesson.version);
            Project project = Project.findById(projectId);
            project.requireEditable();
            lesson.category = Patch.required(request.category(), lesson.category, "category");
            lesson.description = Patch.required(request.description(), lesson.description, "description");
            lesson.recommendation = Patch.optional(request.recommendation(), lesson.recommendation);
            lesson.shareable = Patch.required(request.shareable(), lesson.shareable, "shareable");
            lesson.updatedAt = clock.instant();
            lesson.flush();
            outbox.publish(projectId, lesson.id, ClosureEvents.LessonChanged.of(lesson, project.key, caller.person()));
            return LessonView.of(lesson);
        });
    }

    /**
     * Lessons across projects: every shareable one, plus the others of projects the caller may see. The
     * text is matched word by word as prefixes ({@code migrat} finds "migration" and "migrated") against a
     * language-neutral ({@code simple}) full-text index, since lessons are written in many languages;
     * every word must occur. Hits come by relevance unless a sort is asked for.
     */
    public PageView<LessonHit> search(String text, LessonCategory category, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        Optional<Set<UUID>> visible = access.visibleProjects();
        if (visible.isPresent()) {
            if (visible.get().isEmpty()) {
                conditions.add("l.shareable");
            } else {
                conditions.add("(l.shareable or l.project_id in (:visible))");
                parameters.put("visible", visible.get());
            }
        }
        if (category != null) {
            conditions.add("l.category = :category");
            parameters.put("category", category.name());
        }
        String tsquery = prefixQuery(text);
        if (tsquery != null) {
            conditions.add("l.search_vector @@ to_tsquery('simple', :query)");
            parameters.put("query", tsquery);
        }
        String from = " from lesson l join project p on p.id = l.project_id"
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        String order;
        if (page.sort != null && !page.sort.isBlank()) {
            order = Sorting.parse(page.sort, SEARCH_SORTABLE, null).getColumns().stream()
                    .map(column -> (column.getName().equals("id") ? "l.id" : column.getName())
                            + (column.getDirection() == Sort.Direction.Descending ? " desc" : ""))
                    .collect(Collectors.joining(", "));
        } else if (tsquery != null) {
            order = "ts_rank(l.search_vector, to_tsquery('simple', :query)) desc, l.created_at desc, l.id";
        } else {
            order = "l.created_at desc, l.id";
        }

        Query count = em.createNativeQuery("select count(*)" + from);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        Query select = em.createNativeQuery("select l.*" + from + " order by " + order, Lesson.class);
        parameters.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Lesson> lessons = select.setFirstResult(page.page * page.size).setMaxResults(page.size).getResultList();

        Map<UUID, Project> projects = lessons.isEmpty() ? Map.of()
                : Project.<Project>list("id in ?1", lessons.stream().map(l -> l.projectId).distinct().toList())
                        .stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<LessonHit> hits = lessons.stream().map(l -> {
            Project project = projects.get(l.projectId);
            return new LessonHit(l.id, l.projectId, project.key, project.name, l.category, l.description,
                    l.recommendation, l.shareable, l.author, l.createdAt);
        }).toList();
        return new PageView<>(hits, page.page, page.size, total, (int) ((total + page.size - 1) / page.size));
    }

    /**
     * The words of the search text as a tsquery of prefixes, all required: {@code data migrat} →
     * {@code data:* & migrat:*}. Only letters and digits survive, so no tsquery syntax gets through.
     */
    static String prefixQuery(String text) {
        if (text == null) {
            return null;
        }
        List<String> terms = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(term -> !term.isEmpty()).distinct().limit(MAX_TERMS).map(term -> term + ":*").toList();
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }
}
