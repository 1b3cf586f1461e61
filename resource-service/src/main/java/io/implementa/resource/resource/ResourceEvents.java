package io.implementa.resource.resource;

import io.implementa.platform.events.EventType;
import io.implementa.platform.people.PersonRef;
import java.util.List;
import java.util.UUID;

/**
 * What the resource aggregate tells the rest of the suite. Each event carries the resource's whole state
 * (person and manager with subject, e-mail and name; every cost rate), so the project-service can cost work
 * and the notification-service can reach managers from any single event. Keyed and subjected by the
 * resource id. Schemas: {@code docs/events.md}.
 */
public final class ResourceEvents {

    private ResourceEvents() {
    }

    @EventType("io.implementa.resource.ResourceCreated")
    public record ResourceCreated(
            UUID resourceId,
            ResourceKind kind,
            String name,
            ResourceStatus status,
            PersonRef person,
            String role,
            String department,
            PersonRef manager,
            String location,
            String timeZone,
            List<CostRate> costRates,
            long version) {

        static ResourceCreated of(Resource r) {
            return new ResourceCreated(r.id, r.kind, r.name, r.status, r.person, r.role, r.department, r.manager,
                    r.location, r.timeZone, r.costRates(), r.version);
        }
    }

    /** The resource after a change of its profile or its cost rates. */
    @EventType("io.implementa.resource.ResourceUpdated")
    public record ResourceUpdated(
            UUID resourceId,
            ResourceKind kind,
            String name,
            ResourceStatus status,
            PersonRef person,
            String role,
            String department,
            PersonRef manager,
            String location,
            String timeZone,
            List<CostRate> costRates,
            long version) {

        static ResourceUpdated of(Resource r) {
            return new ResourceUpdated(r.id, r.kind, r.name, r.status, r.person, r.role, r.department, r.manager,
                    r.location, r.timeZone, r.costRates(), r.version);
        }
    }

    /** The resource left the pool for new work (status INACTIVE); its allocations are to be released. */
    @EventType("io.implementa.resource.ResourceDeactivated")
    public record ResourceDeactivated(
            UUID resourceId,
            ResourceKind kind,
            String name,
            ResourceStatus status,
            PersonRef person,
            String role,
            String department,
            PersonRef manager,
            String location,
            String timeZone,
            List<CostRate> costRates,
            long version) {

        static ResourceDeactivated of(Resource r) {
            return new ResourceDeactivated(r.id, r.kind, r.name, r.status, r.person, r.role, r.department,
                    r.manager, r.location, r.timeZone, r.costRates(), r.version);
        }
    }
}
