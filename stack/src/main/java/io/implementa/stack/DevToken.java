package io.implementa.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Mints a bearer token for the local stack ({@code ./suite token}), signed with the key pair in
 * {@code .local/keys} that the locally started services trust. Production deployments trust their
 * identity provider instead and have no such key.
 *
 * <pre>
 * ./suite token alice --roles admin
 * ./suite token bob --email bob@example.com --name "Bob Builder" --hours 8
 * </pre>
 */
public final class DevToken {

    public static final String ISSUER = "https://implementa.local/dev";

    private DevToken() {
    }

    public static void main(String[] args) {
        Path keys = Path.of(System.getenv().getOrDefault("IMPLEMENTA_LOCAL_DIR", ".local")).resolve("keys");
        if (args.length == 1 && args[0].equals("--init")) {
            SigningKeys.loadOrCreate(keys);
            return;
        }
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("usage: ./suite token SUBJECT [--email E] [--name N] [--roles r1,r2] [--hours H]");
            System.exit(2);
        }
        String subject = args[0];
        String email = subject + "@example.com";
        String name = subject;
        Set<String> roles = new LinkedHashSet<>();
        long hours = 12;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--email" -> email = args[i + 1];
                case "--name" -> name = args[i + 1];
                case "--roles" -> roles.addAll(Arrays.asList(args[i + 1].split(",")));
                case "--hours" -> hours = Long.parseLong(args[i + 1]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        System.out.println(Tokens.sign(SigningKeys.loadOrCreate(keys), ISSUER, subject, email, name, roles,
                Duration.ofHours(hours)));
    }
}
