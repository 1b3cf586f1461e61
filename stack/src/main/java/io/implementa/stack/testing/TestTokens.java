package io.implementa.stack.testing;

import io.implementa.stack.SigningKeys;
import io.implementa.stack.Tokens;
import java.time.Duration;
import java.util.Set;

/**
 * Bearer tokens for tests, verified by the services under test exactly like an identity provider's
 * ({@link InfrastructureTestResource} hands them the public key). Every test request carries
 * {@link #admin()} unless the test sets another token (see {@link DefaultTokenCallback}).
 */
public final class TestTokens {

    public static final String ISSUER = "https://implementa.test";

    private static SigningKeys keys;

    private TestTokens() {
    }

    static synchronized SigningKeys keys() {
        if (keys == null) {
            keys = SigningKeys.generate();
        }
        return keys;
    }

    /** A token for a person with the given global roles (e.g. {@code admin}, {@code resource-manager}). */
    public static String forUser(String subject, String... groups) {
        return sign(subject, groups, Duration.ofHours(1));
    }

    /** An administrator, who may do everything. */
    public static String admin() {
        return forUser("test-admin", "admin");
    }

    /** A token that expired a minute ago. */
    public static String expired(String subject) {
        return sign(subject, new String[0], Duration.ofMinutes(-1));
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String signedByStranger(String subject) {
        return Tokens.sign(SigningKeys.generate(), ISSUER, subject, subject + "@example.com", "Stranger " + subject,
                Set.of(), Duration.ofHours(1));
    }

    private static String sign(String subject, String[] groups, Duration validity) {
        return Tokens.sign(keys(), ISSUER, subject, subject + "@example.com", "Test " + subject, Set.of(groups),
                validity);
    }
}
