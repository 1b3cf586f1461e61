package io.implementa.risk.issue;

import java.util.EnumSet;
import java.util.Set;

/** Where an issue stands: open, being worked on, resolved (final). */
public enum IssueStatus {
    OPEN, IN_PROGRESS, RESOLVED;

    public Set<IssueStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case IN_PROGRESS -> EnumSet.of(OPEN, RESOLVED);
            case RESOLVED -> EnumSet.noneOf(IssueStatus.class);
        };
    }
}
