package io.implementa.project.deliverable;

import io.implementa.platform.security.Memberships;
import io.implementa.platform.security.ProjectRole;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The stand-in answer while no stakeholder register says who is accountable: the project's sponsors
 * and stakeholder members decide; its managers and team, who produce the deliverables, do not.
 */
@ApplicationScoped
@DefaultBean
public class ProjectRoleAcceptanceAuthority implements AcceptanceAuthority {

    private final Memberships memberships;

    public ProjectRoleAcceptanceAuthority(Memberships memberships) {
        this.memberships = memberships;
    }

    @Override
    public boolean mayAccept(UUID projectId, UUID deliverableId, String subject) {
        return memberships.roleOf(projectId, subject)
                .map(role -> role == ProjectRole.SPONSOR || role == ProjectRole.STAKEHOLDER)
                .orElse(false);
    }
}
