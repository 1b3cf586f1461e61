package io.implementa.resource.allocation;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.security.Caller;
import io.implementa.platform.security.GlobalRole;
import io.implementa.platform.security.ProjectAccess;
import io.implementa.platform.security.ProjectRole;
import io.implementa.resource.allocation.AllocationApi.AllocationView;
import io.implementa.resource.allocation.AllocationApi.CreateAllocationRequest;
import io.implementa.resource.allocation.AllocationApi.UpdateAllocationRequest;
import io.implementa.resource.resource.Resource;
import io.implementa.resource.resource.ResourceService;
import io.implementa.resource.resource.ResourceStatus;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Use cases of allocations; every change re-checks its resource's over-allocation in the same transaction. */
@ApplicationScoped
public class AllocationService {

    private static final Map<String, String> SORTABLE = Map.of("startDate", "startDate", "endDate", "endDate",
            "createdAt", "createdAt");

    private final Outbox outbox;
    private final Clock clock;
    private final OverAllocationChecker checker;
    private final Instance<Caller> caller;
    private final Instance<ProjectAccess> access;

    public AllocationService(Outbox outbox, Clock clock, OverAllocationChecker checker, Instance<Caller> caller,
            Instance<ProjectAccess> access) {
        this.outbox = outbox;
        this.clock = clock;
        this.checker = checker;
        this.caller = caller;
        this.access = access;
    }

    /** List filters; each one that is set narrows the result. Dates select allocations overlapping them. */
    public record Filter(UUID resourceId, UUID projectId, AllocationKind kind, AllocationStatus status,
            LocalDate from, LocalDate to) {
    }

    /**
     * Resource managers allocate to every project; a project's MANAGER to their own project. Anyone else is
     * refused with 403: allocations are readable across the pool, so refusing reveals nothing.
     */
    public void requireAllocator(UUID projectId) {
        Caller who = caller.get();
        if (who.has(GlobalRole.ADMIN) || who.has(GlobalRole.RESOURCE_MANAGER)) {
            return;
        }
        if (projectId != null && access.get().roleIn(projectId).filter(r -> r == ProjectRole.MANAGER).isPresent()) {
            return;
        }
        throw ProjectAccess.forbidden("this needs the role resource-manager, or the MANAGER role in the project");
    }

    @Transactional
    public AllocationView create(CreateAllocationRequest request) {
        requireAllocator(request.projectId());
        Resource resource = Resource.<Resource>findByIdOptional(request.resourceId())
                .orElseThrow(() -> new ProblemException.Unprocessable("resourceId", "names no resource"));
        if (resource.status != ResourceStatus.ACTIVE) {
            throw new ProblemException.Conflict("resource-inactive", "Resource inactive",
                    "resource " + resource.id + " is inactive and takes no new allocations");
        }
        EndedProject.<EndedProject>findByIdOptional(request.projectId()).ifPresent(ended -> {
            throw new ProblemException.Conflict("project-ended", "Project ended",
                    "project " + ended.projectKey + " is " + ended.outcome.toLowerCase() + " and takes no allocations");
        });
        Allocation allocation = Allocation.assign(resource.id, request.projectId(), request.terms(), clock.instant());
        allocation.persistAndFlush();
        outbox.publish(allocation.projectId, allocation.id, AllocationEvents.AllocationCreated.of(allocation, resource));
        checker.recheck(resource.id);
        return AllocationView.of(allocation);
    }

    public Optional<AllocationView> find(UUID id) {
        return Allocation.<Allocation>findByIdOptional(id).map(AllocationView::of);
    }

    public PageView<AllocationView> list(Filter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.resourceId() != null) {
            conditions.add("resourceId = :resource");
            parameters.and("resource", filter.resourceId());
        }
        if (filter.projectId() != null) {
            conditions.add("projectId = :project");
            parameters.and("project", filter.projectId());
        }
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            parameters.and("kind", filter.kind());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.from() != null) {
            conditions.add("endDate >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("startDate <= :to");
            parameters.and("to", filter.to());
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("startDate").and("id"));
        return PageView.of(Allocation.find(String.join(" and ", conditions), sort, parameters), page,
                AllocationView::of);
    }

    @Transactional
    public Optional<AllocationView> update(UUID id, IfMatch ifMatch, UpdateAllocationRequest request) {
        Optional<Allocation> found = Allocation.findByIdOptional(id);
        found.ifPresent(allocation -> {
            requireAllocator(allocation.projectId);
            allocation.requireNotTaskAllocation();
            ifMatch.check(allocation.version);
            Allocation.Terms current = allocation.terms();
            // Setting one measure of load clears the other, so a client switches with one field.
            var percent = Patch.optional(request.percent(), current.percent());
            var hours = Patch.optional(request.hoursPerDay(), current.hoursPerDay());
            if (request.percent() != null && request.percent().isPresent() && request.hoursPerDay() == null) {
                hours = null;
            }
            if (request.hoursPerDay() != null && request.hoursPerDay().isPresent() && request.percent() == null) {
                percent = null;
            }
            Allocation.Terms terms = new Allocation.Terms(
                    Patch.required(request.startDate(), current.startDate(), "startDate"),
                    Patch.required(request.endDate(), current.endDate(), "endDate"),
                    percent, hours,
                    Patch.required(request.kind(), current.kind(), "kind"),
                    Patch.optional(request.note(), current.note()));
            if (allocation.revise(terms, clock.instant())) {
                allocation.flush();
                outbox.publish(allocation.projectId, allocation.id,
                        AllocationEvents.AllocationChanged.of(allocation, Resource.findById(allocation.resourceId)));
                checker.recheck(allocation.resourceId);
            }
        });
        return found.map(AllocationView::of);
    }

    @Transactional
    public Optional<AllocationView> release(UUID id) {
        Optional<Allocation> found = Allocation.findByIdOptional(id);
        found.ifPresent(allocation -> {
            requireAllocator(allocation.projectId);
            allocation.requireNotTaskAllocation();
            allocation.release(clock.instant());
            allocation.flush();
            outbox.publish(allocation.projectId, allocation.id,
                    AllocationEvents.AllocationReleased.of(allocation, Resource.findById(allocation.resourceId)));
            checker.recheck(allocation.resourceId);
        });
        return found.map(AllocationView::of);
    }

    /**
     * A resource was deactivated on the day given: its allocations end that day (those starting later are
     * released, with {@code AllocationReleased}), so it no longer books future work anywhere.
     */
    void onDeactivated(@Observes ResourceService.Deactivated deactivated) {
        List<Allocation> affected = Allocation.list("resourceId = ?1 and status = ?2 and endDate > ?3",
                deactivated.resourceId(), AllocationStatus.ACTIVE, deactivated.on());
        Resource resource = Resource.findById(deactivated.resourceId());
        for (Allocation allocation : affected) {
            allocation.endOn(deactivated.on(), clock.instant());
            allocation.flush();
            outbox.publish(allocation.projectId, allocation.id, allocation.status == AllocationStatus.RELEASED
                    ? AllocationEvents.AllocationReleased.of(allocation, resource)
                    : AllocationEvents.AllocationChanged.of(allocation, resource));
        }
        if (!affected.isEmpty()) {
            checker.recheck(deactivated.resourceId());
        }
    }

    /**
     * A project closed or was cancelled on the day given: its allocations end that day (those starting later
     * are released) and no new ones are taken. Applying the same end twice changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void endProject(UUID projectId, String projectKey, String outcome, LocalDate day) {
        if (EndedProject.findById(projectId) != null) {
            return;
        }
        EndedProject.record(projectId, projectKey, outcome, day).persist();
        List<Allocation> affected = Allocation.list("projectId = ?1 and status = ?2 and endDate > ?3", projectId,
                AllocationStatus.ACTIVE, day);
        for (Allocation allocation : affected) {
            allocation.endOn(day, clock.instant());
            allocation.flush();
            Resource resource = Resource.findById(allocation.resourceId);
            outbox.publish(projectId, allocation.id, allocation.status == AllocationStatus.RELEASED
                    ? AllocationEvents.AllocationReleased.of(allocation, resource)
                    : AllocationEvents.AllocationChanged.of(allocation, resource));
        }
        affected.stream().map(a -> a.resourceId).distinct().forEach(checker::recheck);
    }
}
