package io.implementa.notification.project;

import io.implementa.platform.events.EventType;
import java.util.UUID;

/** What the project recipient directory tells the rest of the suite. Schemas: {@code docs/events.md}. */
public final class DirectoryEvents {

    private DirectoryEvents() {
    }

    /** A project's recipient directory was built, from its first event; keyed by the project id. */
    @EventType("io.implementa.notification.RecipientDirectoryUpdated")
    public record RecipientDirectoryUpdated(UUID projectId, String projectKey, long recipientCount) {
    }
}
