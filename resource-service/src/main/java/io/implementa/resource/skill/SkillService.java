package io.implementa.resource.skill;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.resource.resource.Resource;
import io.implementa.resource.resource.ResourceKind;
import io.implementa.resource.skill.SkillApi.CreateSkillRequest;
import io.implementa.resource.skill.SkillApi.ResourceSkillView;
import io.implementa.resource.skill.SkillApi.SetSkillLevelRequest;
import io.implementa.resource.skill.SkillApi.SkillView;
import io.implementa.resource.skill.SkillApi.UpdateSkillRequest;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Use cases of the skills catalogue and of the levels people hold. */
@ApplicationScoped
public class SkillService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "category", "category",
            "createdAt", "createdAt");

    private final Clock clock;

    public SkillService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public SkillView create(CreateSkillRequest request) {
        Skill skill = Skill.define(request.name(), request.category(), request.description(), clock.instant());
        skill.persistAndFlush();
        return SkillView.of(skill);
    }

    public Optional<SkillView> find(UUID id) {
        return Skill.<Skill>findByIdOptional(id).map(SkillView::of);
    }

    public PageView<SkillView> list(String category, String text, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (category != null && !category.isBlank()) {
            conditions.add("lower(category) = :category");
            parameters.and("category", category.trim().toLowerCase());
        }
        if (text != null && !text.isBlank()) {
            conditions.add("(lower(name) like :text or lower(description) like :text)");
            parameters.and("text", "%" + text.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("name").and("id"));
        return PageView.of(Skill.find(String.join(" and ", conditions), sort, parameters), page, SkillView::of);
    }

    @Transactional
    public Optional<SkillView> update(UUID id, IfMatch ifMatch, UpdateSkillRequest request) {
        Optional<Skill> found = Skill.findByIdOptional(id);
        found.ifPresent(skill -> {
            ifMatch.check(skill.version);
            if (skill.revise(Patch.required(request.name(), skill.name, "name"),
                    Patch.required(request.category(), skill.category, "category"),
                    Patch.optional(request.description(), skill.description), clock.instant())) {
                skill.flush();
            }
        });
        return found.map(SkillView::of);
    }

    /** The person's skills, by skill name. */
    public List<ResourceSkillView> skillsOf(UUID resourceId) {
        requireResource(resourceId);
        List<ResourceSkill> held = ResourceSkill.list("key.resourceId", resourceId);
        Map<UUID, Skill> skills = Skill.<Skill>list("id in ?1", held.stream().map(h -> h.key.skillId()).toList())
                .stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        return held.stream().map(h -> ResourceSkillView.of(h, skills.get(h.key.skillId())))
                .sorted(Comparator.comparing(ResourceSkillView::skillName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Sets (or first grants) the person's level in the skill. */
    @Transactional
    public ResourceSkillView setLevel(UUID resourceId, UUID skillId, SetSkillLevelRequest request) {
        Resource resource = requireResource(resourceId);
        if (resource.kind != ResourceKind.PERSON) {
            throw new ProblemException.Conflict("not-a-person", "Only people hold skills",
                    "resource " + resourceId + " is " + resource.kind + ", not a PERSON");
        }
        Skill skill = Skill.<Skill>findByIdOptional(skillId)
                .orElseThrow(() -> new ProblemException.NotFound("skill", skillId));
        Optional<ResourceSkill> current = ResourceSkill.findByIdOptional(new ResourceSkill.Key(resourceId, skillId));
        ResourceSkill held;
        if (current.isPresent()) {
            held = current.get();
            held.assess(request.level(), request.certification(), request.certificationExpiry(), clock.instant());
        } else {
            held = ResourceSkill.grant(resourceId, skillId, request.level(), request.certification(),
                    request.certificationExpiry(), clock.instant());
            held.persist();
        }
        held.flush();
        return ResourceSkillView.of(held, skill);
    }

    /** @return whether the person held the skill */
    @Transactional
    public boolean remove(UUID resourceId, UUID skillId) {
        requireResource(resourceId);
        return ResourceSkill.deleteById(new ResourceSkill.Key(resourceId, skillId));
    }

    private static Resource requireResource(UUID id) {
        return Resource.<Resource>findByIdOptional(id).orElseThrow(() -> new ProblemException.NotFound("resource", id));
    }
}
