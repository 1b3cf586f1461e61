package io.implementa.notification.rule;

import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;

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
}
