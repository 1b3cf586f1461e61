package io.implementa.project.projection;

import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import io.implementa.project.projection.ExternalEvents.OverAllocationDetected;
import io.implementa.project.projection.ExternalEvents.OverAllocationResolved;
import io.implementa.project.projection.ExternalEvents.ResourceCreated;
import io.implementa.project.projection.ExternalEvents.ResourceUpdated;
import io.implementa.project.projection.ExternalEvents.RiskSummaryChanged;
import io.implementa.project.projection.ExternalEvents.TimesheetApproved;
import jakarta.enterprise.context.ApplicationScoped;

/** The consumers that keep the {@link ProjectionStore} current, one per event type. */
public final class ProjectionHandlers {

    private ProjectionHandlers() {
    }

    @ApplicationScoped
    static class OnRiskSummaryChanged implements EventHandler<RiskSummaryChanged> {

        private final ProjectionStore store;

        OnRiskSummaryChanged(ProjectionStore store) {
            this.store = store;
        }

        @Override
        public Class<RiskSummaryChanged> payloadType() {
            return RiskSummaryChanged.class;
        }

        @Override
        public void handle(IncomingEvent<RiskSummaryChanged> event) {
            store.riskSummary(event.payload());
        }
    }

    @ApplicationScoped
    static class OnOverAllocationDetected implements EventHandler<OverAllocationDetected> {

        private final ProjectionStore store;

        OnOverAllocationDetected(ProjectionStore store) {
            this.store = store;
        }

        @Override
        public Class<OverAllocationDetected> payloadType() {
            return OverAllocationDetected.class;
        }

        @Override
        public void handle(IncomingEvent<OverAllocationDetected> event) {
            store.overAllocationDetected(event.payload());
        }
    }

    @ApplicationScoped
    static class OnOverAllocationResolved implements EventHandler<OverAllocationResolved> {

        private final ProjectionStore store;

        OnOverAllocationResolved(ProjectionStore store) {
            this.store = store;
        }

        @Override
        public Class<OverAllocationResolved> payloadType() {
            return OverAllocationResolved.class;
        }

        @Override
        public void handle(IncomingEvent<OverAllocationResolved> event) {
            store.overAllocationResolved(event.payload().episodeId());
        }
    }

    @ApplicationScoped
    static class OnResourceCreated implements EventHandler<ResourceCreated> {

        private final ProjectionStore store;

        OnResourceCreated(ProjectionStore store) {
            this.store = store;
        }

        @Override
        public Class<ResourceCreated> payloadType() {
            return ResourceCreated.class;
        }

        @Override
        public void handle(IncomingEvent<ResourceCreated> event) {
            ResourceCreated r = event.payload();
            store.costRates(r.resourceId(), r.name(), r.costRates(), r.version());
            store.email(r.resourceId(), r.person() == null ? null : r.person().email(), r.version());
        }
    }

    @ApplicationScoped
    static class OnResourceUpdated implements EventHandler<ResourceUpdated> {

        private final ProjectionStore store;

        OnResourceUpdated(ProjectionStore store) {
            this.store = store;
        }

        @Override
        public Class<ResourceUpdated> payloadType() {
            return ResourceUpdated.class;
        }

        @Override
        public void handle(IncomingEvent<ResourceUpdated> event) {
            ResourceUpdated r = event.payload();
            store.costRates(r.resourceId(), r.name(), r.costRates(), r.version());
            store.email(r.resourceId(), r.person() == null ? null : r.person().email(), r.version());
        }
    }

    @ApplicationScoped
    static class OnTimesheetApproved implements EventHandler<TimesheetApproved> {

        private final ProjectionStore store;

        OnTimesheetApproved(ProjectionStore store) {
            this.store = store;
        }

        @Override
        public Class<TimesheetApproved> payloadType() {
            return TimesheetApproved.class;
        }

        @Override
        public void handle(IncomingEvent<TimesheetApproved> event) {
            store.timesheetApproved(event.payload());
        }
    }
}
