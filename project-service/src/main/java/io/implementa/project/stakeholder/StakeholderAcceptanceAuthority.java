package io.implementa.project.stakeholder;

import io.implementa.platform.security.Memberships;
import io.implementa.platform.security.ProjectRole;
import io.implementa.project.deliverable.AcceptanceAuthority;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Who may accept a deliverable, from the stakeholder register: the stakeholders ACCOUNTABLE for it (matched by
 * their identity provider subject). While the register names nobody accountable for the deliverable, the
 * project's sponsors and STAKEHOLDER members decide, as they did before the register existed.
 */
@ApplicationScoped
public class StakeholderAcceptanceAuthority implements AcceptanceAuthority {

    private final Memberships memberships;

    public StakeholderAcceptanceAuthority(Memberships memberships) {
        this.memberships = memberships;
    }

    @Override
    public boolean mayAccept(UUID projectId, UUID deliverableId, String subject) {
        List<Stakeholder> accountable = Stakeholder.accountableFor(projectId, deliverableId);
        if (!accountable.isEmpty()) {
            return subject != null && accountable.stream().anyMatch(s -> subject.equals(s.memberSubject));
        }
        return memberships.roleOf(projectId, subject)
                .map(role -> role == ProjectRole.SPONSOR || role == ProjectRole.STAKEHOLDER)
                .orElse(false);
    }
}
