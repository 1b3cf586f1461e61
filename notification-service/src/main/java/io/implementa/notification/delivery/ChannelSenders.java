package io.implementa.notification.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.implementa.notification.NotificationConfig;
import io.implementa.notification.unsubscribe.UnsubscribeTokens;
import io.implementa.notification.webhook.SecretBox;
import io.implementa.notification.webhook.WebhookEndpoint;
import io.implementa.notification.webhook.WebhookSignature;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Sends one attempt of a delivery on its channel: e-mail over SMTP (HTML and plain text, List-Unsubscribe),
 * signed webhooks (Standard Webhooks), Slack and Teams incoming webhooks.
 */
@ApplicationScoped
public class ChannelSenders {

    private final Mailer mailer;
    private final HttpPoster http;
    private final SecretBox secrets;
    private final ObjectMapper json;
    private final String publicUrl;
    private final UnsubscribeTokens tokens;

    public ChannelSenders(Mailer mailer, HttpPoster http, SecretBox secrets, ObjectMapper json,
            NotificationConfig config, UnsubscribeTokens tokens) {
        this.mailer = mailer;
        this.tokens = tokens;
        this.http = http;
        this.secrets = secrets;
        this.json = json;
        this.publicUrl = config.publicUrl().replaceAll("/+$", "");
    }

    /** What a worker needs to send one attempt, read from the database before the attempt. */
    public record Outgoing(java.util.UUID deliveryId, Notification notification, WebhookEndpoint endpoint) {
    }

    public SendResult send(Outgoing outgoing, Instant now) {
        Notification n = outgoing.notification();
        return switch (n.channel) {
            case EMAIL -> email(outgoing.deliveryId(), n);
            case WEBHOOK -> webhook(outgoing, now);
            case SLACK -> http.post(n.address, Map.of(), slackMessage(n));
            case TEAMS -> http.post(n.address, Map.of(), teamsMessage(n));
        };
    }

    /**
     * Both parts end with the recipient's unsubscribe link, also given as List-Unsubscribe with RFC 8058 one-click
     * POST (when the service has a key to sign it with).
     */
    private SendResult email(java.util.UUID deliveryId, Notification n) {
        Optional<String> unsubscribe = tokens.sign(n.recipientId)
                .map(token -> publicUrl + "/api/v1/unsubscribe/" + token);
        String text = n.body + unsubscribe.map(url -> "\n\n--\nUnsubscribe: " + url + "\n").orElse("");
        String html = n.htmlBody == null ? null : unsubscribe.map(url -> withFooter(n.htmlBody,
                "<p style=\"font-size:small\"><a href=\"" + url + "\">Unsubscribe</a></p>")).orElse(n.htmlBody);
        Mail mail = Mail.withText(n.address, n.subject, text)
                .setHtml(html)
                .addHeader("X-Implementa-Delivery-Id", deliveryId.toString());
        unsubscribe.ifPresent(url -> mail.addHeader("List-Unsubscribe", "<" + url + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        try {
            mailer.send(mail);
            return SendResult.ok(null);
        } catch (RuntimeException e) {
            return SendResult.failed(null, "SMTP: " + e.getMessage());
        }
    }

    private static String withFooter(String html, String footer) {
        int end = html.toLowerCase().lastIndexOf("</body>");
        return end < 0 ? html + footer : html.substring(0, end) + footer + html.substring(end);
    }

    /** Same webhook-id on every attempt, a fresh timestamp and signature each time (receivers refuse stale ones). */
    private SendResult webhook(Outgoing outgoing, Instant now) {
        WebhookEndpoint endpoint = outgoing.endpoint();
        if (endpoint == null) {
            return SendResult.failed(null, "the webhook endpoint no longer exists");
        }
        String id = outgoing.deliveryId().toString();
        long timestamp = TimeUnit.MILLISECONDS.toSeconds(now.toEpochMilli());
        String body = outgoing.notification().body;
        String signature = WebhookSignature.sign(secrets.open(endpoint.secretEncrypted), id, timestamp, body)
                + endpoint.previousSecretAt(now)
                        .map(previous -> " " + WebhookSignature.sign(secrets.open(previous), id, timestamp, body))
                        .orElse("");
        return http.post(endpoint.url, Map.of("webhook-id", id, "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", signature), body);
    }

    /** Slack incoming webhook: a text with mrkdwn. */
    String slackMessage(Notification n) {
        ObjectNode message = json.createObjectNode();
        message.put("text", "*" + n.subject + "*\n" + n.body);
        return message.toString();
    }

    /** Microsoft Teams incoming webhook: a MessageCard. */
    String teamsMessage(Notification n) {
        ObjectNode message = json.createObjectNode();
        message.put("@type", "MessageCard");
        message.put("@context", "https://schema.org/extensions");
        message.put("summary", n.subject);
        message.put("title", n.subject);
        message.put("text", n.body);
        return message.toString();
    }
}
