package io.implementa.platform.feed;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

/**
 * One iCalendar (RFC 5545) feed as calendar clients subscribe to it, written with biweekly: a named calendar
 * of all-day events, each with a stable {@code UID} (so a client updates the event instead of adding another)
 * and a {@code DTSTAMP} from when the item was last changed (so an unchanged feed is byte for byte the same and
 * its {@code ETag} holds).
 */
public final class FeedCalendar {

    /** The {@code Content-Type} of every feed. */
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private final ICalendar calendar = new ICalendar();

    private FeedCalendar(String name) {
        calendar.setProductId("-//Implementa//Calendar feeds//EN");
        calendar.setName(name);
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
        // Clients that honour it poll hourly; Outlook and Google decide for themselves.
        calendar.setRefreshInterval(new biweekly.util.Duration.Builder().hours(1).build());
        calendar.setExperimentalProperty("X-PUBLISHED-TTL", "PT1H");
    }

    /** A feed shown in the calendar client under this name. */
    public static FeedCalendar named(String name) {
        return new FeedCalendar(name);
    }

    /**
     * An all-day item from {@code first} to {@code last}, both included (written with the exclusive
     * {@code DTEND} RFC 5545 wants for dates).
     *
     * @param uid stable and unique across services, e.g. {@code milestone-<id>@project-service.implementa}
     * @param revised when the item last changed, written as {@code DTSTAMP} and {@code LAST-MODIFIED}
     * @param categories e.g. {@code Milestone}; clients may colour by them
     */
    public FeedCalendar allDay(String uid, String summary, LocalDate first, LocalDate last, String description,
            Instant revised, List<String> categories) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("event " + uid + " ends before it starts");
        }
        VEvent event = new VEvent();
        event.setUid(uid);
        event.setSummary(summary);
        event.setDateStart(date(first), false);
        event.setDateEnd(date(last.plusDays(1)), false);
        event.setDateTimeStamp(Date.from(revised));
        event.setLastModified(Date.from(revised));
        if (description != null && !description.isBlank()) {
            event.setDescription(description);
        }
        if (!categories.isEmpty()) {
            event.addCategories(categories);
        }
        // Due dates and bookings mark a day; they should not show the whole day as busy.
        event.setTransparency(true);
        calendar.addEvent(event);
        return this;
    }

    /**
     * One all-day item of a feed, as the services collect them before writing: see {@link #allDay} for the
     * meaning of each part; {@code category} is the item's one category.
     */
    public record Item(String uid, String summary, LocalDate first, LocalDate last, String description,
            Instant revised, String category) {

        /** An item on one day. */
        public static Item onDay(String uid, String summary, LocalDate day, String description, Instant revised,
                String category) {
            return new Item(uid, summary, day, day, description, revised, category);
        }
    }

    /** Adds the items in a stable order (first day, then UID), so that the same items give the same feed. */
    public FeedCalendar allDay(Collection<Item> items) {
        items.stream().sorted(Comparator.comparing(Item::first).thenComparing(Item::uid))
                .forEach(i -> allDay(i.uid(), i.summary(), i.first(), i.last(), i.description(), i.revised(),
                        List.of(i.category())));
        return this;
    }

    /** The feed as RFC 5545 text (CRLF line ends, long lines folded). */
    public String text() {
        return Biweekly.write(calendar).go();
    }

    /**
     * The answer to a feed request: {@code 200} with the calendar and an {@code ETag} of its content, or
     * {@code 304} without a body when the client's {@code If-None-Match} names that tag.
     */
    public Response respond(Request request) {
        String text = text();
        EntityTag tag = new EntityTag(digest(text));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header("Cache-Control", "private, no-cache").build();
        }
        return Response.ok(text, MEDIA_TYPE).tag(tag).header("Cache-Control", "private, no-cache").build();
    }

    private static Date date(LocalDate day) {
        // biweekly writes a date-only value in the JVM's zone: midnight there is that day.
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
