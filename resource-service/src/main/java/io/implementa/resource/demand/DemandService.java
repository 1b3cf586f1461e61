package io.implementa.resource.demand;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.resource.allocation.Allocation;
import io.implementa.resource.allocation.AllocationApi.AllocationView;
import io.implementa.resource.allocation.AllocationApi.CreateAllocationRequest;
import io.implementa.resource.allocation.AllocationKind;
import io.implementa.resource.allocation.AllocationService;
import io.implementa.resource.allocation.AllocationStatus;
import io.implementa.resource.allocation.Load;
import io.implementa.resource.capacity.CapacityCalculator;
import io.implementa.resource.capacity.Window;
import io.implementa.resource.demand.DemandApi.Candidate;
import io.implementa.resource.demand.DemandApi.CreateResourceRequestRequest;
import io.implementa.resource.demand.DemandApi.FulfilRequest;
import io.implementa.resource.demand.DemandApi.ResourceRequestView;
import io.implementa.resource.resource.Resource;
import io.implementa.resource.resource.ResourceKind;
import io.implementa.resource.resource.ResourceStatus;
import io.implementa.resource.skill.ResourceSkill;
import io.implementa.resource.skill.Skill;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Resource requests: opening them, matching people to them and fulfilling them with an allocation. */
@ApplicationScoped
public class DemandService {

    /** People considered per request at most, best skill level first. */
    static final int MAX_CONSIDERED = 500;

    private final EntityManager em;
    private final CapacityCalculator capacity;
    private final AllocationService allocations;
    private final Outbox outbox;
    private final Clock clock;

    public DemandService(EntityManager em, CapacityCalculator capacity, AllocationService allocations, Outbox outbox,
            Clock clock) {
        this.em = em;
        this.capacity = capacity;
        this.allocations = allocations;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void requireRequester(UUID projectId) {
        allocations.requireAllocator(projectId);
    }

    /** Opens the request; announces a capacity shortfall when nobody qualified is free for all of it. */
    @Transactional
    public ResourceRequestView open(CreateResourceRequestRequest body) {
        requireRequester(body.projectId());
        Skill skill = Skill.<Skill>findByIdOptional(body.skillId())
                .orElseThrow(() -> new ProblemException.Unprocessable("skillId", "names no skill of the catalogue"));
        ResourceRequest request = ResourceRequest.open(body.projectId(), skill.id, body.minLevel(), body.role(),
                new Allocation.Terms(body.startDate(), body.endDate(), body.percent(), body.hoursPerDay(),
                        AllocationKind.HARD, body.note()), body.priority(), clock.instant());
        request.persistAndFlush();
        List<Candidate> candidates = rank(request, MAX_CONSIDERED);
        Candidate best = candidates.isEmpty() ? null : candidates.get(0);
        BigDecimal bestAvailability = candidates.stream().map(Candidate::availabilityPercent)
                .max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO.setScale(2));
        if (bestAvailability.compareTo(BigDecimal.valueOf(100)) < 0) {
            outbox.publish(request.projectId, request.id, new DemandEvents.CapacityShortfall(request.id,
                    request.projectId, skill.id, skill.name, request.minLevel, request.startDate, request.endDate,
                    request.percent, request.hoursPerDay, request.priority, candidates.size(), bestAvailability,
                    best == null ? null : candidates.stream()
                            .max(Comparator.comparing(Candidate::availabilityPercent)).orElseThrow().resourceId()));
        }
        return ResourceRequestView.of(request);
    }

    public Optional<ResourceRequestView> find(UUID id) {
        return ResourceRequest.<ResourceRequest>findByIdOptional(id).map(ResourceRequestView::of);
    }

    public PageView<ResourceRequestView> list(UUID projectId, ResourceRequest.Status status, Priority priority,
            PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (projectId != null) {
            conditions.add("projectId = :project");
            parameters.and("project", projectId);
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        if (priority != null) {
            conditions.add("priority = :priority");
            parameters.and("priority", priority);
        }
        Sort sort = Sorting.parse(page.sort, Map.of("startDate", "startDate", "createdAt", "createdAt",
                "priority", "priority"), Sort.by("startDate").and("id"));
        return PageView.of(ResourceRequest.find(String.join(" and ", conditions), sort, parameters), page,
                ResourceRequestView::of);
    }

    /** The best candidates for the request, best first. */
    public List<Candidate> candidates(UUID requestId, int limit) {
        ResourceRequest request = ResourceRequest.<ResourceRequest>findByIdOptional(requestId)
                .orElseThrow(() -> new ProblemException.NotFound("resource request", requestId));
        List<Candidate> ranked = rank(request, MAX_CONSIDERED);
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /** Allocates the person chosen to the request's project for exactly what was asked. */
    @Transactional
    public Optional<ResourceRequestView> fulfil(UUID requestId, FulfilRequest body) {
        Optional<ResourceRequest> found = ResourceRequest.findByIdOptional(requestId);
        found.ifPresent(request -> {
            requireRequester(request.projectId);
            request.requireOpen();
            Allocation.Terms terms = request.terms(body.kind() == null ? AllocationKind.HARD : body.kind());
            AllocationView allocation = allocations.create(new CreateAllocationRequest(body.resourceId(),
                    request.projectId, terms.startDate(), terms.endDate(), terms.percent(), terms.hoursPerDay(),
                    terms.kind(), terms.note()));
            request.fulfilWith(allocation.id(), clock.instant());
            request.flush();
        });
        return found.map(ResourceRequestView::of);
    }

    /**
     * Active people with the skill at the minimum level or above, scored half by availability (the share of
     * the requested hours their capacity minus HARD bookings leaves free, day by day) and half by skill level.
     */
    List<Candidate> rank(ResourceRequest request, int considered) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createQuery("""
                select r, s from Resource r, ResourceSkill s
                where s.key.resourceId = r.id and s.key.skillId = :skill and s.level >= :level
                  and r.status = :active and r.kind = :person
                order by s.level desc, r.name""")
                .setParameter("skill", request.skillId).setParameter("level", request.minLevel)
                .setParameter("active", ResourceStatus.ACTIVE).setParameter("person", ResourceKind.PERSON)
                .setMaxResults(considered)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Window window = new Window(request.startDate, request.endDate);
        List<UUID> ids = rows.stream().map(row -> ((Resource) row[0]).id).toList();
        Map<UUID, double[]> capacities = capacity.daily(ids, window);
        Map<UUID, List<Allocation>> booked = new HashMap<>();
        Allocation.<Allocation>list("resourceId in ?1 and status = ?2 and kind = ?3 and startDate <= ?4 and endDate >= ?5",
                ids, AllocationStatus.ACTIVE, AllocationKind.HARD, window.to(), window.from())
                .forEach(a -> booked.computeIfAbsent(a.resourceId, k -> new ArrayList<>()).add(a));
        List<Candidate> candidates = new ArrayList<>();
        for (Object[] row : rows) {
            Resource resource = (Resource) row[0];
            ResourceSkill held = (ResourceSkill) row[1];
            double[] cap = capacities.get(resource.id);
            double[] hard = Load.daily(cap, window, booked.getOrDefault(resource.id, List.of())).hard();
            double requested = 0;
            double available = 0;
            for (int i = 0; i < cap.length; i++) {
                if (cap[i] <= 0) {
                    continue;
                }
                double wanted = request.percent != null ? request.percent.doubleValue() * cap[i] / 100
                        : request.hoursPerDay.doubleValue();
                requested += wanted;
                available += Math.min(wanted, Math.max(0, cap[i] - hard[i]));
            }
            double availability = requested > 0 ? available / requested : 0;
            double score = 0.5 * availability + 0.5 * held.level / ResourceSkill.MAX_LEVEL;
            candidates.add(new Candidate(resource.id, resource.name, resource.person, held.level, held.certification,
                    CapacityCalculator.round(requested), CapacityCalculator.round(available),
                    BigDecimal.valueOf(availability * 100).setScale(2, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP)));
        }
        candidates.sort(Comparator.comparing(Candidate::score).reversed()
                .thenComparing(Candidate::availabilityPercent, Comparator.reverseOrder())
                .thenComparing(Candidate::name));
        return candidates;
    }
}
