package io.implementa.project.stakeholder;

import io.implementa.platform.http.Problem;
import io.implementa.platform.http.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * Someone with a stake in the project: how much they can sway it and care about it, what they are responsible,
 * accountable, consulted or informed for, and how they want to hear about it (so the notification-service can
 * tell them without asking anyone).
 */
@Entity
@Table(name = "stakeholder")
public class Stakeholder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    public String organisation;

    /** Their role or title, e.g. "CFO" or "Plant IT lead". */
    @Column(name = "role_title")
    public String role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level influence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level interest;

    @ElementCollection
    @CollectionTable(name = "stakeholder_raci", joinColumns = @JoinColumn(name = "stakeholder_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    public List<RaciAssignment> raci = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel", nullable = false)
    public CommunicationChannel preferredChannel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UpdateFrequency frequency;

    @ElementCollection
    @CollectionTable(name = "stakeholder_notification", joinColumns = @JoinColumn(name = "stakeholder_id"))
    @Column(name = "kind", nullable = false)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    public Set<NotificationKind> notifications = new HashSet<>();

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(nullable = false)
    public String locale;

    /** The project member this stakeholder is, if linked. */
    @Column(name = "member_id")
    public UUID memberId;

    /** Their identity provider subject, when known (always set when linked to a member). */
    @Column(name = "member_subject")
    public String memberSubject;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected Stakeholder() {
    }

    static Stakeholder of(UUID projectId, Instant now) {
        Stakeholder stakeholder = new Stakeholder();
        stakeholder.id = UUID.randomUUID();
        stakeholder.projectId = projectId;
        stakeholder.createdAt = now;
        stakeholder.updatedAt = now;
        return stakeholder;
    }

    public static Optional<Stakeholder> find(UUID projectId, UUID stakeholderId) {
        return find("id = ?1 and projectId = ?2", stakeholderId, projectId).firstResultOptional();
    }

    /** Another stakeholder of the project with this e-mail address (case-insensitive). */
    static Optional<Stakeholder> findByEmail(UUID projectId, String email, UUID except) {
        return find("projectId = ?1 and lower(email) = lower(?2) and id <> ?3", projectId, email,
                except == null ? new UUID(0, 0) : except).firstResultOptional();
    }

    /** The stakeholders ACCOUNTABLE for the deliverable, by name. */
    static List<Stakeholder> accountableFor(UUID projectId, UUID deliverableId) {
        return find("select distinct s from Stakeholder s join s.raci r where s.projectId = ?1 and r.scope = ?2 "
                + "and r.deliverableId = ?3 and r.raci = ?4 order by s.name, s.id", projectId,
                RaciScope.DELIVERABLE, deliverableId, Raci.ACCOUNTABLE).list();
    }

    /**
     * Replaces the RACI assignments. A PHASE assignment names its phase only, a DELIVERABLE one its
     * deliverable only, a PROJECT one neither; the same letter twice for the same target is refused.
     */
    void assign(List<RaciAssignment> assignments) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<RaciAssignment> seen = new HashSet<>();
        for (int i = 0; i < assignments.size(); i++) {
            RaciAssignment a = assignments.get(i);
            String at = "raci[" + i + "]";
            switch (a.scope()) {
                case PROJECT -> {
                    flag(errors, at + ".phase", a.phase() != null, "must be absent for scope PROJECT");
                    flag(errors, at + ".deliverableId", a.deliverableId() != null,
                            "must be absent for scope PROJECT");
                }
                case PHASE -> {
                    flag(errors, at + ".phase", a.phase() == null, "is required for scope PHASE");
                    flag(errors, at + ".deliverableId", a.deliverableId() != null,
                            "must be absent for scope PHASE");
                }
                case DELIVERABLE -> {
                    flag(errors, at + ".deliverableId", a.deliverableId() == null,
                            "is required for scope DELIVERABLE");
                    flag(errors, at + ".phase", a.phase() != null, "must be absent for scope DELIVERABLE");
                }
            }
            if (!seen.add(a)) {
                errors.add(new Problem.FieldError(at, "repeats an earlier assignment"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Unprocessable(errors.size() == 1
                    ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid", errors);
        }
        raci.clear();
        raci.addAll(assignments);
    }

    private static void flag(List<Problem.FieldError> errors, String field, boolean violated,
            String message) {
        if (violated) {
            errors.add(new Problem.FieldError(field, message));
        }
    }

    void subscribe(Set<NotificationKind> kinds) {
        notifications.clear();
        notifications.addAll(kinds.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(kinds));
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }
}
