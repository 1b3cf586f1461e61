package io.implementa.platform.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who made a change: a person or service account (the token's subject, e-mail and name), or the service itself
 * acting on an event or a scheduled job ({@code system:<consumer or job>}, without e-mail).
 */
@Schema(name = "Actor", description = "Who made a change: the caller's subject, e-mail and name; for changes the "
        + "service made itself (consuming another service's event, a scheduled job) the subject is "
        + "system:<consumer or job> and there is no e-mail")
public record Actor(
        @Schema(example = "a1b2c3d4-0001") String subject,
        @Schema(example = "maria.lopez@example.com") String email,
        @Schema(example = "María López") String name) {

    public static final String SYSTEM_PREFIX = "system:";

    /** The service itself, doing {@code what} (a consumer group, a job's name). */
    public static Actor system(String what, String detail) {
        return new Actor(SYSTEM_PREFIX + what, null, detail == null ? what : what + " (" + detail + ")");
    }
}
