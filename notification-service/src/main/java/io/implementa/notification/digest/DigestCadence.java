package io.implementa.notification.digest;

/** How often a digest goes out. */
public enum DigestCadence {
    DAILY, WEEKLY
}
