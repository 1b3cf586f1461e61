package io.implementa.notification.rule;

import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import java.util.function.Consumer;

/** The consumers feeding the built-in rules, one per event type. */
public final class RuleHandlers {

    private RuleHandlers() {
    }

    @ApplicationScoped
    public static class PhaseAdvancedHandler implements EventHandler<RuleEvents.ProjectPhaseAdvanced> {

        private final NotificationRules rules;

        public PhaseAdvancedHandler(NotificationRules rules) {
            this.rules = rules;
        }

        @Override
        public Class<RuleEvents.ProjectPhaseAdvanced> payloadType() {
            return RuleEvents.ProjectPhaseAdvanced.class;
        }

        @Override
        public void handle(IncomingEvent<RuleEvents.ProjectPhaseAdvanced> event) {
            rules.phaseAdvanced(event);
        }
    }

    @ApplicationScoped
    public static class ProjectClosedHandler implements EventHandler<RuleEvents.ProjectClosed> {

        private final NotificationRules rules;

        public ProjectClosedHandler(NotificationRules rules) {
            this.rules = rules;
        }

        @Override
        public Class<RuleEvents.ProjectClosed> payloadType() {
            return RuleEvents.ProjectClosed.class;
        }

        @Override
        public void handle(IncomingEvent<RuleEvents.ProjectClosed> event) {
            rules.projectClosed(event);
        }
    }

    @ApplicationScoped
    public static class RiskIdentifiedHandler implements EventHandler<RuleEvents.RiskIdentified> {

        private final NotificationRules rules;

        public RiskIdentifiedHandler(NotificationRules rules) {
            this.rules = rules;
        }

        @Override
        public Class<RuleEvents.RiskIdentified> payloadType() {
            return RuleEvents.RiskIdentified.class;
        }

        @Override
        public void handle(IncomingEvent<RuleEvents.RiskIdentified> event) {
            rules.riskIdentified(event);
        }
    }

    /** A handler that passes its event type to one rule (singletons: no client proxy, so no no-args constructor). */
    abstract static class RuleHandler<T> implements EventHandler<T> {

        private final Class<T> type;
        private final Consumer<IncomingEvent<T>> rule;

        RuleHandler(Class<T> type, Consumer<IncomingEvent<T>> rule) {
            this.type = type;
            this.rule = rule;
        }

        @Override
        public Class<T> payloadType() {
            return type;
        }

        @Override
        public void handle(IncomingEvent<T> event) {
            rule.accept(event);
        }
    }

    @Singleton
    public static class StatusReportPublishedHandler extends RuleHandler<RuleEvents.StatusReportPublished> {

        public StatusReportPublishedHandler(NotificationRules rules) {
            super(RuleEvents.StatusReportPublished.class, rules::statusReportPublished);
        }
    }

    @Singleton
    public static class RiskEscalatedHandler extends RuleHandler<RuleEvents.RiskEscalated> {

        public RiskEscalatedHandler(NotificationRules rules) {
            super(RuleEvents.RiskEscalated.class, rules::riskEscalated);
        }
    }

    @Singleton
    public static class OverAllocationDetectedHandler extends RuleHandler<RuleEvents.OverAllocationDetected> {

        public OverAllocationDetectedHandler(NotificationRules rules) {
            super(RuleEvents.OverAllocationDetected.class, rules::overAllocationDetected);
        }
    }

    @Singleton
    public static class MilestoneMissedHandler extends RuleHandler<RuleEvents.MilestoneMissed> {

        public MilestoneMissedHandler(NotificationRules rules) {
            super(RuleEvents.MilestoneMissed.class, rules::milestoneMissed);
        }
    }

    @Singleton
    public static class MilestoneMovedHandler extends RuleHandler<RuleEvents.MilestoneMoved> {

        public MilestoneMovedHandler(NotificationRules rules) {
            super(RuleEvents.MilestoneMoved.class, rules::milestoneMoved);
        }
    }

    @Singleton
    public static class BudgetThresholdCrossedHandler extends RuleHandler<RuleEvents.BudgetThresholdCrossed> {

        public BudgetThresholdCrossedHandler(NotificationRules rules) {
            super(RuleEvents.BudgetThresholdCrossed.class, rules::budgetThresholdCrossed);
        }
    }

    @Singleton
    public static class MitigationDueSoonHandler extends RuleHandler<RuleEvents.MitigationDueSoon> {

        public MitigationDueSoonHandler(NotificationRules rules) {
            super(RuleEvents.MitigationDueSoon.class, rules::mitigationDueSoon);
        }
    }

    @Singleton
    public static class MitigationOverdueHandler extends RuleHandler<RuleEvents.MitigationOverdue> {

        public MitigationOverdueHandler(NotificationRules rules) {
            super(RuleEvents.MitigationOverdue.class, rules::mitigationOverdue);
        }
    }

    @Singleton
    public static class RiskReviewDueHandler extends RuleHandler<RuleEvents.RiskReviewDue> {

        public RiskReviewDueHandler(NotificationRules rules) {
            super(RuleEvents.RiskReviewDue.class, rules::riskReviewDue);
        }
    }
}
