package io.implementa.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Reads an audited entity's history, one page at a time, newest first ({@code sort=revision} for oldest first).
 * Empty when the entity has none: it never existed (or existed before auditing began), so the route answers 404.
 * Whether the caller may read it is the route's to decide, as for the entity itself.
 */
@ApplicationScoped
public class AuditHistory {

    private final EntityManager em;
    private final ObjectMapper json;

    public AuditHistory(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** The history of the entity of this type and id. */
    public Optional<PageView<Revision>> of(Class<? extends AuditedEntity> type, Object id, PageRequest page) {
        return query(type, id, null, null, page);
    }

    /**
     * The history of the entity of this type and id, if it belongs to the given parent: every recorded state has
     * {@code field} (a top-level field of its view, e.g. {@code projectId}) equal to {@code value}. Keeps
     * {@code /projects/A/members/{id}/history} from showing a member of project B.
     */
    public Optional<PageView<Revision>> of(Class<? extends AuditedEntity> type, Object id, String field,
            Object value, PageRequest page) {
        return query(type, id, field, value.toString(), page);
    }

    private Optional<PageView<Revision>> query(Class<? extends AuditedEntity> type, Object id, String field,
            String value, PageRequest page) {
        String entityType = em.getMetamodel().entity(type).getName();
        String where = "c.entity_type = ?1 and c.entity_id = ?2"
                + (field == null ? "" : " and not exists (select 1 from audit_change o where o.entity_type = ?1 "
                        + "and o.entity_id = ?2 and (o.state ->> ?3) is distinct from ?4)");
        var count = em.createNativeQuery("select count(*) from audit_change c where " + where)
                .setParameter(1, entityType).setParameter(2, id.toString());
        if (field != null) {
            count.setParameter(3, field).setParameter(4, value);
        }
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0) {
            return Optional.empty();
        }
        var select = em.createNativeQuery("""
                select c.revision_id, r.at, r.subject, r.email, r.name, c.change, cast(c.state as text)
                from audit_change c join audit_revision r on r.id = c.revision_id
                where %s order by c.revision_id %s
                """.formatted(where, ascending(page.sort) ? "asc" : "desc"))
                .setParameter(1, entityType).setParameter(2, id.toString())
                .setFirstResult(page.page * page.size).setMaxResults(page.size);
        if (field != null) {
            select.setParameter(3, field).setParameter(4, value);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<Revision> items = rows.stream().map(this::revision).toList();
        return Optional.of(new PageView<>(items, page.page, page.size, total,
                (int) ((total + page.size - 1) / page.size)));
    }

    /** Newest first unless asked otherwise; only the revision number orders a history. */
    private static boolean ascending(String sort) {
        if (sort == null || sort.isBlank() || sort.equals("-revision")) {
            return false;
        }
        if (sort.equals("revision") || sort.equals("+revision")) {
            return true;
        }
        throw new ProblemException.Unprocessable("sort", "cannot sort by '" + sort + "'; allowed: revision");
    }

    private Revision revision(Object[] row) {
        try {
            return new Revision(((Number) row[0]).longValue(), instant(row[1]),
                    new Actor((String) row[2], (String) row[3], (String) row[4]), Change.valueOf((String) row[5]),
                    json.readTree((String) row[6]));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.time.Instant instant(Object value) {
        if (value instanceof java.time.Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
