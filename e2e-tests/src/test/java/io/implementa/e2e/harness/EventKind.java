package io.implementa.e2e.harness;

/** Events of one type on one topic, e.g. {@code ProjectCreated} (the simple type name) on the project events. */
public record EventKind(String topic, String type) {

    public static final EventKind PROJECT_CREATED = new EventKind(Service.Topics.PROJECT_EVENTS, "ProjectCreated");
    public static final EventKind RISK_REGISTER_OPENED =
            new EventKind(Service.Topics.RISK_EVENTS, "RiskRegisterOpened");
    public static final EventKind RECIPIENT_DIRECTORY_UPDATED =
            new EventKind(Service.Topics.NOTIFICATION_EVENTS, "RecipientDirectoryUpdated");

    @Override
    public String toString() {
        return type + " on " + topic;
    }
}
