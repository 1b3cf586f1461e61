package io.implementa.platform.security;

import io.implementa.platform.inbox.EventHandler;
import io.implementa.platform.inbox.IncomingEvent;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * This service's copy of project membership, kept from the project-service's member events in the
 * {@code project_membership} table, and the {@link Memberships} answers read from it. Events of one
 * project arrive in order (they share its key), so an upsert per event keeps the copy exact.
 */
@ApplicationScoped
@Typed(MembershipProjection.class)
public class MembershipProjection implements Memberships {

    private final EntityManager em;
    private final Clock clock;

    public MembershipProjection(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The default answer of every service but the project-service, which owns the members. */
    @Produces
    @DefaultBean
    @Dependent
    Memberships memberships() {
        return this;
    }

    @Override
    public Optional<ProjectRole> roleOf(UUID projectId, String subject) {
        @SuppressWarnings("unchecked")
        List<String> roles = em.createNativeQuery(
                        "select role from project_membership where project_id = ?1 and subject = ?2")
                .setParameter(1, projectId).setParameter(2, subject).getResultList();
        return roles.stream().findFirst().map(ProjectRole::valueOf);
    }

    @Override
    public Set<UUID> projectsOf(String subject) {
        @SuppressWarnings("unchecked")
        List<UUID> projects = em.createNativeQuery("select project_id from project_membership where subject = ?1")
                .setParameter(1, subject).getResultList();
        return new HashSet<>(projects);
    }

    void upsert(UUID projectId, String subject, ProjectRole role, UUID memberId) {
        em.createNativeQuery("""
                insert into project_membership (project_id, subject, role, member_id, updated_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (project_id, subject) do update set role = excluded.role,
                    member_id = excluded.member_id, updated_at = excluded.updated_at
                """)
                .setParameter(1, projectId).setParameter(2, subject).setParameter(3, role.name())
                .setParameter(4, memberId).setParameter(5, OffsetDateTime.now(clock))
                .executeUpdate();
    }

    void remove(UUID projectId, String subject) {
        em.createNativeQuery("delete from project_membership where project_id = ?1 and subject = ?2")
                .setParameter(1, projectId).setParameter(2, subject).executeUpdate();
    }

    @ApplicationScoped
    static class OnMemberAdded implements EventHandler<MembershipEvents.MemberAdded> {
        private final MembershipProjection projection;

        OnMemberAdded(MembershipProjection projection) {
            this.projection = projection;
        }

        @Override
        public Class<MembershipEvents.MemberAdded> payloadType() {
            return MembershipEvents.MemberAdded.class;
        }

        @Override
        public void handle(IncomingEvent<MembershipEvents.MemberAdded> event) {
            var added = event.payload();
            projection.upsert(added.projectId(), added.person().subject(), added.role(), added.memberId());
        }
    }

    @ApplicationScoped
    static class OnMemberRoleChanged implements EventHandler<MembershipEvents.MemberRoleChanged> {
        private final MembershipProjection projection;

        OnMemberRoleChanged(MembershipProjection projection) {
            this.projection = projection;
        }

        @Override
        public Class<MembershipEvents.MemberRoleChanged> payloadType() {
            return MembershipEvents.MemberRoleChanged.class;
        }

        @Override
        public void handle(IncomingEvent<MembershipEvents.MemberRoleChanged> event) {
            var changed = event.payload();
            projection.upsert(changed.projectId(), changed.person().subject(), changed.role(), changed.memberId());
        }
    }

    @ApplicationScoped
    static class OnMemberRemoved implements EventHandler<MembershipEvents.MemberRemoved> {
        private final MembershipProjection projection;

        OnMemberRemoved(MembershipProjection projection) {
            this.projection = projection;
        }

        @Override
        public Class<MembershipEvents.MemberRemoved> payloadType() {
            return MembershipEvents.MemberRemoved.class;
        }

        @Override
        public void handle(IncomingEvent<MembershipEvents.MemberRemoved> event) {
            var removed = event.payload();
            projection.remove(removed.projectId(), removed.person().subject());
        }
    }
}
