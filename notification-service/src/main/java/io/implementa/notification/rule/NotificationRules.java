package io.implementa.notification.rule;

import io.implementa.notification.delivery.DeliveryService;
import io.implementa.notification.delivery.Notification.About;
import io.implementa.notification.project.Project;
import io.implementa.notification.project.ProjectRecipient;
import io.implementa.notification.recipient.Recipient;
import io.implementa.platform.inbox.IncomingEvent;
import io.implementa.platform.people.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The built-in rules: who hears about which event. A project passing a gate or closing → its sponsor and manager;
 * a risk identified → its owner, if the owner is in the directory. Each notification is stored once per event,
 * recipient and channel, in the consuming transaction, and sent by the delivery worker.
 */
@ApplicationScoped
public class NotificationRules {

    private final DeliveryService deliveries;
    private final MessageRenderer renderer;

    public NotificationRules(DeliveryService deliveries, MessageRenderer renderer) {
        this.deliveries = deliveries;
        this.renderer = renderer;
    }

    @Transactional
    public int phaseAdvanced(IncomingEvent<RuleEvents.ProjectPhaseAdvanced> event) {
        RuleEvents.ProjectPhaseAdvanced e = event.payload();
        Map<String, Object> data = projectData(e.projectId(), e.projectKey(), e.by());
        data.put("fromPhase", e.fromPhase());
        data.put("toPhase", e.toPhase());
        data.put("status", e.status());
        data.put("waived", e.waived());
        return notify(event, "ProjectPhaseAdvanced", e.projectId(), data, sponsorAndManager(e.projectId()));
    }

    @Transactional
    public int projectClosed(IncomingEvent<RuleEvents.ProjectClosed> event) {
        RuleEvents.ProjectClosed e = event.payload();
        Map<String, Object> data = projectData(e.projectId(), e.projectKey(), e.by());
        data.put("waived", e.waived());
        return notify(event, "ProjectClosed", e.projectId(), data, sponsorAndManager(e.projectId()));
    }

    @Transactional
    public int riskIdentified(IncomingEvent<RuleEvents.RiskIdentified> event) {
        RuleEvents.RiskIdentified e = event.payload();
        if (e.owner() == null) {
            return 0;
        }
        Map<String, Object> data = projectData(e.projectId(), e.projectKey(), e.owner());
        data.put("riskKey", e.riskKey() == null ? "" : e.riskKey());
        data.put("title", e.title());
        data.put("category", e.category() == null ? "" : e.category());
        data.put("probability", e.probability());
        data.put("impact", e.impact());
        data.put("score", e.score());
        data.put("owner", e.owner().name());
        List<Recipient> owner = Recipient.findByPerson(e.owner().subject()).stream().toList();
        return notify(event, "RiskIdentified", e.projectId(), data, owner);
    }

    private int notify(IncomingEvent<?> event, String templateName, UUID projectId, Map<String, Object> data,
            List<Recipient> recipients) {
        About about = new About(UUID.fromString(event.id()), event.type(), projectId);
        int stored = 0;
        for (Recipient recipient : recipients) {
            Map<String, Object> personal = new HashMap<>(data);
            personal.put("recipientName", recipient.displayName);
            Optional<io.implementa.notification.delivery.Notification.Message> message =
                    renderer.render(event, templateName, personal, recipient);
            if (message.isPresent() && deliveries.enqueue(about, message.get())) {
                stored++;
            }
        }
        return stored;
    }

    /** The project's sponsor and manager, once each (one person may be both). */
    private static List<Recipient> sponsorAndManager(UUID projectId) {
        Set<UUID> ids = new LinkedHashSet<>();
        ProjectRecipient.<ProjectRecipient>list("id.projectId = ?1 order by id.role, id.recipientId", projectId)
                .forEach(link -> ids.add(link.id.recipientId));
        return ids.stream().map(id -> Recipient.<Recipient>findById(id)).toList();
    }

    private static Map<String, Object> projectData(UUID projectId, String projectKey, PersonRef by) {
        Map<String, Object> data = new HashMap<>();
        Optional<Project> project = Project.findByIdOptional(projectId);
        data.put("projectKey", project.map(p -> p.key).orElse(projectKey == null ? "" : projectKey));
        data.put("projectName", project.map(p -> p.name).orElse(projectKey == null ? "" : projectKey));
        data.put("by", by.name());
        return data;
    }
}
