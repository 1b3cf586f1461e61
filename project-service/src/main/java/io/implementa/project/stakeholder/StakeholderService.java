package io.implementa.project.stakeholder;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.project.member.ProjectMember;
import io.implementa.project.project.Project;
import io.implementa.project.stakeholder.StakeholderApi.CreateStakeholderRequest;
import io.implementa.project.stakeholder.StakeholderApi.StakeholderView;
import io.implementa.project.stakeholder.StakeholderApi.UpdateStakeholderRequest;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A project's stakeholder register; every change is announced with the stakeholder's full contact details. */
@ApplicationScoped
public class StakeholderService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "organisation", "organisation",
            "createdAt", "createdAt");

    static final CommunicationChannel DEFAULT_CHANNEL = CommunicationChannel.EMAIL;
    static final UpdateFrequency DEFAULT_FREQUENCY = UpdateFrequency.WEEKLY;
    static final Set<NotificationKind> DEFAULT_NOTIFICATIONS = Set.of(NotificationKind.STATUS_REPORTS);
    static final String DEFAULT_TIME_ZONE = "UTC";
    static final String DEFAULT_LOCALE = "en";

    private final Outbox outbox;
    private final Clock clock;

    public StakeholderService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** List filters; each one that is set narrows the result. */
    public record Filter(Level influence, Level interest, Raci raci, UUID deliverableId, String text) {
    }

    /**
     * The stakeholders ACCOUNTABLE for a deliverable (a RACI assignment of scope DELIVERABLE naming it), ordered
     * by name; empty when there are none. Project-level ACCOUNTABLE assignments are not included.
     */
    public List<StakeholderView> accountableFor(UUID projectId, UUID deliverableId) {
        return Stakeholder.accountableFor(projectId, deliverableId).stream().map(StakeholderView::of).toList();
    }

    /** Whether the person with this identity provider subject is a stakeholder ACCOUNTABLE for the deliverable. */
    public boolean isAccountable(UUID projectId, UUID deliverableId, String subject) {
        return subject != null && Stakeholder.accountableFor(projectId, deliverableId).stream()
                .anyMatch(stakeholder -> subject.equals(stakeholder.memberSubject));
    }

    /** Empty when the project does not exist. */
    @Transactional
    public Optional<StakeholderView> add(UUID projectId, CreateStakeholderRequest request) {
        return Project.<Project>findByIdOptional(projectId).map(project -> {
            project.requireEditable();
            requireUniqueEmail(project, request.email(), null);
            Stakeholder stakeholder = Stakeholder.of(projectId, clock.instant());
            stakeholder.name = request.name();
            stakeholder.email = request.email();
            stakeholder.organisation = request.organisation();
            stakeholder.role = request.role();
            stakeholder.influence = request.influence();
            stakeholder.interest = request.interest();
            stakeholder.assign(request.raci() == null ? List.of() : request.raci());
            stakeholder.preferredChannel = Objects.requireNonNullElse(request.preferredChannel(), DEFAULT_CHANNEL);
            stakeholder.frequency = Objects.requireNonNullElse(request.frequency(), DEFAULT_FREQUENCY);
            stakeholder.subscribe(Objects.requireNonNullElse(request.notifications(), DEFAULT_NOTIFICATIONS));
            stakeholder.timeZone = Objects.requireNonNullElse(request.timeZone(), DEFAULT_TIME_ZONE);
            stakeholder.locale = canonical(Objects.requireNonNullElse(request.locale(), DEFAULT_LOCALE));
            link(stakeholder, request.memberId(), request.memberSubject());
            stakeholder.persistAndFlush();
            outbox.publish(projectId, stakeholder.id, StakeholderEvents.StakeholderAdded.of(stakeholder, project.key));
            return StakeholderView.of(stakeholder);
        });
    }

    public Optional<StakeholderView> find(UUID projectId, UUID stakeholderId) {
        return Stakeholder.find(projectId, stakeholderId).map(StakeholderView::of);
    }

    /** Empty when the project does not exist. */
    public Optional<PageView<StakeholderView>> list(UUID projectId, Filter filter, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("name").and("id"));
        StringBuilder query = new StringBuilder("projectId = :projectId");
        Parameters parameters = Parameters.with("projectId", projectId);
        if (filter.influence() != null) {
            query.append(" and influence = :influence");
            parameters.and("influence", filter.influence());
        }
        if (filter.interest() != null) {
            query.append(" and interest = :interest");
            parameters.and("interest", filter.interest());
        }
        if (filter.raci() != null || filter.deliverableId() != null) {
            query.append(" and id in (select s.id from Stakeholder s join s.raci r where s.projectId = :projectId");
            if (filter.raci() != null) {
                query.append(" and r.raci = :raci");
                parameters.and("raci", filter.raci());
            }
            if (filter.deliverableId() != null) {
                query.append(" and r.deliverableId = :deliverableId");
                parameters.and("deliverableId", filter.deliverableId());
            }
            query.append(")");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            query.append(" and (lower(name) like :text or lower(email) like :text or lower(organisation) like :text)");
            parameters.and("text", "%" + filter.text().toLowerCase(Locale.ROOT).replace("%", "\\%") + "%");
        }
        return Optional.of(PageView.of(Stakeholder.find(query.toString(), sort, parameters), page,
                StakeholderView::of));
    }

    @Transactional
    public Optional<StakeholderView> update(UUID projectId, UUID stakeholderId, IfMatch ifMatch,
            UpdateStakeholderRequest request) {
        return Stakeholder.find(projectId, stakeholderId).map(stakeholder -> {
            ifMatch.check(stakeholder.version);
            Project project = Project.findById(projectId);
            project.requireEditable();
            stakeholder.name = Patch.required(request.name(), stakeholder.name, "name");
            String email = Patch.required(request.email(), stakeholder.email, "email");
            if (!email.equalsIgnoreCase(stakeholder.email)) {
                requireUniqueEmail(project, email, stakeholder.id);
            }
            stakeholder.email = email;
            stakeholder.organisation = Patch.optional(request.organisation(), stakeholder.organisation);
            stakeholder.role = Patch.optional(request.role(), stakeholder.role);
            stakeholder.influence = Patch.required(request.influence(), stakeholder.influence, "influence");
            stakeholder.interest = Patch.required(request.interest(), stakeholder.interest, "interest");
            if (request.raci() != null) {
                stakeholder.assign(request.raci().orElse(List.of()));
            }
            stakeholder.preferredChannel = Patch.required(request.preferredChannel(), stakeholder.preferredChannel,
                    "preferredChannel");
            stakeholder.frequency = Patch.required(request.frequency(), stakeholder.frequency, "frequency");
            if (request.notifications() != null) {
                stakeholder.subscribe(request.notifications().orElse(Set.of()));
            }
            stakeholder.timeZone = Patch.required(request.timeZone(), stakeholder.timeZone, "timeZone");
            stakeholder.locale = canonical(Patch.required(request.locale(), stakeholder.locale, "locale"));
            if (request.memberId() != null || request.memberSubject() != null) {
                // The two fields name one link: sending either re-links from what was sent (absent = null).
                link(stakeholder, Patch.optional(request.memberId(), null),
                        Patch.optional(request.memberSubject(), null));
            }
            stakeholder.touch(clock.instant());
            stakeholder.flush();
            outbox.publish(projectId, stakeholder.id, StakeholderEvents.StakeholderChanged.of(stakeholder,
                    project.key));
            return StakeholderView.of(stakeholder);
        });
    }

    /** False when there is no such stakeholder. {@code ifMatch} is checked only when the client sent one. */
    @Transactional
    public boolean remove(UUID projectId, UUID stakeholderId, Optional<IfMatch> ifMatch) {
        Optional<Stakeholder> found = Stakeholder.find(projectId, stakeholderId);
        found.ifPresent(stakeholder -> {
            ifMatch.ifPresent(precondition -> precondition.check(stakeholder.version));
            Project project = Project.findById(projectId);
            project.requireEditable();
            StakeholderEvents.StakeholderRemoved removed = StakeholderEvents.StakeholderRemoved.of(stakeholder,
                    project.key);
            stakeholder.delete();
            outbox.publish(projectId, stakeholder.id, removed);
        });
        return found.isPresent();
    }

    /** Two entries for one address would tell the same person things twice, or different things. */
    private static void requireUniqueEmail(Project project, String email, UUID except) {
        Stakeholder.findByEmail(project.id, email, except).ifPresent(other -> {
            throw new ProblemException.Conflict("duplicate-stakeholder", "Duplicate stakeholder",
                    email + " is already a stakeholder of " + project.key + " (" + other.name + ")")
                    .with("stakeholderId", other.id.toString());
        });
    }

    /**
     * Links the stakeholder to a project member: by {@code memberId} (which must be a member of this project), or
     * by {@code subject}, linked when a member has it and otherwise kept as the stakeholder's identity.
     */
    private static void link(Stakeholder stakeholder, UUID memberId, String subject) {
        if (memberId != null) {
            ProjectMember member = ProjectMember.find(stakeholder.projectId, memberId).orElseThrow(
                    () -> new ProblemException.Unprocessable("memberId", "is not a member of this project"));
            if (subject != null && !subject.equals(member.person.subject())) {
                throw new ProblemException.Unprocessable("memberSubject",
                        "does not match member " + memberId + " (" + member.person.subject() + ")");
            }
            stakeholder.memberId = member.id;
            stakeholder.memberSubject = member.person.subject();
        } else if (subject != null && !subject.isBlank()) {
            stakeholder.memberId = ProjectMember.findBySubject(stakeholder.projectId, subject)
                    .map(member -> member.id).orElse(null);
            stakeholder.memberSubject = subject;
        } else {
            stakeholder.memberId = null;
            stakeholder.memberSubject = null;
        }
    }

    /** es-es and es-ES are the same tag; store the canonical form. */
    private static String canonical(String languageTag) {
        return new Locale.Builder().setLanguageTag(languageTag).build().toLanguageTag();
    }
}
