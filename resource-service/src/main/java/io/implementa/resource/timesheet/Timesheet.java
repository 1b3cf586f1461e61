package io.implementa.resource.timesheet;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.people.PersonRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A person's hours of one ISO week (Monday to Sunday), submitted and approved as a whole. Entries approved
 * are never edited or removed: after approval only corrections (new entries, possibly negative) are taken,
 * and they go through submission and approval again.
 */
@Entity
@Table(name = "timesheet")
public class Timesheet extends PanacheEntityBase {

    static final BigDecimal DAY_HOURS = BigDecimal.valueOf(24);

    @Id
    public UUID id;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    @Column(name = "week_start", nullable = false)
    public LocalDate weekStart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TimesheetStatus status;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "decided_by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "decided_by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "decided_by_name"))
    public PersonRef decidedBy;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "timesheet_id", nullable = false)
    @OrderBy("date, createdAt")
    List<TimesheetEntry> entries = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected Timesheet() {
    }

    static Timesheet open(UUID resourceId, LocalDate weekStart, Instant now) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new ProblemException.Unprocessable("weekStart", "must be a Monday (ISO weeks start on Monday)");
        }
        Timesheet sheet = new Timesheet();
        sheet.id = UUID.randomUUID();
        sheet.resourceId = resourceId;
        sheet.weekStart = weekStart;
        sheet.status = TimesheetStatus.OPEN;
        sheet.createdAt = now;
        sheet.updatedAt = now;
        return sheet;
    }

    public List<TimesheetEntry> entries() {
        return List.copyOf(entries);
    }

    /** Entries not approved yet: what the next approval prices and announces. */
    public List<TimesheetEntry> pending() {
        return entries.stream().filter(e -> !e.isApproved()).toList();
    }

    private boolean everApproved() {
        return entries.stream().anyMatch(TimesheetEntry::isApproved);
    }

    /** Logs hours on a day of the week, before its first approval. */
    TimesheetEntry log(TimesheetEntry.Work work, Instant now) {
        if (everApproved()) {
            throw approved("is approved: add a correction instead");
        }
        requireOpen();
        requireInWeek(work.date());
        if (work.hours().signum() <= 0) {
            throw new ProblemException.Unprocessable("hours", "must be positive");
        }
        BigDecimal day = entries.stream().filter(e -> e.date.equals(work.date())).map(e -> e.hours)
                .reduce(work.hours(), BigDecimal::add);
        if (day.compareTo(DAY_HOURS) > 0) {
            throw new ProblemException.Unprocessable("hours", "the day " + work.date() + " would have " + day
                    + " hours; a day has 24");
        }
        return add(TimesheetEntry.of(work, false, now), now);
    }

    /** Corrects approved hours with a new entry (negative takes hours off); the week goes back to OPEN. */
    TimesheetEntry correct(TimesheetEntry.Work work, Instant now) {
        if (!everApproved()) {
            throw new ProblemException.Conflict("timesheet-not-approved", "Timesheet not approved",
                    "timesheet " + id + " has no approved hours to correct: change its entries instead");
        }
        if (status == TimesheetStatus.SUBMITTED) {
            requireOpen();
        }
        requireInWeek(work.date());
        if (work.hours().signum() == 0) {
            throw new ProblemException.Unprocessable("hours", "must not be zero");
        }
        BigDecimal after = entries.stream().filter(e -> e.sameWorkAs(work)).map(e -> e.hours)
                .reduce(work.hours(), BigDecimal::add);
        if (after.signum() < 0) {
            throw new ProblemException.Unprocessable("hours", "would leave " + after + " hours on "
                    + work.date() + " for this work; a correction cannot take off more than was logged");
        }
        return add(TimesheetEntry.of(work, true, now), now);
    }

    /** Removes an entry not approved yet, from a week that is not submitted. */
    void remove(UUID entryId, Instant now) {
        TimesheetEntry entry = entries.stream().filter(e -> e.id.equals(entryId)).findFirst()
                .orElseThrow(() -> new ProblemException.NotFound("timesheet entry", entryId));
        if (entry.isApproved()) {
            throw approved("has approved entry " + entryId + ", which is never changed: add a correction");
        }
        requireOpen();
        entries.remove(entry);
        updatedAt = now;
    }

    void submit(Instant now) {
        requireOpen();
        if (pending().isEmpty()) {
            throw new ProblemException.Conflict("timesheet-empty", "Nothing to submit",
                    "timesheet " + id + " has no hours waiting for approval");
        }
        status = TimesheetStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    /** Approves the pending entries, pricing each with the rate given for it. */
    List<TimesheetEntry> approve(PersonRef by, java.util.function.Function<TimesheetEntry, BigDecimal> rateOf,
            Instant now) {
        requireSubmitted();
        List<TimesheetEntry> approving = pending();
        for (TimesheetEntry entry : approving) {
            entry.rate = rateOf.apply(entry);
            entry.cost = entry.hours.multiply(entry.rate).setScale(2, java.math.RoundingMode.HALF_UP);
            entry.approvedAt = now;
        }
        status = TimesheetStatus.APPROVED;
        decidedBy = by;
        decidedAt = now;
        rejectionReason = null;
        updatedAt = now;
        return approving;
    }

    void reject(PersonRef by, String reason, Instant now) {
        requireSubmitted();
        status = TimesheetStatus.REJECTED;
        decidedBy = by;
        decidedAt = now;
        rejectionReason = reason;
        updatedAt = now;
    }

    private TimesheetEntry add(TimesheetEntry entry, Instant now) {
        entries.add(entry);
        status = TimesheetStatus.OPEN;
        updatedAt = now;
        return entry;
    }

    private void requireOpen() {
        if (status == TimesheetStatus.SUBMITTED) {
            throw new ProblemException.Conflict("timesheet-submitted", "Timesheet submitted",
                    "timesheet " + id + " is waiting for approval; it changes after approval or rejection");
        }
        if (status == TimesheetStatus.APPROVED) {
            throw approved("is approved: add a correction instead");
        }
    }

    void requireSubmitted() {
        if (status != TimesheetStatus.SUBMITTED) {
            throw new ProblemException.Conflict("timesheet-not-submitted", "Timesheet not submitted",
                    "timesheet " + id + " is " + status + "; only a submitted week is approved or rejected");
        }
    }

    private void requireInWeek(LocalDate date) {
        if (date.isBefore(weekStart) || date.isAfter(weekStart.plusDays(6))) {
            throw new ProblemException.Unprocessable("date", "must be in the week " + weekStart + " to "
                    + weekStart.plusDays(6));
        }
    }

    private ProblemException approved(String what) {
        return new ProblemException.Conflict("timesheet-approved", "Timesheet approved",
                "timesheet " + id + " " + what);
    }
}
