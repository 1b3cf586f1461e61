package io.implementa.resource.resource;

import io.implementa.platform.audit.AuditedEntity;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Problem.FieldError;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.people.PersonRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.annotations.BatchSize;
import org.hibernate.jpa.HibernateHints;

/**
 * A resource of the pool (a person, a piece of equipment or a budget pool): who or what it is, who manages
 * it, where it works and what its hours cost over time. Its profile and rates are only ever set through
 * {@link #register} or {@link #revise}, which check the rules between the fields together and report every
 * broken one at once.
 */
@Entity
@Table(name = "resource")
public class Resource extends PanacheEntityBase implements AuditedEntity {

    /** Decimal places the database keeps for a rate, and digits before them (numeric(19,4)). */
    static final int RATE_SCALE = 4;
    static final int RATE_INTEGER_DIGITS = 15;

    // Copied once: ZoneId.getAvailableZoneIds() builds a new set on every call.
    private static final Set<String> ZONE_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResourceKind kind;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResourceStatus status;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "person_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "person_email"))
    @AttributeOverride(name = "name", column = @Column(name = "person_name"))
    public PersonRef person;

    public String role;

    public String department;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "manager_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "manager_email"))
    @AttributeOverride(name = "name", column = @Column(name = "manager_name"))
    public PersonRef manager;

    public String location;

    @Column(name = "time_zone")
    public String timeZone;

    // Loaded for a whole page of resources at once rather than one query per resource.
    @ElementCollection
    @CollectionTable(name = "resource_cost_rate", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderBy("effectiveFrom")
    @BatchSize(size = PageRequest.MAX_SIZE)
    private List<CostRate> costRates = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected Resource() {
    }

    /**
     * Everything about a resource that its owners may change, taken as a whole because the rules relate its
     * fields: only a person resource names a person, and nobody manages themselves.
     */
    public record Profile(String name, PersonRef person, String role, String department, PersonRef manager,
            String location, String timeZone) {
    }

    /** A new resource is active. */
    public static Resource register(ResourceKind kind, Profile profile, List<CostRate> costRates, Instant now) {
        check(kind, profile, costRates);
        Resource resource = new Resource();
        resource.id = UUID.randomUUID();
        resource.kind = kind;
        resource.status = ResourceStatus.ACTIVE;
        resource.apply(profile, costRates);
        resource.createdAt = now;
        resource.updatedAt = now;
        return resource;
    }

    /**
     * Another resource that names this person. Reads without flushing first, so a change of the caller's
     * that is still pending cannot hit the unique index before the caller has had its say.
     */
    public static Optional<Resource> findOtherWithPerson(String subject, UUID self) {
        return find("person.subject = ?1 and id <> ?2", subject, self)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                .firstResultOptional();
    }

    public Profile profile() {
        return new Profile(name, person, role, department, manager, location, timeZone);
    }

    /** The rates, oldest first. */
    public List<CostRate> costRates() {
        return List.copyOf(costRates);
    }

    /** The rate in force on the day: the latest one effective on or before it; empty before the first. */
    public Optional<CostRate> rateOn(LocalDate day) {
        CostRate found = null;
        for (CostRate rate : costRates) {
            if (!rate.effectiveFrom().isAfter(day)) {
                found = rate;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Replaces the profile and the rate list. Inactive resources may still be corrected (a wrong rate still
     * costs their past work).
     *
     * @return whether anything changed
     */
    public boolean revise(Profile profile, List<CostRate> rates, Instant now) {
        check(kind, profile, rates);
        boolean changed = !profile.equals(profile()) || !completed(rates).equals(costRates());
        if (changed) {
            apply(profile, rates);
            updatedAt = now;
        }
        return changed;
    }

    /** Takes the resource out of the pool for new work; its history stays. */
    public void deactivate(Instant now) {
        if (status == ResourceStatus.INACTIVE) {
            throw new ProblemException.Conflict("resource-inactive", "Resource inactive",
                    "resource " + id + " is already inactive");
        }
        status = ResourceStatus.INACTIVE;
        updatedAt = now;
    }

    private void apply(Profile profile, List<CostRate> rates) {
        name = profile.name();
        person = profile.person();
        role = profile.role();
        department = profile.department();
        manager = profile.manager();
        location = profile.location();
        timeZone = profile.timeZone();
        List<CostRate> completed = completed(rates);
        if (!completed.equals(costRates())) {
            // Cleared and refilled, not reassigned: Hibernate tracks the collection it loaded.
            costRates.clear();
            costRates.addAll(completed);
        }
    }

    /** Oldest first, and overtime paid at the standard rate where no overtime rate is given. */
    private static List<CostRate> completed(List<CostRate> rates) {
        return rates.stream()
                .map(rate -> rate.overtimeRate() != null ? rate
                        : new CostRate(rate.standardRate(), rate.standardRate(), rate.currency(), rate.effectiveFrom()))
                .sorted(Comparator.comparing(CostRate::effectiveFrom))
                .toList();
    }

    private static void check(ResourceKind kind, Profile profile, List<CostRate> rates) {
        List<FieldError> errors = new ArrayList<>();
        if (profile.name() == null || profile.name().isBlank()) {
            errors.add(new FieldError("name", "must not be blank"));
        }
        if (kind == ResourceKind.PERSON && profile.person() == null) {
            errors.add(new FieldError("person", "is required for a PERSON resource"));
        }
        if (kind != ResourceKind.PERSON && profile.person() != null) {
            errors.add(new FieldError("person", "must be absent for a " + kind + " resource"));
        }
        if (profile.person() != null && profile.manager() != null
                && profile.person().subject().equals(profile.manager().subject())) {
            errors.add(new FieldError("manager", "must not be the person themselves"));
        }
        if (profile.timeZone() != null && !ZONE_IDS.contains(profile.timeZone())) {
            errors.add(new FieldError("timeZone", "must be an IANA time zone id such as Europe/Madrid"));
        }
        checkRates(rates, errors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid";
            throw new ProblemException.Unprocessable(detail, errors);
        }
    }

    private static void checkRates(List<CostRate> rates, List<FieldError> errors) {
        Map<LocalDate, Integer> firstWithDate = new HashMap<>();
        for (int i = 0; i < rates.size(); i++) {
            CostRate rate = rates.get(i);
            String at = "costRates[" + i + "].";
            if (rate == null) {
                errors.add(new FieldError("costRates[" + i + "]", "must not be null"));
                continue;
            }
            if (rate.standardRate() == null) {
                errors.add(new FieldError(at + "standardRate", "must not be null"));
            } else {
                checkAmount(rate.standardRate(), at + "standardRate", errors);
            }
            if (rate.overtimeRate() != null) {
                checkAmount(rate.overtimeRate(), at + "overtimeRate", errors);
            }
            if (rate.currency() == null) {
                errors.add(new FieldError(at + "currency", "must not be null"));
            } else if (!isCurrency(rate.currency())) {
                errors.add(new FieldError(at + "currency", "must be an ISO 4217 currency code such as EUR"));
            }
            if (rate.effectiveFrom() == null) {
                errors.add(new FieldError(at + "effectiveFrom", "must not be null"));
            } else {
                Integer earlier = firstWithDate.putIfAbsent(rate.effectiveFrom(), i);
                if (earlier != null) {
                    errors.add(new FieldError(at + "effectiveFrom",
                            "must differ from costRates[" + earlier + "].effectiveFrom (" + rate.effectiveFrom() + ")"));
                }
            }
        }
    }

    private static void checkAmount(BigDecimal amount, String field, List<FieldError> errors) {
        if (amount.signum() < 0) {
            errors.add(new FieldError(field, "must not be negative"));
        } else if (amount.scale() > RATE_SCALE) {
            errors.add(new FieldError(field, "must have at most " + RATE_SCALE + " decimal places"));
        } else if (amount.precision() - amount.scale() > RATE_INTEGER_DIGITS) {
            errors.add(new FieldError(field, "must have at most " + RATE_INTEGER_DIGITS + " digits before the point"));
        }
    }

    /** A current ISO 4217 currency; the codes without minor units (XXX, XAU, XDR …) cannot price an hour. */
    private static boolean isCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public Object auditView() {
        return ResourceApi.ResourceView.of(this);
    }
}
