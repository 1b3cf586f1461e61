package io.implementa.notification.delivery;

/**
 * What came of one attempt. IN_FLIGHT while it runs; ABANDONED when its worker died and the lease ran out, so
 * the delivery was taken up again.
 */
public enum AttemptOutcome {
    IN_FLIGHT, SUCCEEDED, FAILED, ABANDONED
}
