package io.implementa.notification.delivery;

import io.implementa.notification.NotificationConfig;
import io.implementa.notification.webhook.TargetGuard;
import io.implementa.platform.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Posts JSON to webhook and chat targets: success is a 2xx within the configured timeout. Redirects are not
 * followed (a redirect could lead into the internal network) and the target is checked again before each post.
 */
@ApplicationScoped
public class HttpPoster {

    private final TargetGuard guard;
    private final Duration timeout;
    private final HttpClient client;

    public HttpPoster(TargetGuard guard, NotificationConfig config) {
        this.guard = guard;
        this.timeout = config.delivery().timeout();
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public SendResult post(String url, Map<String, String> headers, String body) {
        URI target;
        try {
            target = guard.require("url", url);
        } catch (ProblemException refused) {
            return SendResult.failed(null, "target refused: " + refused.getMessage());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Implementa-Notifications/1")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? SendResult.ok(status)
                    : SendResult.failed(status, "the receiver answered " + status);
        } catch (HttpTimeoutException e) {
            return SendResult.failed(null, "no answer within " + timeout);
        } catch (IOException e) {
            return SendResult.failed(null, "could not reach the receiver: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.failed(null, "interrupted");
        }
    }
}
