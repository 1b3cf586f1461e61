package io.implementa.risk.action;

/** Where a mitigation action stands: open until it is done or cancelled, both final. */
public enum ActionStatus {
    OPEN, DONE, CANCELLED
}
