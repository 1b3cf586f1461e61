package io.implementa.e2e.scenario;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An organisation's webhook receiver, as the scenario's stakeholder runs it: plain HTTP on loopback, answering 204
 * and keeping every request. It verifies Standard Webhooks signatures on its own, with the JDK's HMAC, knowing
 * nothing of the notification-service's code.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received; header names lower-cased. */
    record Received(Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
            received.add(new Received(headers, new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/itsm/implementa";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /**
     * Whether one of the request's signatures is HMAC-SHA256 by the {@code whsec_} secret over
     * {@code <webhook-id>.<webhook-timestamp>.<body>}, as the Standard Webhooks specification defines it.
     */
    static boolean signedWith(String secret, Received request) throws GeneralSecurityException {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String signed = request.header("webhook-id") + "." + request.header("webhook-timestamp") + "."
                + request.body();
        byte[] expected = ("v1," + Base64.getEncoder().encodeToString(
                mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)))).getBytes(StandardCharsets.UTF_8);
        for (String signature : request.header("webhook-signature").split(" ")) {
            if (MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8), expected)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
