package io.implementa.notification.rule;

import io.implementa.notification.delivery.DeliveryService;
import io.implementa.notification.digest.DigestCadence;
import io.implementa.notification.digest.Digests;
import io.implementa.notification.digest.ProjectStatus;
import io.implementa.notification.delivery.Notification.About;
import io.implementa.notification.delivery.Notification.Message;
import io.implementa.notification.project.Project;
import io.implementa.notification.project.ProjectRecipient;
import io.implementa.notification.project.ProjectRole;
import io.implementa.notification.recipient.Channel;
import io.implementa.notification.recipient.Recipient;
import io.implementa.notification.recipient.RecipientService;
import io.implementa.notification.stakeholder.Stakeholder;
import io.implementa.notification.subscription.Subscription;
import io.implementa.notification.subscription.SubscriptionDelivery;
import io.implementa.platform.inbox.IncomingEvent;
import io.implementa.platform.people.PersonRef;
import io.implementa.platform.security.Memberships;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The built-in rules: who hears about which event.
 * <ul>
 * <li>a project passing a gate or closing → its sponsor and manager;</li>
 * <li>a risk identified → its owner, if the owner is in the directory;</li>
 * <li>a status report published → every stakeholder who asked for status reports;</li>
 * <li>a risk escalated → its owner, the project manager, and the stakeholders accountable for the project or
 * asking for risk escalations;</li>
 * <li>an over-allocation → the resource's manager and the managers of the projects with work in the period;</li>
 * <li>a milestone missed or moved, a budget threshold crossed → the sponsor and manager, and the stakeholders
 * asking for milestones / budget alerts;</li>
 * <li>a mitigation action due soon → its owner; overdue → its owner and the risk owner; a risk review due → the
 * risk owner.</li>
 * </ul>
 * A rule switched off in a project tells nobody about its events (over-allocations: that project's managers).
 * Explicit subscriptions add their subscribers' recipients, at once or in a digest, for the events of projects
 * the subscriber may read. A recipient whose frequency is a digest hears in their digest. People named by an event are enrolled in the directory (e-mail, as the event gives it) if they are not in it.
 * Each notification is stored once per event, recipient and channel, in the consuming transaction, and sent by the
 * delivery worker.
 */
@ApplicationScoped
public class NotificationRules {

    private final DeliveryService deliveries;
    private final MessageRenderer renderer;
    private final RecipientService recipients;
    private final Digests digests;
    private final Memberships memberships;

    public NotificationRules(DeliveryService deliveries, MessageRenderer renderer, RecipientService recipients,
            Digests digests, Memberships memberships) {
        this.deliveries = deliveries;
        this.renderer = renderer;
        this.recipients = recipients;
        this.digests = digests;
        this.memberships = memberships;
    }

    @Transactional
    public int phaseAdvanced(IncomingEvent<RuleEvents.ProjectPhaseAdvanced> event) {
        RuleEvents.ProjectPhaseAdvanced e = event.payload();
        Map<String, Object> data = projectData(e.projectId(), e.projectKey(), e);
        data.put("by", e.by().name());
        data.put("fromPhase", e.fromPhase());
        data.put("toPhase", e.toPhase());
        data.put("status", e.status());
        data.put("waived", e.waived());
        return notify(event, BuiltInRule.PROJECT_PHASE_ADVANCED, e.projectId(), data, sponsorAndManager(e.projectId()));
    }

    @Transactional
    public int projectClosed(IncomingEvent<RuleEvents.ProjectClosed> event) {
        RuleEvents.ProjectClosed e = event.payload();
        Map<String, Object> data = projectData(e.projectId(), e.projectKey(), e);
        data.put("by", e.by().name());
        data.put("waived", e.waived());
        return notify(event, BuiltInRule.PROJECT_CLOSED, e.projectId(), data, sponsorAndManager(e.projectId()));
    }

    @Transactional
    public int riskIdentified(IncomingEvent<RuleEvents.RiskIdentified> event) {
        RuleEvents.RiskIdentified e = event.payload();
        if (e.owner() == null) {
            return 0;
        }
        Map<String, Object> data = projectData(e.projectId(), e.projectKey(), e);
        data.put("by", e.owner().name());
        data.put("riskKey", e.riskKey() == null ? "" : e.riskKey());
        data.put("title", e.title());
        data.put("category", e.category() == null ? "" : e.category());
        data.put("probability", e.probability());
        data.put("impact", e.impact());
        data.put("score", e.score());
        data.put("owner", e.owner().name());
        List<Recipient> owner = Recipient.findByPerson(e.owner().subject()).stream().toList();
        return notify(event, BuiltInRule.RISK_IDENTIFIED, e.projectId(), data, owner);
    }

    @Transactional
    public int statusReportPublished(IncomingEvent<RuleEvents.StatusReportPublished> event) {
        RuleEvents.StatusReportPublished e = event.payload();
        RuleEvents.Health h = e.health();
        ProjectStatus.record(e.projectId(), e.projectKey(), e.projectName(), e.reportId(), e.periodStart(),
                e.periodEnd(), h.overall(), h.schedule(), h.cost(), h.scope(), h.risk(), h.resources(), e.summary(),
                e.publishedAt() != null ? e.publishedAt()
                        : event.time() != null ? event.time().toInstant() : java.time.Instant.EPOCH);
        Map<String, Object> data = projectData(e.projectId(), e.projectKey(), e);
        if (e.projectName() != null && Project.findByIdOptional(e.projectId()).isEmpty()) {
            data.put("projectName", e.projectName());
        }
        return notify(event, BuiltInRule.STATUS_REPORT_PUBLISHED, e.projectId(), data,
                stakeholders(e.projectId(), s -> s.asksFor("STATUS_REPORTS")));
    }

    @Transactional
    public int riskEscalated(IncomingEvent<RuleEvents.RiskEscalated> event) {
        RuleEvents.RiskEscalated e = event.payload();
        Recipients to = new Recipients();
        to.addAll(people(e.owner(), e.manager()));
        to.addAll(stakeholders(e.projectId(),
                s -> s.reachable() && (s.accountable || s.asksFor("RISK_ESCALATIONS"))));
        return notify(event, BuiltInRule.RISK_ESCALATED, e.projectId(), projectData(e.projectId(), e.projectKey(), e),
                to.list());
    }

    /**
     * Keyed by the resource, not a project: the notification names no project, and goes to the managers of every
     * project with work in the period (those known to the directory).
     */
    @Transactional
    public int overAllocationDetected(IncomingEvent<RuleEvents.OverAllocationDetected> event) {
        RuleEvents.OverAllocationDetected e = event.payload();
        Recipients to = new Recipients();
        to.addAll(people(e.manager()));
        List<String> projectNames = e.projects().stream().map(p -> {
            if (ProjectRuleSetting.runs(p.projectId(), BuiltInRule.OVER_ALLOCATION_DETECTED)) {
                to.addAll(withRole(p.projectId(), ProjectRole.MANAGER));
            }
            return Project.<Project>findByIdOptional(p.projectId()).map(known -> known.name + " (" + known.key + ")")
                    .orElse(p.projectId().toString());
        }).toList();
        Map<String, Object> data = new HashMap<>();
        data.put("e", renderer.asData(e));
        data.put("projectNames", projectNames);
        Set<UUID> scope = e.projects().stream().map(RuleEvents.AffectedProject::projectId)
                .collect(Collectors.toSet());
        return notify(event, BuiltInRule.OVER_ALLOCATION_DETECTED, null, scope, data, to.list());
    }

    @Transactional
    public int milestoneMissed(IncomingEvent<RuleEvents.MilestoneMissed> event) {
        RuleEvents.MilestoneMissed e = event.payload();
        Recipients to = new Recipients();
        to.addAll(people(e.sponsor(), e.manager()));
        to.addAll(sponsorAndManager(e.projectId()));
        to.addAll(stakeholders(e.projectId(), s -> s.asksFor("MILESTONES")));
        return notify(event, BuiltInRule.MILESTONE_MISSED, e.projectId(),
                projectData(e.projectId(), e.projectKey(), e), to.list());
    }

    @Transactional
    public int milestoneMoved(IncomingEvent<RuleEvents.MilestoneMoved> event) {
        RuleEvents.MilestoneMoved e = event.payload();
        Recipients to = new Recipients();
        to.addAll(sponsorAndManager(e.projectId()));
        to.addAll(stakeholders(e.projectId(), s -> s.asksFor("MILESTONES")));
        return notify(event, BuiltInRule.MILESTONE_MOVED, e.projectId(),
                projectData(e.projectId(), e.projectKey(), e), to.list());
    }

    @Transactional
    public int budgetThresholdCrossed(IncomingEvent<RuleEvents.BudgetThresholdCrossed> event) {
        RuleEvents.BudgetThresholdCrossed e = event.payload();
        Recipients to = new Recipients();
        to.addAll(people(e.sponsor(), e.manager()));
        to.addAll(sponsorAndManager(e.projectId()));
        to.addAll(stakeholders(e.projectId(), s -> s.asksFor("BUDGET_ALERTS")));
        return notify(event, BuiltInRule.BUDGET_THRESHOLD_CROSSED, e.projectId(),
                projectData(e.projectId(), e.projectKey(), e), to.list());
    }

    @Transactional
    public int mitigationDueSoon(IncomingEvent<RuleEvents.MitigationDueSoon> event) {
        RuleEvents.MitigationDueSoon e = event.payload();
        return notify(event, BuiltInRule.MITIGATION_DUE_SOON, e.projectId(),
                projectData(e.projectId(), e.projectKey(), e), people(e.owner()));
    }

    @Transactional
    public int mitigationOverdue(IncomingEvent<RuleEvents.MitigationOverdue> event) {
        RuleEvents.MitigationOverdue e = event.payload();
        return notify(event, BuiltInRule.MITIGATION_OVERDUE, e.projectId(),
                projectData(e.projectId(), e.projectKey(), e), people(e.owner(), e.riskOwner()));
    }

    @Transactional
    public int riskReviewDue(IncomingEvent<RuleEvents.RiskReviewDue> event) {
        RuleEvents.RiskReviewDue e = event.payload();
        return notify(event, BuiltInRule.RISK_REVIEW_DUE, e.projectId(),
                projectData(e.projectId(), e.projectKey(), e), people(e.owner()));
    }

    private int notify(IncomingEvent<?> event, BuiltInRule rule, UUID projectId, Map<String, Object> data,
            List<Recipient> to) {
        return notify(event, rule, projectId, projectId == null ? Set.of() : Set.of(projectId), data, to);
    }

    /**
     * Stores the rule's notifications (unless the rule is switched off in the project) and those of the matching
     * subscriptions whose owner may read one of the event's projects ({@code scope}); a recipient hears once,
     * at once if any reason says so, else in their digest.
     */
    private int notify(IncomingEvent<?> event, BuiltInRule rule, UUID projectId, Set<UUID> scope,
            Map<String, Object> data, List<Recipient> to) {
        Recipients immediate = new Recipients();
        if (ProjectRuleSetting.runs(projectId, rule)) {
            immediate.addAll(to);
        }
        Map<UUID, Held> held = new LinkedHashMap<>();
        for (Subscription subscription : Subscription.candidatesFor(scope)) {
            if (!subscription.matches(event.type(), rule.severity()) || !mayRead(subscription.ownerSubject, scope)) {
                continue;
            }
            Recipient recipient = Recipient.findById(subscription.recipientId);
            if (recipient == null) {
                continue;
            }
            switch (recipient.preferredChannel == Channel.WEBHOOK ? SubscriptionDelivery.IMMEDIATE
                    : subscription.delivery) {
                case IMMEDIATE -> immediate.addAll(List.of(recipient));
                case DAILY_DIGEST -> held.put(recipient.id, new Held(recipient, DigestCadence.DAILY));
                case WEEKLY_DIGEST -> held.putIfAbsent(recipient.id, new Held(recipient, DigestCadence.WEEKLY));
            }
        }
        About about = new About(UUID.fromString(event.id()), event.type(), projectId);
        int stored = 0;
        for (Recipient recipient : immediate.list()) {
            held.remove(recipient.id);
            Optional<DigestCadence> preferred = digestCadenceOf(recipient);
            if (preferred.isPresent()) {
                held.put(recipient.id, new Held(recipient, preferred.get()));
                continue;
            }
            Optional<Message> message = renderer.render(event, rule.templateName(), personal(data, recipient),
                    recipient);
            if (message.isPresent() && deliveries.enqueue(about, message.get())) {
                stored++;
            }
        }
        for (Held hold : held.values()) {
            if (!hold.recipient().active) {
                continue;
            }
            MessageRenderer.Text text = renderer.text(event.type(), rule.templateName(),
                    personal(data, hold.recipient()));
            if (digests.hold(about.eventId(), event.type(), projectId, hold.recipient().id, hold.cadence(),
                    text.subject(), text.body())) {
                stored++;
            }
        }
        return stored;
    }

    private record Held(Recipient recipient, DigestCadence cadence) {
    }

    /** A recipient asking for digests hears in them (webhooks, read by machines, always at once). */
    private static Optional<DigestCadence> digestCadenceOf(Recipient recipient) {
        if (recipient.preferredChannel == Channel.WEBHOOK) {
            return Optional.empty();
        }
        return switch (recipient.frequency) {
            case IMMEDIATE -> Optional.empty();
            case DAILY_DIGEST -> Optional.of(DigestCadence.DAILY);
            case WEEKLY_DIGEST -> Optional.of(DigestCadence.WEEKLY);
        };
    }

    private static Map<String, Object> personal(Map<String, Object> data, Recipient recipient) {
        Map<String, Object> personal = new HashMap<>(data);
        personal.put("recipientName", recipient.displayName);
        return personal;
    }

    /**
     * Whether the subscriber may read one of the event's projects, by the membership projection (global roles
     * live in tokens, which an event does not carry: admins subscribe to projects as members like everyone).
     */
    private boolean mayRead(String subject, Set<UUID> scope) {
        return scope.stream().anyMatch(projectId -> memberships.roleOf(projectId, subject).isPresent());
    }

    /** Recipients in the order first added, each once (one person may be owner, manager and stakeholder). */
    private static final class Recipients {
        private final Map<UUID, Recipient> byId = new LinkedHashMap<>();

        void addAll(Collection<Recipient> recipients) {
            recipients.forEach(r -> byId.putIfAbsent(r.id, r));
        }

        List<Recipient> list() {
            return List.copyOf(byId.values());
        }
    }

    /** The people an event names (nulls skipped), enrolled in the directory if they are not in it yet. */
    private List<Recipient> people(PersonRef... named) {
        List<PersonRef> present = Arrays.stream(named).filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return List.of();
        }
        Map<String, Recipient> enrolled = recipients.enrol(present);
        return present.stream().map(person -> enrolled.get(person.subject())).distinct().toList();
    }

    /** The project's stakeholders passing the test, through the recipients that reach them. */
    private static List<Recipient> stakeholders(UUID projectId, Predicate<Stakeholder> test) {
        return Stakeholder.ofProject(projectId).stream().filter(test)
                .map(s -> Recipient.<Recipient>findById(s.recipientId)).filter(Objects::nonNull).distinct().toList();
    }

    /** The project's sponsor and manager, once each (one person may be both). */
    private static List<Recipient> sponsorAndManager(UUID projectId) {
        return withRole(projectId, ProjectRole.SPONSOR, ProjectRole.MANAGER);
    }

    private static List<Recipient> withRole(UUID projectId, ProjectRole... roles) {
        Recipients found = new Recipients();
        List<ProjectRecipient> links = ProjectRecipient.list(
                "id.projectId = ?1 and id.role in ?2 order by id.role, id.recipientId", projectId, List.of(roles));
        found.addAll(links.stream().map(link -> Recipient.<Recipient>findById(link.id.recipientId)).toList());
        return found.list();
    }

    /** What every template may use: the project's key and name (as known here), and the event's data as {@code e}. */
    private Map<String, Object> projectData(UUID projectId, String projectKey, Object payload) {
        Map<String, Object> data = new HashMap<>();
        Optional<Project> project = Project.findByIdOptional(projectId);
        data.put("projectKey", project.map(p -> p.key).orElse(projectKey == null ? "" : projectKey));
        data.put("projectName", project.map(p -> p.name).orElse(projectKey == null ? "" : projectKey));
        data.put("e", renderer.asData(payload));
        return data;
    }
}
