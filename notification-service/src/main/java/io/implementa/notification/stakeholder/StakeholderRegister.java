package io.implementa.notification.stakeholder;

import io.implementa.notification.recipient.Frequency;
import io.implementa.notification.recipient.Recipient;
import io.implementa.notification.recipient.RecipientKind;
import io.implementa.notification.recipient.RecipientService;
import io.implementa.notification.stakeholder.StakeholderEvents.StakeholderEntry;
import io.implementa.platform.people.PersonRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the stakeholder projection current. A stakeholder who is a project member (the register names their
 * subject) is reached through that person's recipient, on the channel and frequency the person chose; anyone else
 * becomes a STAKEHOLDER recipient reached by e-mail at the register's address and frequency (the register's
 * WEBHOOK/SLACK/TEAMS preference names no address, so it cannot be honoured without a recipient of their own).
 */
@ApplicationScoped
public class StakeholderRegister {

    private final RecipientService recipients;
    private final Clock clock;

    public StakeholderRegister(RecipientService recipients, Clock clock) {
        this.recipients = recipients;
        this.clock = clock;
    }

    @Transactional
    public void apply(StakeholderEntry entry) {
        Instant now = clock.instant();
        Recipient recipient = recipientOf(entry, now);
        Optional<Stakeholder> known = Stakeholder.findByIdOptional(entry.stakeholderId());
        Stakeholder stakeholder = known.orElseGet(() -> Stakeholder.of(entry.stakeholderId(), entry.projectId()));
        stakeholder.recipientId = recipient.id;
        stakeholder.accountable = entry.accountable();
        stakeholder.notifications = String.join(",", Objects.requireNonNullElse(entry.notifications(),
                List.of("STATUS_REPORTS")));
        stakeholder.frequency = Objects.requireNonNullElse(entry.frequency(), "WEEKLY");
        stakeholder.updatedAt = now;
        if (known.isEmpty()) {
            stakeholder.persist();
        }
    }

    /** Forgets the stakeholder; a STAKEHOLDER recipient is kept (its deliveries name it) but made inactive. */
    @Transactional
    public void remove(StakeholderEntry entry) {
        Stakeholder.deleteById(entry.stakeholderId());
        Recipient.<Recipient>findByIdOptional(entry.stakeholderId())
                .filter(r -> r.kind == RecipientKind.STAKEHOLDER)
                .ifPresent(r -> {
                    r.active = false;
                    r.touch(clock.instant());
                });
    }

    private Recipient recipientOf(StakeholderEntry entry, Instant now) {
        if (entry.memberSubject() != null && !entry.memberSubject().isBlank()) {
            PersonRef person = new PersonRef(entry.memberSubject(), entry.email(), entry.name());
            return recipients.enrol(List.of(person)).get(person.subject());
        }
        Frequency frequency = switch (Objects.requireNonNullElse(entry.frequency(), "WEEKLY")) {
            case "IMMEDIATE", Stakeholder.NEVER -> Frequency.IMMEDIATE;
            case "DAILY" -> Frequency.DAILY_DIGEST;
            default -> Frequency.WEEKLY_DIGEST;
        };
        return Recipient.<Recipient>findByIdOptional(entry.stakeholderId()).map(existing -> {
            existing.describeStakeholder(entry.name(), entry.email(), frequency, entry.timeZone(), entry.locale(), now);
            return existing;
        }).orElseGet(() -> {
            Recipient created = Recipient.ofStakeholder(entry.stakeholderId(), entry.name(), entry.email(), frequency,
                    entry.timeZone(), entry.locale(), now);
            created.persist();
            return created;
        });
    }
}
