package io.implementa.resource.capacity;

import io.implementa.platform.http.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Leave or another absence from {@code startDate} to {@code endDate} inclusive: whole days, or some hours a day. */
@Entity
@Table(name = "absence")
public class Absence extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AbsenceKind kind;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /** Hours away on each day of the range; null for whole days. */
    @Column(name = "hours_per_day")
    public BigDecimal hoursPerDay;

    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected Absence() {
    }

    public static Absence record(UUID resourceId, AbsenceKind kind, LocalDate start, LocalDate end,
            BigDecimal hoursPerDay, String note, Instant now) {
        if (end.isBefore(start)) {
            throw new ProblemException.Unprocessable("endDate", "must not be before startDate");
        }
        Absence absence = new Absence();
        absence.id = UUID.randomUUID();
        absence.resourceId = resourceId;
        absence.kind = kind;
        absence.startDate = start;
        absence.endDate = end;
        absence.hoursPerDay = hoursPerDay;
        absence.note = note;
        absence.createdAt = now;
        return absence;
    }
}
