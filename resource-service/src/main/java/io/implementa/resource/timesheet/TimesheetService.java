package io.implementa.resource.timesheet;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.people.PersonRef;
import io.implementa.platform.security.Caller;
import io.implementa.platform.security.GlobalRole;
import io.implementa.platform.security.Memberships;
import io.implementa.platform.security.ProjectAccess;
import io.implementa.platform.security.ProjectRole;
import io.implementa.resource.resource.CostRate;
import io.implementa.resource.resource.Resource;
import io.implementa.resource.resource.ResourceKind;
import io.implementa.resource.timesheet.TimesheetApi.CreateTimesheetRequest;
import io.implementa.resource.timesheet.TimesheetApi.EntryRequest;
import io.implementa.resource.timesheet.TimesheetApi.TimesheetView;
import io.implementa.resource.timesheet.TimesheetEvents.ApprovedEntry;
import io.implementa.resource.timesheet.TimesheetEvents.TimesheetApproved;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Timesheets: the person (or a resource manager) logs and submits a week; the person's manager, or the
 * MANAGER of every project the pending hours are for, approves or rejects it. Approval prices the hours and
 * announces them in the same transaction.
 */
@ApplicationScoped
public class TimesheetService {

    private final Outbox outbox;
    private final Clock clock;
    private final Instance<Caller> caller;
    private final Instance<ProjectAccess> access;
    private final Memberships memberships;

    public TimesheetService(Outbox outbox, Clock clock, Instance<Caller> caller, Instance<ProjectAccess> access,
            Memberships memberships) {
        this.outbox = outbox;
        this.clock = clock;
        this.caller = caller;
        this.access = access;
        this.memberships = memberships;
    }

    /** The person themselves (token subject = the resource's person) or a resource manager; 403 otherwise. */
    public void requireLogger(UUID resourceId) {
        Caller who = caller.get();
        if (who.has(GlobalRole.ADMIN) || who.has(GlobalRole.RESOURCE_MANAGER)) {
            return;
        }
        Resource resource = resourceId == null ? null : Resource.findById(resourceId);
        if (resource != null && resource.person != null && resource.person.subject().equals(who.subject())) {
            return;
        }
        throw ProjectAccess.forbidden("this needs the role resource-manager, or to be the timesheet's person");
    }

    /**
     * The resource a timesheet is for; 404 when there is no such timesheet or the caller may not see it (so a
     * write by a stranger learns nothing either).
     */
    public UUID resourceOf(UUID timesheetId) {
        return visible(timesheetId).sheet().resourceId;
    }

    /**
     * What the caller may see of timesheets: everything (administrators, resource managers), the weeks of the
     * people they are or manage (by subject), and the entries on the projects they are MANAGER of.
     */
    record Sight(boolean all, String subject, Set<UUID> managedProjects) {

        /** The entries of the sheet the caller sees; null when they may not see the sheet at all. */
        Predicate<TimesheetEntry> of(Timesheet sheet, Resource resource) {
            if (all || resource != null && (isSubject(resource.person) || isSubject(resource.manager))) {
                return entry -> true;
            }
            Predicate<TimesheetEntry> mine = entry -> managedProjects.contains(entry.projectId);
            return sheet.entries().stream().anyMatch(mine) ? mine : null;
        }

        private boolean isSubject(PersonRef person) {
            return person != null && person.subject().equals(subject);
        }
    }

    /** A timesheet the caller may see, with the entries they see of it. */
    record Seen(Timesheet sheet, Predicate<TimesheetEntry> entries) {

        TimesheetView view() {
            return TimesheetView.of(sheet, entries);
        }
    }

    private Sight sight() {
        Caller who = caller.get();
        if (who.has(GlobalRole.ADMIN) || who.has(GlobalRole.RESOURCE_MANAGER)) {
            return new Sight(true, who.subject(), Set.of());
        }
        Set<UUID> managed = memberships.projectsOf(who.subject()).stream()
                .filter(p -> memberships.roleOf(p, who.subject()).filter(r -> r == ProjectRole.MANAGER).isPresent())
                .collect(Collectors.toSet());
        return new Sight(false, who.subject(), managed);
    }

    /** The timesheet if the caller may see it; 404 (as for a timesheet that does not exist) otherwise. */
    private Seen visible(UUID id) {
        Timesheet sheet = load(id);
        Predicate<TimesheetEntry> entries = sight().of(sheet, Resource.findById(sheet.resourceId));
        if (entries == null) {
            throw new ProblemException.NotFound("timesheet", id);
        }
        return new Seen(sheet, entries);
    }

    @Transactional
    public TimesheetView create(CreateTimesheetRequest request) {
        requireLogger(request.resourceId());
        Resource resource = Resource.<Resource>findByIdOptional(request.resourceId())
                .orElseThrow(() -> new ProblemException.Unprocessable("resourceId", "names no resource"));
        if (resource.kind != ResourceKind.PERSON) {
            throw new ProblemException.Conflict("not-a-person", "Not a person",
                    "resource " + resource.id + " is " + resource.kind + "; only people keep timesheets");
        }
        Timesheet.<Timesheet>find("resourceId = ?1 and weekStart = ?2", resource.id, request.weekStart())
                .firstResultOptional().ifPresent(existing -> {
                    throw new ProblemException.Conflict("timesheet-exists", "Timesheet exists",
                            "resource " + resource.id + " has the timesheet " + existing.id + " for the week of "
                                    + request.weekStart()).with("timesheetId", existing.id);
                });
        Timesheet sheet = Timesheet.open(resource.id, request.weekStart(), clock.instant());
        sheet.persistAndFlush();
        return TimesheetView.of(sheet, entry -> true);
    }

    /** The timesheet as the caller may see it; 404 when it does not exist or is not theirs to see. */
    public TimesheetView find(UUID id) {
        return visible(id).view();
    }

    public PageView<TimesheetView> list(UUID resourceId, TimesheetStatus status, LocalDate from, LocalDate to,
            PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        Sight sight = sight();
        if (!sight.all()) {
            conditions.add("(resourceId in (select r.id from Resource r where r.person.subject = :me "
                    + "or r.manager.subject = :me) or exists (select 1 from TimesheetEntry e "
                    + "where e member of t.entries and e.projectId in :managed))");
            parameters.and("me", sight.subject());
            // An empty "in ()" is not valid SQL; a project id nobody has stands for "none".
            parameters.and("managed", sight.managedProjects().isEmpty() ? Set.of(new UUID(0, 0))
                    : sight.managedProjects());
        }
        if (resourceId != null) {
            conditions.add("resourceId = :resource");
            parameters.and("resource", resourceId);
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        if (from != null) {
            conditions.add("weekStart >= :from");
            parameters.and("from", from.minusDays(6));
        }
        if (to != null) {
            conditions.add("weekStart <= :to");
            parameters.and("to", to);
        }
        Sort sort = Sorting.parse(page.sort, Map.of("weekStart", "weekStart", "createdAt", "createdAt"),
                Sort.by("weekStart", Sort.Direction.Descending).and("id"));
        String query = "from Timesheet t" + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        return PageView.of(Timesheet.<Timesheet>find(query, sort, parameters), page,
                sheet -> TimesheetView.of(sheet, sight.of(sheet, sight.all() ? null
                        : Resource.<Resource>findById(sheet.resourceId))));
    }

    @Transactional
    public TimesheetView log(UUID id, EntryRequest request) {
        return asLogger(id, sheet -> sheet.log(request.work(), clock.instant()));
    }

    @Transactional
    public TimesheetView correct(UUID id, EntryRequest request) {
        return asLogger(id, sheet -> sheet.correct(request.work(), clock.instant()));
    }

    @Transactional
    public TimesheetView removeEntry(UUID id, UUID entryId) {
        return asLogger(id, sheet -> sheet.remove(entryId, clock.instant()));
    }

    @Transactional
    public TimesheetView submit(UUID id) {
        return asLogger(id, sheet -> sheet.submit(clock.instant()));
    }

    /** A change by the person or a resource manager, answered with the week as the caller sees it. */
    private TimesheetView asLogger(UUID id, Consumer<Timesheet> change) {
        Seen seen = visible(id);
        requireLogger(seen.sheet().resourceId);
        change.accept(seen.sheet());
        seen.sheet().flush();
        return seen.view();
    }

    /**
     * Who decides on a week: never its own person; the person's manager; or the MANAGER of every project the
     * hours waiting for approval are for (a week spanning two projects needs both managers, or the person's
     * manager); administrators. 403 otherwise.
     */
    public void requireApprover(UUID timesheetId) {
        approver(timesheetId);
    }

    private Seen approver(UUID timesheetId) {
        Seen seen = visible(timesheetId);
        Timesheet sheet = seen.sheet();
        Resource resource = Resource.findById(sheet.resourceId);
        Caller who = caller.get();
        if (resource.person != null && resource.person.subject().equals(who.subject())) {
            throw ProjectAccess.forbidden("nobody approves their own timesheet");
        }
        if (who.has(GlobalRole.ADMIN)
                || resource.manager != null && resource.manager.subject().equals(who.subject())) {
            return seen;
        }
        Set<UUID> projects = sheet.pending().stream().map(e -> e.projectId).collect(Collectors.toSet());
        if (!projects.isEmpty() && projects.stream().allMatch(p -> access.get().roleIn(p)
                .filter(r -> r == ProjectRole.MANAGER).isPresent())) {
            return seen;
        }
        throw ProjectAccess.forbidden("this needs to be the person's manager, or the MANAGER of every project of "
                + "the hours to approve");
    }

    @Transactional
    public TimesheetView approve(UUID id) {
        Seen seen = approver(id);
        Timesheet sheet = seen.sheet();
        sheet.requireSubmitted();
        Resource resource = Resource.findById(sheet.resourceId);
        String currency = currencyOf(sheet, resource);
        sheet.approve(caller.get().person(), entry -> {
            CostRate rate = resource.rateOn(entry.date).orElseThrow();
            return entry.overtime ? rate.overtimeRate() : rate.standardRate();
        }, clock.instant());
        sheet.flush();
        // The whole week as approved so far (corrections as entries of their own), so that a consumer
        // replaces what it had for the timesheet: applying the latest approval is always right.
        List<TimesheetEntry> approved = sheet.entries().stream().filter(TimesheetEntry::isApproved).toList();
        outbox.publish(resource.id, sheet.id, new TimesheetApproved(sheet.id, resource.id, resource.person,
                sheet.weekStart, sheet.decidedBy, currency,
                approved.stream().map(e -> e.hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                approved.stream().map(e -> e.cost).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                approved.stream().map(ApprovedEntry::of).toList()));
        return seen.view();
    }

    @Transactional
    public TimesheetView reject(UUID id, String reason) {
        Seen seen = approver(id);
        seen.sheet().reject(caller.get().person(), reason, clock.instant());
        seen.sheet().flush();
        return seen.view();
    }

    /** Every pending entry needs a rate on its date, and one currency prices the whole approval. */
    private static String currencyOf(Timesheet sheet, Resource resource) {
        Set<String> currencies = sheet.pending().stream().map(e -> {
            CostRate rate = resource.rateOn(e.date).orElse(null);
            if (rate == null) {
                throw new ProblemException.Conflict("no-cost-rate", "No cost rate",
                        "resource " + sheet.resourceId + " has no cost rate effective on " + e.date);
            }
            return rate.currency();
        }).collect(Collectors.toSet());
        if (currencies.size() != 1) {
            throw new ProblemException.Conflict("mixed-currencies", "Rates in several currencies",
                    "the hours to approve are priced in " + currencies + "; approve one week per currency");
        }
        return currencies.iterator().next();
    }

    private static Timesheet load(UUID id) {
        return Timesheet.<Timesheet>findByIdOptional(id)
                .orElseThrow(() -> new ProblemException.NotFound("timesheet", id));
    }
}
