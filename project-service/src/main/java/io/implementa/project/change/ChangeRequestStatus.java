package io.implementa.project.change;

import java.util.Set;

/**
 * Where a change request stands: submitted, its impact assessed (again as often as needed), under review by the
 * decision maker, approved or rejected, and an approved one implemented; withdrawn by its requester or the manager
 * while it waits for a decision. Rejected, implemented and withdrawn are final.
 */
public enum ChangeRequestStatus {
    SUBMITTED, ASSESSED, IN_REVIEW, APPROVED, REJECTED, IMPLEMENTED, WITHDRAWN;

    /** States from which the request is still waiting for a decision. */
    public static final Set<ChangeRequestStatus> PENDING = Set.of(SUBMITTED, ASSESSED, IN_REVIEW);

    /** The states this one may move to. */
    public Set<ChangeRequestStatus> next() {
        return switch (this) {
            case SUBMITTED -> Set.of(ASSESSED, WITHDRAWN);
            case ASSESSED -> Set.of(ASSESSED, IN_REVIEW, WITHDRAWN);
            case IN_REVIEW -> Set.of(APPROVED, REJECTED, WITHDRAWN);
            case APPROVED -> Set.of(IMPLEMENTED);
            case REJECTED, IMPLEMENTED, WITHDRAWN -> Set.of();
        };
    }
}
