package io.implementa.e2e.harness;

import java.util.List;

/** The four services of the suite, as the harness starts and addresses them. */
public enum Service {

    PROJECT("project-service", "project", List.of()),
    RISK("risk-service", "risk", List.of(Topics.PROJECT_EVENTS)),
    RESOURCE("resource-service", "resource", List.of()),
    NOTIFICATION("notification-service", "notification",
            List.of(Topics.PROJECT_EVENTS, Topics.RISK_EVENTS, Topics.RESOURCE_EVENTS));

    private final String module;
    private final String database;
    private final List<String> consumedTopics;

    Service(String module, String database, List<String> consumedTopics) {
        this.module = module;
        this.database = database;
        this.consumedTopics = consumedTopics;
    }

    /** The Maven module, the process's name in logs, and the service's consumer group. */
    public String module() {
        return module;
    }

    /** Its own PostgreSQL database. */
    public String database() {
        return database;
    }

    /** The topic it publishes its events to. */
    public String topic() {
        return "implementa." + database + ".events";
    }

    /** Where its consumer sends events it can never process. */
    public String deadLetterTopic() {
        return "implementa." + module + ".dlt";
    }

    /**
     * The topics its consumer reads (its {@code implementa.consumer.topics}); the harness waits for the
     * consumer group to have committed up to their end before it calls the suite settled.
     */
    public List<String> consumedTopics() {
        return consumedTopics;
    }

    @Override
    public String toString() {
        return module;
    }

    /** Topic names, as the services configure them. */
    public static final class Topics {
        public static final String PROJECT_EVENTS = "implementa.project.events";
        public static final String RISK_EVENTS = "implementa.risk.events";
        public static final String RESOURCE_EVENTS = "implementa.resource.events";
        public static final String NOTIFICATION_EVENTS = "implementa.notification.events";

        private Topics() {
        }
    }
}
