package io.implementa.resource.capacity;

import io.implementa.platform.http.Problem.FieldError;
import io.implementa.platform.http.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

/** A named set of public holidays that working calendars inherit; its name is unique ignoring case. */
@Entity
@Table(name = "holiday_calendar")
public class HolidayCalendar extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    public String description;

    @ElementCollection
    @CollectionTable(name = "holiday_calendar_day", joinColumns = @JoinColumn(name = "calendar_id"))
    @OrderBy("day")
    private List<Holiday> holidays = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @Embeddable
    @Schema(name = "Holiday")
    public record Holiday(
            @Column(name = "day", nullable = false) @Schema(example = "2027-12-25") LocalDate day,
            @Column(name = "name", nullable = false) @Schema(example = "Christmas Day") String name) {
    }

    protected HolidayCalendar() {
    }

    public static HolidayCalendar define(String name, String description, List<Holiday> holidays, Instant now) {
        HolidayCalendar calendar = new HolidayCalendar();
        calendar.id = UUID.randomUUID();
        calendar.createdAt = now;
        calendar.revise(name, description, holidays, now);
        return calendar;
    }

    public List<Holiday> holidays() {
        return List.copyOf(holidays);
    }

    /** @return whether anything changed */
    public boolean revise(String newName, String newDescription, List<Holiday> newHolidays, Instant now) {
        List<Holiday> sorted = checked(newHolidays);
        if (newName.trim().equals(name) && Objects.equals(newDescription, description) && sorted.equals(holidays())) {
            return false;
        }
        name = newName.trim();
        description = newDescription;
        if (!sorted.equals(holidays())) {
            holidays.clear();
            holidays.addAll(sorted);
        }
        updatedAt = now;
        HolidayCalendar.<HolidayCalendar>find("lower(name) = ?1 and id <> ?2", name.toLowerCase(), id)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                .firstResultOptional()
                .ifPresent(other -> {
                    throw new ProblemException.Conflict("duplicate-calendar", "Calendar name taken",
                            "a calendar named " + other.name + " exists already").with("calendarId", other.id);
                });
        return true;
    }

    private static List<Holiday> checked(List<Holiday> holidays) {
        List<FieldError> errors = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < holidays.size(); i++) {
            Integer earlier = seen.putIfAbsent(holidays.get(i).day(), i);
            if (earlier != null) {
                errors.add(new FieldError("holidays[" + i + "].day", "repeats holidays[" + earlier + "].day"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Unprocessable(errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }
        return holidays.stream().sorted(Comparator.comparing(Holiday::day)).toList();
    }
}
