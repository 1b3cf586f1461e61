package io.implementa.notification.webhook;

import io.implementa.notification.NotificationConfig;
import io.implementa.platform.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts webhook secrets at rest with AES-256-GCM under the key of {@code implementa.notification.secret-key}:
 * the database alone does not give the secrets away. Stored form: {@code v1:} + base64(12-byte nonce +
 * ciphertext with tag).
 */
@ApplicationScoped
public class SecretBox {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final Optional<SecretKey> key;

    public SecretBox(NotificationConfig config) {
        this.key = config.secretKey().map(encoded -> {
            byte[] bytes = Base64.getDecoder().decode(encoded.trim());
            if (bytes.length != 32) {
                throw new IllegalStateException("implementa.notification.secret-key must be base64 of 32 bytes");
            }
            return new SecretKeySpec(bytes, "AES");
        });
    }

    /** A new Standard Webhooks secret: {@code whsec_} + base64 of 24 random bytes. */
    public String newSecret() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }

    public String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt a webhook secret", e);
        }
    }

    public String open(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("unknown webhook secret format");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, requireKey(), new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not decrypt a webhook secret (wrong key?)", e);
        }
    }

    private SecretKey requireKey() {
        return key.orElseThrow(() -> new ProblemException(503, "secret-key-missing", "Webhook secrets unavailable",
                "implementa.notification.secret-key is not configured, so webhook secrets can be neither stored nor "
                        + "used"));
    }
}
