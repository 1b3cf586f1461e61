package io.implementa.notification.delivery;

/** Where a delivery stands: waiting for its next attempt, done, given up, or never to be sent. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED, CANCELLED
}
