package io.implementa.project.change;

import java.util.Set;

/**
 * Where a change request stands: submitted, its impact assessed (again as often as needed), under review by the
 * decision maker, approved or rejected, and an approved one implemented. Rejected and implemented are final.
 */
public enum ChangeRequestStatus {
    SUBMITTED, ASSESSED, IN_REVIEW, APPROVED, REJECTED, IMPLEMENTED;

    /** States from which the request is still waiting for a decision. */
    public static final Set<ChangeRequestStatus> PENDING = Set.of(SUBMITTED, ASSESSED, IN_REVIEW);

    /** The states this one may move to. */
    public Set<ChangeRequestStatus> next() {
        return switch (this) {
            case SUBMITTED -> Set.of(ASSESSED);
            case ASSESSED -> Set.of(ASSESSED, IN_REVIEW);
            case IN_REVIEW -> Set.of(APPROVED, REJECTED);
            case APPROVED -> Set.of(IMPLEMENTED);
            case REJECTED, IMPLEMENTED -> Set.of();
        };
    }
}
