package io.implementa.risk.feed;

import io.implementa.platform.feed.FeedCalendar;
import io.implementa.platform.feed.FeedCalendar.Item;
import io.implementa.platform.security.Memberships;
import io.implementa.risk.action.ActionStatus;
import io.implementa.risk.action.MitigationAction;
import io.implementa.risk.register.RiskRegister;
import io.implementa.risk.risk.Risk;
import io.implementa.risk.risk.RiskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The events of the risk-service's calendar feeds: a mitigation action on its due date (cancelled ones left out,
 * done ones marked), a risk that is not closed on its next review date. UIDs are the action's and the risk's ids
 * (one review event per risk, moving with its next review date).
 */
@ApplicationScoped
public class RiskFeeds {

    private final Memberships memberships;

    public RiskFeeds(Memberships memberships) {
        this.memberships = memberships;
    }

    /** One project's actions and reviews. */
    public FeedCalendar ofProject(UUID projectId) {
        List<Risk> risks = Risk.list("projectId", projectId);
        String name = RiskRegister.<RiskRegister>findByIdOptional(projectId).map(r -> r.projectKey + " " + r.projectName)
                .orElse("Project");
        return events(FeedCalendar.named(name + ": mitigation actions and risk reviews"), risks,
                MitigationAction.list("projectId = ?1 and status <> ?2", projectId, ActionStatus.CANCELLED));
    }

    /** The actions and risks the person owns, in the projects they are a member of. */
    public FeedCalendar ofOwner(String subject) {
        Set<UUID> projects = memberships.projectsOf(subject);
        FeedCalendar calendar = FeedCalendar.named("My mitigation actions and risk reviews");
        if (projects.isEmpty()) {
            return calendar;
        }
        List<Risk> owned = Risk.list("projectId in ?1 and owner.subject = ?2", projects, subject);
        List<MitigationAction> actions = MitigationAction.list(
                "projectId in ?1 and owner.subject = ?2 and status <> ?3", projects, subject, ActionStatus.CANCELLED);
        return events(calendar, owned, actions);
    }

    private static FeedCalendar events(FeedCalendar calendar, List<Risk> risks, List<MitigationAction> actions) {
        List<Item> items = new ArrayList<>();
        for (Risk risk : risks) {
            if (risk.status != RiskStatus.CLOSED && risk.nextReviewDate != null) {
                items.add(Item.onDay("risk-review-" + risk.id + "@risk-service.implementa",
                        "Risk review: " + risk.key + " " + risk.title, risk.nextReviewDate,
                        "Review of risk " + risk.key + " (score " + risk.score + ", " + risk.status + ")"
                                + (risk.owner == null ? "" : ", owned by " + risk.owner.name()),
                        risk.updatedAt, "Risk review"));
            }
        }
        Map<UUID, Risk> byId = new HashMap<>();
        Set<UUID> missing = new HashSet<>();
        risks.forEach(r -> byId.put(r.id, r));
        actions.stream().map(a -> a.riskId).filter(id -> !byId.containsKey(id)).forEach(missing::add);
        if (!missing.isEmpty()) {
            Risk.<Risk>list("id in ?1", missing).forEach(r -> byId.put(r.id, r));
        }
        for (MitigationAction action : actions) {
            Risk risk = byId.get(action.riskId);
            String riskKey = risk == null ? "" : " (" + risk.key + ")";
            boolean done = action.status == ActionStatus.DONE;
            items.add(Item.onDay("mitigation-" + action.id + "@risk-service.implementa",
                    "Mitigation due: " + action.title + riskKey + (done ? " (done)" : ""), action.dueDate,
                    "Mitigation action of risk" + riskKey + (risk == null ? "" : " " + risk.title)
                            + (action.owner == null ? "" : ", owned by " + action.owner.name()) + ", " + action.status,
                    action.updatedAt, "Mitigation"));
        }
        return calendar.allDay(items);
    }
}
