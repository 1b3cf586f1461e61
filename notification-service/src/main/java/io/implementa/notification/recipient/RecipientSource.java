package io.implementa.notification.recipient;

/** Where a recipient came from, which decides who may change it. */
public enum RecipientSource {
    /** Registered through this service's API, and changed through it. */
    DIRECT,
    /** Derived from project events; it changes when the project does, never through this API. */
    PROJECT
}
