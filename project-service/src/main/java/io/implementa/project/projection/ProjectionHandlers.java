package io.implementa.project.projection;

import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import io.implementa.project.projection.ExternalEvents.OverAllocationDetected;
import io.implementa.project.projection.ExternalEvents.OverAllocationResolved;
import io.implementa.project.projection.ExternalEvents.ResourceCreated;
import io.implementa.project.projection.ExternalEvents.ResourceUpdated;
import io.implementa.project.projection.ExternalEvents.RiskSummaryChanged;
import io.implementa.project.projection.ExternalEvents.TimesheetApproved;
import io.implementa.project.health.HealthService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The consumers that keep the {@link ProjectionStore} current, one per event type; those whose events feed the
 * proposed health (risk summary, over-allocations, approved timesheets) then have it recomputed for the projects
 * concerned ({@link HealthService#recompute}).
 */
public final class ProjectionHandlers {

    private ProjectionHandlers() {
    }

    @ApplicationScoped
    static class OnRiskSummaryChanged implements EventHandler<RiskSummaryChanged> {

        private final ProjectionStore store;
        private final HealthService health;

        OnRiskSummaryChanged(ProjectionStore store, HealthService health) {
            this.store = store;
            this.health = health;
        }

        @Override
        public Class<RiskSummaryChanged> payloadType() {
            return RiskSummaryChanged.class;
        }

        @Override
        public void handle(IncomingEvent<RiskSummaryChanged> event) {
            store.riskSummary(event.payload());
            health.recompute(event.payload().projectId());
        }
    }

    @ApplicationScoped
    static class OnOverAllocationDetected implements EventHandler<OverAllocationDetected> {

        private final ProjectionStore store;
        private final HealthService health;

        OnOverAllocationDetected(ProjectionStore store, HealthService health) {
            this.store = store;
            this.health = health;
        }

        @Override
        public Class<OverAllocationDetected> payloadType() {
            return OverAllocationDetected.class;
        }

        @Override
        public void handle(IncomingEvent<OverAllocationDetected> event) {
            store.overAllocationDetected(event.payload());
            event.payload().projects().stream().map(p -> p.projectId()).distinct().forEach(health::recompute);
        }
    }

    @ApplicationScoped
    static class OnOverAllocationResolved implements EventHandler<OverAllocationResolved> {

        private final ProjectionStore store;
        private final HealthService health;

        OnOverAllocationResolved(ProjectionStore store, HealthService health) {
            this.store = store;
            this.health = health;
        }

        @Override
        public Class<OverAllocationResolved> payloadType() {
            return OverAllocationResolved.class;
        }

        @Override
        public void handle(IncomingEvent<OverAllocationResolved> event) {
            List<UUID> projects = store.projectsOfEpisode(event.payload().episodeId());
            store.overAllocationResolved(event.payload().episodeId());
            projects.forEach(health::recompute);
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
            store.resource(r.resourceId(), r.name(), r.person() == null ? null : r.person().email(), r.costRates(),
                    r.version());
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
            store.resource(r.resourceId(), r.name(), r.person() == null ? null : r.person().email(), r.costRates(),
                    r.version());
        }
    }

    @ApplicationScoped
    static class OnTimesheetApproved implements EventHandler<TimesheetApproved> {

        private final ProjectionStore store;
        private final HealthService health;

        OnTimesheetApproved(ProjectionStore store, HealthService health) {
            this.store = store;
            this.health = health;
        }

        @Override
        public Class<TimesheetApproved> payloadType() {
            return TimesheetApproved.class;
        }

        @Override
        public void handle(IncomingEvent<TimesheetApproved> event) {
            store.timesheetApproved(event.payload());
            event.payload().entries().stream().map(e -> e.projectId()).distinct().forEach(health::recompute);
        }
    }
}
