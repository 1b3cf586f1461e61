package io.implementa.notification.unsubscribe;

import io.implementa.notification.NotificationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tokens of unsubscribe links: {@code <recipient id>.<base64url HMAC-SHA256 of "unsubscribe:<recipient id>">},
 * keyed by a key derived from {@code implementa.notification.secret-key} (so no second secret to manage, and
 * rotating that key invalidates old links). Without the key, e-mails carry no unsubscribe link.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";

    private final Optional<byte[]> key;

    public UnsubscribeTokens(NotificationConfig config) {
        this.key = config.secretKey().map(secret -> hmac(Base64.getDecoder().decode(secret),
                "implementa-unsubscribe-key"));
    }

    public Optional<String> sign(UUID recipientId) {
        return key.map(k -> recipientId + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hmac(k, "unsubscribe:" + recipientId)));
    }

    /** The recipient the token was signed for, if it was signed by this key. */
    public Optional<UUID> verify(String token) {
        if (key.isEmpty() || token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        UUID recipientId;
        try {
            recipientId = UUID.fromString(token.substring(0, dot));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        byte[] expected = sign(recipientId).orElseThrow().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8))
                ? Optional.of(recipientId) : Optional.empty();
    }

    private static byte[] hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
