package io.implementa.notification.recipient;

import io.implementa.notification.recipient.RecipientApi.CreateRecipientRequest;
import io.implementa.notification.recipient.RecipientApi.RecipientView;
import io.implementa.notification.recipient.RecipientApi.UpdateRecipientRequest;
import io.implementa.platform.audit.AuditHistory;
import io.implementa.platform.audit.Revision;
import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Patch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.people.PersonRef;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Use cases of the recipient directory: direct registrations through the API, and people named by projects. What
 * the API reads and changes is limited to the recipients the caller may reach ({@link RecipientAccess}).
 */
@ApplicationScoped
public class RecipientService {

    private static final Map<String, String> SORTABLE = Map.of("name", "displayName", "createdAt", "createdAt");

    private final EntityManager em;
    private final Clock clock;
    private final RecipientAccess access;
    private final AuditHistory audit;

    public RecipientService(EntityManager em, Clock clock, RecipientAccess access, AuditHistory audit) {
        this.em = em;
        this.clock = clock;
        this.access = access;
        this.audit = audit;
    }

    /** List filters; each one that is set narrows the result. */
    public record Filter(RecipientKind kind, Channel channel, UUID projectId, String text) {

        public static Filter ofProject(UUID projectId) {
            return new Filter(null, null, projectId, null);
        }
    }

    /** Registers a DIRECT recipient owned by the caller. */
    @Transactional
    public RecipientView register(CreateRecipientRequest request) {
        access.requireMayRegister(request.person());
        Recipient recipient = Recipient.register(access.owner(), request.kind(), request.displayName(),
                request.person(), request.email(), request.preferredChannel(), request.channelAddress(),
                request.frequency(), request.timeZone(), request.locale(), clock.instant());
        if (recipient.person != null) {
            lockPerson(recipient.person.subject());
            // Only the person or an admin gets here, and both may see the existing recipient.
            Recipient.findByPerson(recipient.person.subject()).ifPresent(existing -> {
                throw new ProblemException.Conflict("duplicate-person", "Person already in the directory",
                        "person " + existing.person.subject() + " is already recipient " + existing.id)
                        .with("recipientId", existing.id);
            });
        }
        recipient.persistAndFlush();
        return RecipientView.of(recipient);
    }

    /** The recipient, if the caller may see it. */
    public Optional<RecipientView> find(UUID id) {
        return Recipient.<Recipient>findByIdOptional(id).filter(access::maySee).map(RecipientView::of);
    }

    /** The recipient's change history, newest first, if the caller may see the recipient. */
    public Optional<PageView<Revision>> history(UUID id, PageRequest page) {
        return Recipient.<Recipient>findByIdOptional(id).filter(access::maySee)
                .flatMap(recipient -> audit.of(Recipient.class, id, page));
    }

    /** A page of the recipients the caller may see. */
    public PageView<RecipientView> list(Filter filter, PageRequest page) {
        Parameters parameters = new Parameters();
        List<String> conditions = new ArrayList<>();
        access.visibleOnly(parameters).ifPresent(conditions::add);
        return list(filter, conditions, parameters, page);
    }

    /** A page of the project's recipients, for whoever may read the project (the route checks that). */
    public PageView<RecipientView> listOfProject(UUID projectId, PageRequest page) {
        return list(Filter.ofProject(projectId), new ArrayList<>(), new Parameters(), page);
    }

    private PageView<RecipientView> list(Filter filter, List<String> conditions, Parameters parameters,
            PageRequest page) {
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            parameters.and("kind", filter.kind());
        }
        if (filter.channel() != null) {
            conditions.add("preferredChannel = :channel");
            parameters.and("channel", filter.channel());
        }
        if (filter.projectId() != null) {
            conditions.add("id in (select link.id.recipientId from ProjectRecipient link "
                    + "where link.id.projectId = :projectId)");
            parameters.and("projectId", filter.projectId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(displayName) like :text escape '!' or lower(email) like :text escape '!')");
            parameters.and("text", "%" + likeEscaped(filter.text().toLowerCase()) + "%");
        }
        Sort sort = Sorting.parse(page.sort, SORTABLE, Sort.by("displayName").and("id"));
        return PageView.of(Recipient.find(String.join(" and ", conditions), sort, parameters), page,
                RecipientView::of);
    }

    /** Changes a recipient the caller may change; empty if they may not even see it. */
    @Transactional
    public Optional<RecipientView> update(UUID id, IfMatch ifMatch, UpdateRecipientRequest request) {
        Optional<Recipient> found = Recipient.<Recipient>findByIdOptional(id).filter(access::maySee);
        found.ifPresent(recipient -> {
            access.requireMayChange(recipient);
            ifMatch.check(recipient.version);
            recipient.requireEditableThroughApi();
            apply(recipient, request);
            recipient.requireConsistent();
            recipient.touch(clock.instant());
            recipient.flush();
        });
        return found.map(RecipientView::of);
    }

    /**
     * Undoes the one-click unsubscribe of e-mails: by the person the recipient describes, whoever registered it or
     * an admin, also for recipients derived from projects (the opt-out is the person's, not the project's). Empty
     * if the caller may not even see it; idempotent.
     */
    @Transactional
    public Optional<RecipientView> resubscribe(UUID id) {
        Optional<Recipient> found = Recipient.<Recipient>findByIdOptional(id).filter(access::maySee);
        found.ifPresent(recipient -> {
            access.requireMayChange(recipient);
            recipient.resubscribe(clock.instant());
            recipient.flush();
        });
        return found.map(RecipientView::of);
    }

    /**
     * The recipients of the people a project names, by subject: each known person is brought up to date, each
     * new one is added as a derived recipient. Must run in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Recipient> enrol(Collection<PersonRef> people) {
        Map<String, PersonRef> bySubject = new TreeMap<>();
        people.forEach(person -> bySubject.put(person.subject(), person));
        Instant now = clock.instant();
        Map<String, Recipient> enrolled = new TreeMap<>();
        // Sorted subjects: two transactions enrolling the same people take their locks in the same order.
        bySubject.forEach((subject, person) -> {
            lockPerson(subject);
            Recipient recipient = Recipient.findByPerson(subject).orElseGet(() -> {
                Recipient derived = Recipient.derivedFrom(person, now);
                derived.persist();
                return derived;
            });
            recipient.recognise(person, now);
            enrolled.put(subject, recipient);
        });
        return enrolled;
    }

    /**
     * Serialises the transactions that may add the same person (another instance consuming another project's
     * events, or a direct registration), so that the second finds the first's recipient instead of failing on
     * the unique subject.
     */
    private void lockPerson(String subject) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "recipient-person:" + subject)
                .getSingleResult();
    }

    private static void apply(Recipient recipient, UpdateRecipientRequest request) {
        recipient.displayName = Patch.required(request.displayName(), recipient.displayName, "displayName");
        recipient.email = Patch.optional(request.email(), recipient.email);
        Channel channel = Patch.required(request.preferredChannel(), recipient.preferredChannel, "preferredChannel");
        // A new channel never inherits the old channel's address: a Slack URL is no e-mail address.
        String keptAddress = channel == recipient.preferredChannel ? recipient.channelAddress : null;
        recipient.reachThrough(channel, Patch.optional(request.channelAddress(), keptAddress));
        recipient.frequency = Patch.required(request.frequency(), recipient.frequency, "frequency");
        recipient.timeZone = Patch.required(request.timeZone(), recipient.timeZone, "timeZone");
        recipient.locale = Patch.required(request.locale(), recipient.locale, "locale");
        recipient.active = Patch.required(request.active(), recipient.active, "active");
        recipient.quietHoursStart = Patch.optional(request.quietHoursStart(), recipient.quietHoursStart);
        recipient.quietHoursEnd = Patch.optional(request.quietHoursEnd(), recipient.quietHoursEnd);
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
