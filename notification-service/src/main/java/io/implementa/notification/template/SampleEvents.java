package io.implementa.notification.template;

import io.implementa.notification.rule.BuiltInRule;
import io.implementa.notification.rule.MessageRenderer;
import io.implementa.notification.rule.RuleEvents;
import io.implementa.platform.people.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A sample event per built-in rule, with the data its templates receive, so that a template can be tried before
 * it is saved: the same names as in production ({@code e} the event's data, {@code projectKey},
 * {@code projectName}, {@code recipientName}, and the older templates' own names).
 */
@ApplicationScoped
public class SampleEvents {

    private static final UUID PROJECT = UUID.fromString("0d5b8c52-8f1e-4a43-9a57-7c1f0e6d2b10");
    private static final PersonRef MANAGER = new PersonRef("a1b2c3d4-0001", "mia.manager@example.com", "Mia Manager");
    private static final PersonRef SPONSOR = new PersonRef("a1b2c3d4-0002", "sam.sponsor@example.com", "Sam Sponsor");
    private static final PersonRef OWNER = new PersonRef("a1b2c3d4-0003", "priya.raman@example.com", "Priya Raman");
    private static final LocalDate DAY = LocalDate.of(2027, 3, 15);

    private final MessageRenderer renderer;

    public SampleEvents(MessageRenderer renderer) {
        this.renderer = renderer;
    }

    public Map<String, Object> dataFor(BuiltInRule rule) {
        Map<String, Object> data = new HashMap<>();
        data.put("projectKey", "ERP-2027");
        data.put("projectName", "ERP roll-out 2027");
        data.put("recipientName", "Carmen Ruiz");
        data.put("by", MANAGER.name());
        data.put("waived", false);
        Object payload = switch (rule) {
            case PROJECT_PHASE_ADVANCED -> {
                data.put("fromPhase", "INITIATION");
                data.put("toPhase", "PLANNING");
                data.put("status", "ACTIVE");
                yield new RuleEvents.ProjectPhaseAdvanced(PROJECT, "ERP-2027", "INITIATION", "PLANNING", "ACTIVE",
                        MANAGER, false, Instant.parse("2027-01-04T09:00:00Z"));
            }
            case PROJECT_CLOSED -> new RuleEvents.ProjectClosed(PROJECT, "ERP-2027", false, MANAGER,
                    Instant.parse("2027-12-17T17:00:00Z"));
            case RISK_IDENTIFIED -> {
                data.put("riskKey", "ERP-2027-R-001");
                data.put("title", "Legacy customer data fails validation");
                data.put("category", "DATA_MIGRATION");
                data.put("probability", 4);
                data.put("impact", 5);
                data.put("score", 20);
                data.put("owner", OWNER.name());
                yield new RuleEvents.RiskIdentified(UUID.randomUUID(), "ERP-2027-R-001", PROJECT, "ERP-2027",
                        "Legacy customer data fails validation", "DATA_MIGRATION", 4, 5, 20, OWNER);
            }
            case STATUS_REPORT_PUBLISHED -> new RuleEvents.StatusReportPublished(PROJECT, "ERP-2027",
                    "ERP roll-out 2027", UUID.randomUUID(), DAY.minusDays(14), DAY, "Build on track",
                    "Migration rehearsal done", "Cut-over plan", "Two interfaces late", "Approve go-live date",
                    new RuleEvents.Health("GREEN", "AMBER", "GREEN", "AMBER", "GREEN", "AMBER"), MANAGER,
                    Instant.parse("2027-03-15T16:00:00Z"));
            case RISK_ESCALATED -> new RuleEvents.RiskEscalated(UUID.randomUUID(), "ERP-2027-R-001", PROJECT,
                    "ERP-2027", "Legacy customer data fails validation", "DATA_MIGRATION", "ASSESSED", 20, "CRITICAL",
                    15, OWNER, MANAGER, Instant.parse("2027-03-15T14:05:12Z"));
            case OVER_ALLOCATION_DETECTED -> {
                data.put("projectNames", List.of("ERP roll-out 2027 (ERP-2027)", "CRM upgrade (CRM-7)"));
                yield new RuleEvents.OverAllocationDetected(UUID.randomUUID(), UUID.randomUUID(), "Priya Raman",
                        OWNER, MANAGER, DAY, DAY.plusDays(16),
                        List.of(new RuleEvents.AffectedProject(PROJECT, true)));
            }
            case MILESTONE_MISSED -> new RuleEvents.MilestoneMissed(PROJECT, "ERP-2027", UUID.randomUUID(),
                    "Go-live", DAY, DAY.plusDays(5), MANAGER, SPONSOR);
            case MILESTONE_MOVED -> new RuleEvents.MilestoneMoved(PROJECT, "ERP-2027", UUID.randomUUID(), "Go-live",
                    DAY, DAY.plusDays(5), DAY.plusDays(4), true, MANAGER);
            case BUDGET_THRESHOLD_CROSSED -> new RuleEvents.BudgetThresholdCrossed(PROJECT, "ERP-2027", "EUR",
                    new BigDecimal("500000"), new BigDecimal("410000"), 80, new BigDecimal("82"), MANAGER, SPONSOR);
            case MITIGATION_DUE_SOON -> new RuleEvents.MitigationDueSoon(UUID.randomUUID(), "Cleansing sprint",
                    UUID.randomUUID(), "ERP-2027-R-001", "Legacy customer data fails validation", PROJECT, "ERP-2027",
                    OWNER, MANAGER, DAY, 3);
            case MITIGATION_OVERDUE -> new RuleEvents.MitigationOverdue(UUID.randomUUID(), "Cleansing sprint",
                    UUID.randomUUID(), "ERP-2027-R-001", "Legacy customer data fails validation", PROJECT, "ERP-2027",
                    OWNER, MANAGER, DAY, 1, 1);
            case RISK_REVIEW_DUE -> new RuleEvents.RiskReviewDue(UUID.randomUUID(), "ERP-2027-R-001", PROJECT,
                    "ERP-2027", "Legacy customer data fails validation", "RESPONDING", 20, "CRITICAL", DAY, 0, OWNER,
                    MANAGER);
        };
        data.put("e", renderer.asData(payload));
        return data;
    }
}
