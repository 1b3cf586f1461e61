package io.implementa.notification.recipient;

/** How often a recipient wants to hear: each notification at once, or gathered into a digest. */
public enum Frequency {
    IMMEDIATE, DAILY_DIGEST, WEEKLY_DIGEST
}
