package io.implementa.project.member;

import io.implementa.platform.security.Memberships;
import io.implementa.platform.security.ProjectRole;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The project-service owns membership, so its access checks read the members themselves, not a projection. */
@ApplicationScoped
public class ProjectMemberships implements Memberships {

    @Override
    public Optional<ProjectRole> roleOf(UUID projectId, String subject) {
        return ProjectMember.findBySubject(projectId, subject).map(member -> member.role);
    }

    @Override
    public Set<UUID> projectsOf(String subject) {
        return new HashSet<>(ProjectMember.<ProjectMember>list("person.subject", subject).stream()
                .map(member -> member.projectId).toList());
    }
}
