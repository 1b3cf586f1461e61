package io.implementa.notification.subscription;

/** When a subscription's matches reach its recipient: at once, or gathered into a daily or weekly digest. */
public enum SubscriptionDelivery {
    IMMEDIATE, DAILY_DIGEST, WEEKLY_DIGEST
}
