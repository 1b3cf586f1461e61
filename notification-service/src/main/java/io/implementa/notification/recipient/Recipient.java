package io.implementa.notification.recipient;

import io.implementa.platform.audit.AuditedEntity;
import io.implementa.platform.http.Problem.FieldError;
import io.implementa.platform.http.ProblemException;
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
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Someone or something that can be notified (a person, a team mailbox, a chat channel or an integration
 * endpoint): through which channel and address, how often, and in which time zone and language.
 */
@Entity
@Table(name = "recipient")
public class Recipient extends PanacheEntityBase implements AuditedEntity {

    /** Deliberately plain (one @, no blanks, a dot in the domain): the receiving mail server has the last word. */
    public static final String EMAIL_PATTERN = "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$";
    public static final String DEFAULT_TIME_ZONE = "UTC";
    public static final String DEFAULT_LOCALE = "en";

    private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecipientKind kind;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    /** The identity behind a PERSON recipient; null for every other kind. */
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "person_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "person_email"))
    @AttributeOverride(name = "name", column = @Column(name = "person_name"))
    public PersonRef person;

    /** Where e-mail goes: set for people and team mailboxes only. */
    public String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel", nullable = false)
    public Channel preferredChannel;

    /** Null for an e-mail channel that follows {@link #email}; otherwise the channel's own address. */
    @Column(name = "channel_address")
    public String channelAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Frequency frequency;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(nullable = false)
    public String locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecipientSource source;

    /** The subject of whoever registered a DIRECT recipient, who may read and change it; null for derived ones. */
    @Column(name = "owner_subject")
    public String ownerSubject;

    @Column(nullable = false)
    public boolean active;

    /** The start of the daily window, in the recipient's time zone, in which nothing is delivered; null if none. */
    @Column(name = "quiet_hours_start")
    public LocalTime quietHoursStart;

    /** The end of the quiet window (before the start: the window spans midnight). */
    @Column(name = "quiet_hours_end")
    public LocalTime quietHoursEnd;

    /** When the recipient followed an e-mail's unsubscribe link: no e-mail reaches them since. */
    @Column(name = "unsubscribed_at")
    public Instant unsubscribedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected Recipient() {
    }

    /**
     * A recipient registered through the API by its owner (a subject). A person's display name and e-mail default
     * to their identity's; frequency, time zone and locale default to IMMEDIATE, UTC and English.
     */
    public static Recipient register(String owner, RecipientKind kind, String displayName, PersonRef person,
            String email, Channel channel, String channelAddress, Frequency frequency, String timeZone, String locale,
            Instant now) {
        if (kind == RecipientKind.STAKEHOLDER) {
            throw new ProblemException.Unprocessable("kind", "STAKEHOLDER recipients come from project stakeholder "
                    + "registers only");
        }
        Recipient recipient = new Recipient();
        recipient.id = UUID.randomUUID();
        recipient.kind = kind;
        recipient.source = RecipientSource.DIRECT;
        recipient.ownerSubject = owner;
        recipient.person = person;
        boolean identified = kind == RecipientKind.PERSON && person != null;
        recipient.displayName = displayName == null && identified ? person.name() : displayName;
        recipient.email = email == null && identified ? person.email() : email;
        recipient.reachThrough(channel, channelAddress);
        recipient.frequency = Objects.requireNonNullElse(frequency, Frequency.IMMEDIATE);
        recipient.timeZone = Objects.requireNonNullElse(timeZone, DEFAULT_TIME_ZONE);
        recipient.locale = Objects.requireNonNullElse(locale, DEFAULT_LOCALE);
        recipient.active = true;
        recipient.createdAt = now;
        recipient.updatedAt = now;
        recipient.requireConsistent();
        return recipient;
    }

    /** A person named by a project: told at once, by e-mail, in UTC and English, until the directory says otherwise. */
    public static Recipient derivedFrom(PersonRef person, Instant now) {
        Recipient recipient = new Recipient();
        recipient.id = UUID.randomUUID();
        recipient.kind = RecipientKind.PERSON;
        recipient.source = RecipientSource.PROJECT;
        recipient.person = person;
        recipient.displayName = person.name();
        recipient.email = person.email();
        recipient.reachThrough(Channel.EMAIL, null);
        recipient.frequency = Frequency.IMMEDIATE;
        recipient.timeZone = DEFAULT_TIME_ZONE;
        recipient.locale = DEFAULT_LOCALE;
        recipient.active = true;
        recipient.createdAt = now;
        recipient.updatedAt = now;
        return recipient;
    }

    /**
     * A stakeholder of a project register without an identity in the suite: reached by e-mail, its id the
     * stakeholder's, so that the register's later events find it.
     */
    public static Recipient ofStakeholder(UUID stakeholderId, String name, String email, Frequency frequency,
            String timeZone, String locale, Instant now) {
        Recipient recipient = new Recipient();
        recipient.id = stakeholderId;
        recipient.kind = RecipientKind.STAKEHOLDER;
        recipient.source = RecipientSource.PROJECT;
        recipient.reachThrough(Channel.EMAIL, null);
        recipient.createdAt = now;
        recipient.describeStakeholder(name, email, frequency, timeZone, locale, now);
        return recipient;
    }

    /** Takes in a stakeholder's register entry; time zone and locale fall back to the defaults if invalid. */
    public void describeStakeholder(String name, String email, Frequency frequency, String timeZone, String locale,
            Instant now) {
        this.displayName = name;
        this.email = email;
        this.frequency = frequency;
        this.timeZone = TimeZoneId.Validator.isTimeZoneId(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
        this.locale = LanguageTag.Validator.isLanguageTag(locale) ? LanguageTag.Validator.canonical(locale)
                : DEFAULT_LOCALE;
        this.active = true;
        touch(now);
    }

    /**
     * When a delivery due at {@code now} may go: the end of the recipient's quiet window if {@code now} falls in
     * it, else empty (at once).
     */
    public Optional<Instant> quietUntil(Instant now) {
        if (quietHoursStart == null || quietHoursEnd == null || quietHoursStart.equals(quietHoursEnd)) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(ZoneId.of(timeZone));
        LocalTime time = local.toLocalTime();
        boolean spansMidnight = quietHoursStart.isAfter(quietHoursEnd);
        boolean inside = spansMidnight
                ? !time.isBefore(quietHoursStart) || time.isBefore(quietHoursEnd)
                : !time.isBefore(quietHoursStart) && time.isBefore(quietHoursEnd);
        if (!inside) {
            return Optional.empty();
        }
        ZonedDateTime end = local.with(quietHoursEnd).withSecond(0).withNano(0);
        return Optional.of((end.isAfter(local) ? end : end.plusDays(1)).toInstant());
    }

    /** Stops e-mail to the recipient, keeping the first time they asked. */
    public void unsubscribe(Instant now) {
        if (unsubscribedAt == null) {
            unsubscribedAt = now;
            touch(now);
        }
    }

    /** Lets e-mail reach the recipient again after an unsubscribe; nothing changes if they never left. */
    public void resubscribe(Instant now) {
        if (unsubscribedAt != null) {
            unsubscribedAt = null;
            touch(now);
        }
    }

    /** Whether the subject registered this recipient or is the person it describes. */
    public boolean belongsTo(String subject) {
        return subject.equals(ownerSubject) || person != null && subject.equals(person.subject());
    }

    public static Optional<Recipient> findByPerson(String subject) {
        return find("person.subject", subject).firstResultOptional();
    }

    /**
     * Takes in a person's identity as an event names it. A derived recipient's name and e-mail follow it; a
     * directly registered one keeps the contact details it chose.
     */
    public void recognise(PersonRef identity, Instant now) {
        if (identity.equals(person)) {
            return;
        }
        person = identity;
        if (source == RecipientSource.PROJECT) {
            displayName = identity.name();
            email = identity.email();
        }
        touch(now);
    }

    /** Sets the channel and its address; a null address on the e-mail channel means the recipient's e-mail. */
    public void reachThrough(Channel channel, String address) {
        preferredChannel = channel;
        channelAddress = address;
    }

    /** Where notifications on the preferred channel go. */
    public String deliveryAddress() {
        return channelAddress != null ? channelAddress : email;
    }

    /** Derived recipients change with their project, so the API cannot edit them without being overwritten. */
    public void requireEditableThroughApi() {
        if (source != RecipientSource.DIRECT) {
            throw new ProblemException.Conflict("recipient-not-editable", "Recipient not editable",
                    "recipient " + id + " is derived from project events and changes with its projects; "
                            + "it cannot be changed through this API");
        }
    }

    /**
     * Checks the rules that tie the fields together, naming every field that breaks one in a single 422, and
     * brings the locale into its canonical form.
     */
    public void requireConsistent() {
        List<FieldError> errors = new ArrayList<>();
        if (displayName == null || displayName.isBlank()) {
            errors.add(new FieldError("displayName", kind == RecipientKind.PERSON
                    ? "must not be blank (it defaults to the person's name)" : "must not be blank"));
        }
        if (kind == RecipientKind.PERSON && person == null) {
            errors.add(new FieldError("person", "is required for a PERSON recipient"));
        } else if (kind != RecipientKind.PERSON && person != null) {
            errors.add(new FieldError("person", "is only for a PERSON recipient"));
        }
        if (kind.hasEmail() && email == null) {
            errors.add(new FieldError("email", "is required for a " + kind + " recipient"));
        } else if (!kind.hasEmail() && email != null) {
            errors.add(new FieldError("email", "is only for PERSON and TEAM_MAILBOX recipients"));
        }
        if (!kind.reachableThrough(preferredChannel)) {
            errors.add(new FieldError("preferredChannel",
                    "a " + kind + " recipient is reached through " + kind.channels() + " only"));
        } else {
            checkChannelAddress(errors);
        }
        if (!TimeZoneId.Validator.isTimeZoneId(timeZone)) {
            errors.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Madrid"));
        }
        if ((quietHoursStart == null) != (quietHoursEnd == null)) {
            errors.add(new FieldError(quietHoursStart == null ? "quietHoursStart" : "quietHoursEnd",
                    "quiet hours need both a start and an end"));
        }
        if (!LanguageTag.Validator.isLanguageTag(locale)) {
            errors.add(new FieldError("locale", "must be a BCP 47 language tag such as en or pt-BR"));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new ProblemException.Unprocessable(errors.size() == 1
                    ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid", errors);
        }
        locale = LanguageTag.Validator.canonical(locale);
    }

    private void checkChannelAddress(List<FieldError> errors) {
        if (preferredChannel.urlAddressed()) {
            if (channelAddress == null) {
                errors.add(new FieldError("channelAddress", "is required for the " + preferredChannel + " channel"));
            } else if (!isHttpsUrl(channelAddress)) {
                errors.add(new FieldError("channelAddress",
                        "must be an https URL without credentials for the " + preferredChannel + " channel"));
            }
        } else if (channelAddress != null && !EMAIL.matcher(channelAddress).matches()) {
            errors.add(new FieldError("channelAddress", "must be an e-mail address for the EMAIL channel"));
        }
    }

    /** Notifications leave the suite, so only TLS; user info is refused because URLs end up in logs. */
    static boolean isHttpsUrl(String value) {
        try {
            URI uri = new URI(value);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    /** The view masks chat webhook URLs (they are credentials), and so does the history. */
    @Override
    public Object auditView() {
        return RecipientApi.RecipientView.of(this);
    }
}
