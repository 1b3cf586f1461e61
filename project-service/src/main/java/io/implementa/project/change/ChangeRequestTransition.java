package io.implementa.project.change;

import io.implementa.platform.people.PersonRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a change request's history. */
@Entity
@Table(name = "change_request_transition")
public class ChangeRequestTransition extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "change_request_id", nullable = false)
    public UUID changeRequestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ChangeRequestStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ChangeRequestStatus to;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "by_name"))
    public PersonRef by;

    @Column(nullable = false)
    public Instant at;

    public String comment;

    static ChangeRequestTransition of(UUID requestId, ChangeRequestStatus from, ChangeRequestStatus to, PersonRef by,
            Instant at, String comment) {
        ChangeRequestTransition t = new ChangeRequestTransition();
        t.id = UUID.randomUUID();
        t.changeRequestId = requestId;
        t.from = from;
        t.to = to;
        t.by = by;
        t.at = at;
        t.comment = comment;
        return t;
    }
}
