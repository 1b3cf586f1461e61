package io.implementa.resource.demand;

import io.implementa.platform.http.ProblemException;
import io.implementa.resource.allocation.Allocation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A project's request for someone with a skill (at a minimum level) over a date range; an allocation fulfils it. */
@Entity
@Table(name = "resource_request")
public class ResourceRequest extends PanacheEntityBase {

    public enum Status { OPEN, FULFILLED }

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "skill_id", nullable = false)
    public UUID skillId;

    @Column(name = "min_level", nullable = false)
    public int minLevel;

    public String role;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    public BigDecimal percent;

    @Column(name = "hours_per_day")
    public BigDecimal hoursPerDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "allocation_id")
    public UUID allocationId;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected ResourceRequest() {
    }

    static ResourceRequest open(UUID projectId, UUID skillId, int minLevel, String role, Allocation.Terms terms,
            Priority priority, Instant now) {
        if (terms.endDate().isBefore(terms.startDate())) {
            throw new ProblemException.Unprocessable("endDate", "must not be before startDate");
        }
        if (terms.endDate().isAfter(terms.startDate().plusYears(Allocation.MAX_YEARS))) {
            throw new ProblemException.Unprocessable("endDate", "must be at most " + Allocation.MAX_YEARS
                    + " years after startDate");
        }
        if ((terms.percent() == null) == (terms.hoursPerDay() == null)) {
            throw new ProblemException.Unprocessable("percent", "give either percent or hoursPerDay");
        }
        ResourceRequest request = new ResourceRequest();
        request.id = UUID.randomUUID();
        request.projectId = projectId;
        request.skillId = skillId;
        request.minLevel = minLevel;
        request.role = role;
        request.startDate = terms.startDate();
        request.endDate = terms.endDate();
        request.percent = terms.percent();
        request.hoursPerDay = terms.hoursPerDay();
        request.note = terms.note();
        request.priority = priority;
        request.status = Status.OPEN;
        request.createdAt = now;
        request.updatedAt = now;
        return request;
    }

    /** The allocation that fulfils the request books exactly what was asked for. */
    Allocation.Terms terms(io.implementa.resource.allocation.AllocationKind kind) {
        return new Allocation.Terms(startDate, endDate, percent, hoursPerDay, kind, note);
    }

    void fulfilWith(UUID allocation, Instant now) {
        requireOpen();
        status = Status.FULFILLED;
        allocationId = allocation;
        updatedAt = now;
    }

    void requireOpen() {
        if (status != Status.OPEN) {
            throw new ProblemException.Conflict("request-fulfilled", "Request fulfilled",
                    "resource request " + id + " has been fulfilled already by allocation " + allocationId);
        }
    }
}
