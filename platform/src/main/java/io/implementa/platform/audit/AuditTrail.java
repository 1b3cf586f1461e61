package io.implementa.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.implementa.platform.people.PersonRef;
import io.implementa.platform.security.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Records the changes of {@link AuditedEntity audited entities}, the way Hibernate Envers does: Hibernate's
 * post-insert/update/delete events (and collection events, for element collections) collect the entities a
 * transaction changed; just before it commits, after the last flush, one revision (when, who) and one change per
 * entity (what, and its view as JSON) are written in the same transaction. A change that rolls back leaves no
 * trace, and several changes of one entity in one transaction are one entry (created then changed is CREATED;
 * changed then deleted is DELETED; created then deleted is nothing). An update that leaves the entity's view as
 * it was (a counter the API does not show) is not recorded.
 */
public class AuditTrail implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

    private static final String PENDING = AuditTrail.class.getName() + ".pending";

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record(event.getSession(), event.getEntity(), event.getPersister(), event.getId(), Change.CREATED);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        record(event.getSession(), event.getEntity(), event.getPersister(), event.getId(), Change.UPDATED);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record(event.getSession(), event.getEntity(), event.getPersister(), event.getId(), Change.DELETED);
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        recordOwner(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        recordOwner(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        recordOwner(event);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** A changed element collection (e.g. a resource's cost rates) is a change of its owner. */
    private void recordOwner(AbstractCollectionEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner instanceof AuditedEntity && event.getAffectedOwnerIdOrNull() != null) {
            EntityPersister persister = event.getSession().getFactory().getMappingMetamodel()
                    .getEntityDescriptor(event.getAffectedOwnerEntityName());
            record(event.getSession(), owner, persister, event.getAffectedOwnerIdOrNull(), Change.UPDATED);
        }
    }

    private void record(SharedSessionContractImplementor session, Object entity, EntityPersister persister, Object id,
            Change change) {
        if (!(entity instanceof AuditedEntity audited)) {
            return;
        }
        TransactionSynchronizationRegistry transaction = Arc.container()
                .instance(TransactionSynchronizationRegistry.class).get();
        if (transaction.getTransactionKey() == null) {
            return; // Nothing is written outside a transaction, so there is nothing to record either.
        }
        Pending pending = (Pending) transaction.getResource(PENDING);
        if (pending == null) {
            pending = new Pending();
            transaction.putResource(PENDING, pending);
            session.getTransactionCompletionCallbacks().registerCallback(pending);
        }
        pending.add(new Key(persister.getJpaEntityName(), id.toString()), audited, change);
    }

    private record Key(String type, String id) {
    }

    private static final class Entry {
        final AuditedEntity entity;
        Change change;

        Entry(AuditedEntity entity, Change change) {
            this.entity = entity;
            this.change = change;
        }
    }

    /** The changes of one transaction, written just before it commits. */
    private static final class Pending implements BeforeCompletionCallback {

        private final Map<Key, Entry> entries = new LinkedHashMap<>();

        void add(Key key, AuditedEntity entity, Change change) {
            Entry entry = entries.get(key);
            if (entry == null) {
                entries.put(key, new Entry(entity, change));
                return;
            }
            if (entry.change == Change.CREATED && change == Change.DELETED) {
                entries.remove(key);
            } else if (entry.change == Change.DELETED && change == Change.CREATED) {
                entry.change = Change.UPDATED;
            } else if (change == Change.DELETED) {
                entry.change = Change.DELETED;
            }
            // CREATED or UPDATED followed by UPDATED keeps what it was; the state is read at commit anyway.
        }

        @Override
        public void doBeforeTransactionCompletion(SharedSessionContractImplementor session) {
            if (entries.isEmpty()) {
                return;
            }
            ObjectMapper json = Arc.container().instance(ObjectMapper.class).get();
            List<Object[]> rows = new ArrayList<>();
            entries.forEach((key, entry) -> rows.add(new Object[] { key, entry.change, state(json, entry.entity) }));
            Actor actor = currentActor();
            OffsetDateTime at = OffsetDateTime.now(Arc.container().instance(Clock.class).get())
                    .withOffsetSameInstant(ZoneOffset.UTC);
            session.doWork(connection -> write(connection, rows, actor, at));
        }

        private static String state(ObjectMapper json, AuditedEntity entity) {
            try {
                return json.writeValueAsString(entity.auditView());
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void write(Connection connection, List<Object[]> rows, Actor actor, OffsetDateTime at)
                throws SQLException {
            List<Object[]> changed = new ArrayList<>();
            for (Object[] row : rows) {
                if (row[1] != Change.UPDATED || !sameAsLast(connection, (Key) row[0], (String) row[2])) {
                    changed.add(row);
                }
            }
            if (changed.isEmpty()) {
                return;
            }
            long revision;
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into audit_revision (at, subject, email, name) values (?, ?, ?, ?) returning id")) {
                insert.setObject(1, at);
                insert.setString(2, actor.subject());
                insert.setString(3, actor.email());
                insert.setString(4, actor.name());
                try (ResultSet result = insert.executeQuery()) {
                    result.next();
                    revision = result.getLong(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into audit_change (revision_id, entity_type, entity_id, change, state)
                    values (?, ?, ?, ?, cast(? as jsonb))
                    """)) {
                for (Object[] row : changed) {
                    Key key = (Key) row[0];
                    insert.setLong(1, revision);
                    insert.setString(2, key.type());
                    insert.setString(3, key.id());
                    insert.setString(4, ((Change) row[1]).name());
                    insert.setString(5, (String) row[2]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        private static boolean sameAsLast(Connection connection, Key key, String state) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement("""
                    select state = cast(? as jsonb) from audit_change where entity_type = ? and entity_id = ?
                    order by revision_id desc limit 1
                    """)) {
                select.setString(1, state);
                select.setString(2, key.type());
                select.setString(3, key.id());
                try (ResultSet result = select.executeQuery()) {
                    return result.next() && result.getBoolean(1);
                }
            }
        }
    }

    /** The request's authenticated caller; else whoever {@link AuditActors} names; else the service itself. */
    static Actor currentActor() {
        ArcContainer container = Arc.container();
        if (container.requestContext().isActive()) {
            Caller caller = container.instance(Caller.class).get();
            if (caller.isAuthenticated()) {
                PersonRef person = caller.person();
                return new Actor(person.subject(), person.email(), person.name());
            }
        }
        return AuditActors.current().orElse(Actor.system("service", null));
    }
}
