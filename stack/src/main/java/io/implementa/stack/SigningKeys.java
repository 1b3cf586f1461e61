package io.implementa.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * An RSA key pair that signs tokens where no identity provider runs: the tests (a fresh pair per run)
 * and the local stack (a pair kept in {@code .local/keys}, made on first use; never committed).
 * The services verify with the public half, exactly as they would with an IdP's key.
 */
public record SigningKeys(PrivateKey privateKey, PublicKey publicKey) {

    public static SigningKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKeys(pair.getPrivate(), pair.getPublic());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is always available", e);
        }
    }

    /** Loads the pair kept in {@code directory} ({@code private.pem}, {@code public.pem}), making it if missing. */
    public static SigningKeys loadOrCreate(Path directory) {
        Path privateFile = directory.resolve("private.pem");
        Path publicFile = directory.resolve("public.pem");
        try {
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                return new SigningKeys(
                        rsa.generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(privateFile)))),
                        rsa.generatePublic(new X509EncodedKeySpec(der(Files.readString(publicFile)))));
            }
            SigningKeys keys = generate();
            Files.createDirectories(directory);
            Files.writeString(privateFile, pem("PRIVATE KEY", keys.privateKey.getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(publicFile, keys.publicKeyPem(), StandardCharsets.US_ASCII);
            privateFile.toFile().setReadable(false, false);
            privateFile.toFile().setReadable(true, true);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("cannot read the signing keys in " + directory, e);
        }
    }

    /** The public key as PEM, the form {@code mp.jwt.verify.publickey} takes. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").trim());
    }
}
