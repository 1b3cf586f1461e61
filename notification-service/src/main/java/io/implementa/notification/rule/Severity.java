package io.implementa.notification.rule;

/** How much an event matters, in increasing order; subscriptions can ask for a minimum. */
public enum Severity {
    INFO, WARNING, CRITICAL;

    public boolean atLeast(Severity minimum) {
        return compareTo(minimum) >= 0;
    }
}
