package io.implementa.notification.stakeholder;

import io.implementa.notification.stakeholder.StakeholderEvents.StakeholderAdded;
import io.implementa.notification.stakeholder.StakeholderEvents.StakeholderChanged;
import io.implementa.notification.stakeholder.StakeholderEvents.StakeholderRemoved;
import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** The consumers keeping the stakeholder projection, one per event type. */
public final class StakeholderHandlers {

    private StakeholderHandlers() {
    }

    @ApplicationScoped
    public static class AddedHandler implements EventHandler<StakeholderAdded> {

        private final StakeholderRegister register;

        public AddedHandler(StakeholderRegister register) {
            this.register = register;
        }

        @Override
        public Class<StakeholderAdded> payloadType() {
            return StakeholderAdded.class;
        }

        @Override
        public void handle(IncomingEvent<StakeholderAdded> event) {
            register.apply(event.payload());
        }
    }

    @ApplicationScoped
    public static class ChangedHandler implements EventHandler<StakeholderChanged> {

        private final StakeholderRegister register;

        public ChangedHandler(StakeholderRegister register) {
            this.register = register;
        }

        @Override
        public Class<StakeholderChanged> payloadType() {
            return StakeholderChanged.class;
        }

        @Override
        public void handle(IncomingEvent<StakeholderChanged> event) {
            register.apply(event.payload());
        }
    }

    @ApplicationScoped
    public static class RemovedHandler implements EventHandler<StakeholderRemoved> {

        private final StakeholderRegister register;

        public RemovedHandler(StakeholderRegister register) {
            this.register = register;
        }

        @Override
        public Class<StakeholderRemoved> payloadType() {
            return StakeholderRemoved.class;
        }

        @Override
        public void handle(IncomingEvent<StakeholderRemoved> event) {
            register.remove(event.payload());
        }
    }
}
