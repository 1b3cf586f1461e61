package io.implementa.stack;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Mints bearer tokens shaped like an OIDC provider's access tokens (issuer, audience, subject, e-mail,
 * name, groups, expiry), signed with {@link SigningKeys}. For tests and local development only.
 */
public final class Tokens {

    public static final String AUDIENCE = "implementa";

    private Tokens() {
    }

    public static String sign(SigningKeys keys, String issuer, String subject, String email, String name,
            Set<String> groups, Duration validity) {
        Instant now = Instant.now();
        return Jwt.claims()
                .issuer(issuer)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("email", email)
                .claim("name", name)
                .groups(groups)
                .issuedAt(now)
                .expiresAt(now.plus(validity))
                .jws()
                .sign(keys.privateKey());
    }
}
