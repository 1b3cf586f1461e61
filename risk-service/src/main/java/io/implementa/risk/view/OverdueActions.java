package io.implementa.risk.view;

import io.implementa.risk.action.ActionStatus;
import io.implementa.risk.action.MitigationAction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

/** Counts a project's overdue mitigation actions for its summary: open, due before the given day. */
@ApplicationScoped
public class OverdueActions {

    public int count(UUID projectId, LocalDate today) {
        return (int) MitigationAction.count("projectId = ?1 and status = ?2 and dueDate < ?3", projectId,
                ActionStatus.OPEN, today);
    }
}
