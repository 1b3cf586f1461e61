package io.implementa.risk.action;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import io.implementa.risk.register.RiskRegister;
import io.implementa.risk.risk.Risk;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/** What the reminder job tells the suite about mitigation actions. Schemas: {@code docs/events.md}. */
public final class ActionEvents {

    private ActionEvents() {
    }

    /** An open mitigation action is due within the configured number of days. Once per due date. */
    @EventType("io.implementa.risk.MitigationDueSoon")
    public record MitigationDueSoon(
            @NotNull UUID actionId,
            @NotBlank String title,
            @NotNull UUID riskId,
            @NotBlank String riskKey,
            @NotBlank String riskTitle,
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotNull PersonRef owner,
            @NotNull PersonRef riskOwner,
            @NotNull LocalDate dueDate,
            int daysLeft) {

        static MitigationDueSoon of(MitigationAction a, Risk risk, RiskRegister register, LocalDate today) {
            return new MitigationDueSoon(a.id, a.title, risk.id, risk.key, risk.title, a.projectId,
                    register.projectKey, a.owner, risk.owner, a.dueDate,
                    (int) java.time.temporal.ChronoUnit.DAYS.between(today, a.dueDate));
        }
    }

    /**
     * An open mitigation action is past its due date: announced once, then again each reminder interval while it
     * stays open and overdue.
     */
    @EventType("io.implementa.risk.MitigationOverdue")
    public record MitigationOverdue(
            @NotNull UUID actionId,
            @NotBlank String title,
            @NotNull UUID riskId,
            @NotBlank String riskKey,
            @NotBlank String riskTitle,
            @NotNull UUID projectId,
            @NotBlank String projectKey,
            @NotNull PersonRef owner,
            @NotNull PersonRef riskOwner,
            @NotNull LocalDate dueDate,
            int daysOverdue,
            int announcement) {

        static MitigationOverdue of(MitigationAction a, Risk risk, RiskRegister register, LocalDate today) {
            return new MitigationOverdue(a.id, a.title, risk.id, risk.key, risk.title, a.projectId,
                    register.projectKey, a.owner, risk.owner, a.dueDate,
                    (int) java.time.temporal.ChronoUnit.DAYS.between(a.dueDate, today), a.overdueAnnouncements);
        }
    }
}
