package io.implementa.resource.resource;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.people.PersonRef;
import io.implementa.resource.resource.ResourceApi.CreateResourceRequest;
import io.implementa.resource.resource.ResourceApi.ResourceView;
import io.implementa.resource.resource.ResourceApi.UpdateResourceRequest;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Use cases of the resource pool; each write commits the change and its event together. */
@ApplicationScoped
public class ResourceService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt");

    private final Outbox outbox;
    private final Clock clock;
    private final Event<Deactivated> deactivated;

    public ResourceService(Outbox outbox, Clock clock, Event<Deactivated> deactivated) {
        this.outbox = outbox;
        this.clock = clock;
        this.deactivated = deactivated;
    }

    /** Fired in the deactivating transaction, so the resource's future work is released with it. */
    public record Deactivated(UUID resourceId, LocalDate on) {
    }

    /** List filters; each one that is set narrows the result. */
    public record Filter(ResourceKind kind, ResourceStatus status, String department, String text) {
    }

    @Transactional
    public ResourceView create(CreateResourceRequest request) {
        Resource resource = Resource.register(request.kind(), request.profile(), request.rates(), clock.instant());
        requireNotInPool(resource.person, resource.id);
        resource.persistAndFlush();
        outbox.publish(resource.id, resource.id, ResourceEvents.ResourceCreated.of(resource));
        return ResourceView.of(resource);
    }

    public Optional<ResourceView> find(UUID id) {
        return Resource.<Resource>findByIdOptional(id).map(ResourceView::of);
    }

    public PageView<ResourceView> list(Filter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            parameters.and("kind", filter.kind());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.department() != null && !filter.department().isBlank()) {
            conditions.add("lower(department) = :department");
            parameters.and("department", filter.department().trim().toLowerCase());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(name) like :text or lower(role) like :text or lower(department) like :text"
                    + " or lower(location) like :text or lower(person.name) like :text"
                    + " or lower(person.email) like :text)");
            parameters.and("text", "%" + likeEscaped(filter.text().trim().toLowerCase()) + "%");
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("name").and("id"));
        return PageView.of(Resource.find(String.join(" and ", conditions), sort, parameters), page,
                ResourceView::of);
    }

    @Transactional
    public Optional<ResourceView> update(UUID id, IfMatch ifMatch, UpdateResourceRequest request) {
        Optional<Resource> found = Resource.findByIdOptional(id);
        found.ifPresent(resource -> {
            ifMatch.check(resource.version);
            Resource.Profile profile = merged(resource.profile(), request);
            List<CostRate> rates = request.costRates() == null ? resource.costRates()
                    : ResourceApi.rates(Patch.required(request.costRates(), List.of(), "costRates"));
            if (resource.revise(profile, rates, clock.instant())) {
                requireNotInPool(resource.person, resource.id);
                resource.flush();
                outbox.publish(resource.id, resource.id, ResourceEvents.ResourceUpdated.of(resource));
            }
        });
        return found.map(ResourceView::of);
    }

    @Transactional
    public Optional<ResourceView> deactivate(UUID id) {
        Optional<Resource> found = Resource.findByIdOptional(id);
        found.ifPresent(resource -> {
            resource.deactivate(clock.instant());
            resource.flush();
            outbox.publish(resource.id, resource.id, ResourceEvents.ResourceDeactivated.of(resource));
            deactivated.fire(new Deactivated(resource.id, LocalDate.now(clock)));
        });
        return found.map(ResourceView::of);
    }

    /** A person is in the pool once (a unique index backs this up against concurrent requests). */
    private static void requireNotInPool(PersonRef person, UUID self) {
        if (person == null) {
            return;
        }
        Resource.findOtherWithPerson(person.subject(), self).ifPresent(other -> {
            throw new ProblemException.Conflict("duplicate-person", "Person already in the pool",
                    "person " + person.subject() + " is already in the pool as resource " + other.id)
                    .with("resourceId", other.id);
        });
    }

    private static Resource.Profile merged(Resource.Profile current, UpdateResourceRequest request) {
        return new Resource.Profile(
                Patch.required(request.name(), current.name(), "name"),
                Patch.optional(request.person(), current.person()),
                Patch.optional(request.role(), current.role()),
                Patch.optional(request.department(), current.department()),
                Patch.optional(request.manager(), current.manager()),
                Patch.optional(request.location(), current.location()),
                Patch.optional(request.timeZone(), current.timeZone()));
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
