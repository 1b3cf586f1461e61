package io.implementa.platform.http;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP: the {@code ETag} of a resource is its entity version (a strong tag), and a
 * change must send it back in {@code If-Match}. A missing header is 428, a stale one 412.
 */
public final class IfMatch {

    private final boolean present;
    private final Long expected;

    private IfMatch(boolean present, Long expected) {
        this.present = present;
        this.expected = expected;
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Reads the {@code If-Match} header of a change: {@code "3"} or {@code *}; weak tags never match
     * (RFC 9110). Nothing is refused yet, so an unknown resource still answers 404 first.
     */
    public static IfMatch of(String header) {
        if (header == null || header.isBlank()) {
            return new IfMatch(false, null);
        }
        String value = header.trim();
        if (value.equals("*")) {
            return new IfMatch(true, null);
        }
        if (value.startsWith("\"") && value.endsWith("\"") && value.length() > 2) {
            try {
                return new IfMatch(true, Long.parseLong(value.substring(1, value.length() - 1)));
            } catch (NumberFormatException e) {
                // Falls through: a tag we never issued cannot match.
            }
        }
        return new IfMatch(true, -1L);
    }

    /** Throws 428 without the header, 412 unless the resource is still at the version the client saw. */
    public void check(long currentVersion) {
        if (!present) {
            throw new ProblemException.PreconditionRequired("this change requires an If-Match header with the "
                    + "resource's current ETag");
        }
        if (expected != null && expected != currentVersion) {
            throw new ProblemException.PreconditionFailed("the resource has changed (current ETag \"" + currentVersion
                    + "\"); read it again and retry");
        }
    }
}
