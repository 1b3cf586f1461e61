package io.implementa.project.member;

import io.implementa.platform.audit.AuditedEntity;
import io.implementa.platform.security.ProjectRole;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One person's membership of one project, in exactly one role. */
@Entity
@Table(name = "project_member")
public class ProjectMember extends PanacheEntityBase implements AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "subject"))
    @AttributeOverride(name = "email", column = @Column(name = "email"))
    @AttributeOverride(name = "name", column = @Column(name = "name"))
    public PersonRef person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectRole role;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Version
    public long version;

    protected ProjectMember() {
    }

    static ProjectMember of(UUID projectId, PersonRef person, ProjectRole role, Instant now) {
        ProjectMember member = new ProjectMember();
        member.id = UUID.randomUUID();
        member.projectId = projectId;
        member.person = person;
        member.role = role;
        member.addedAt = now;
        return member;
    }

    public static Optional<ProjectMember> find(UUID projectId, UUID memberId) {
        return find("id = ?1 and projectId = ?2", memberId, projectId).firstResultOptional();
    }

    public static Optional<ProjectMember> findBySubject(UUID projectId, String subject) {
        return find("projectId = ?1 and person.subject = ?2", projectId, subject).firstResultOptional();
    }

    public static List<ProjectMember> inRole(UUID projectId, ProjectRole role) {
        return list("projectId = ?1 and role = ?2", projectId, role);
    }

    @Override
    public Object auditView() {
        return MemberApi.MemberView.of(this);
    }
}
