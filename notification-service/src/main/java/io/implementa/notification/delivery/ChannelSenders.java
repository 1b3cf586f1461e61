package io.implementa.notification.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.implementa.notification.NotificationConfig;
import io.implementa.notification.webhook.SecretBox;
import io.implementa.notification.webhook.WebhookEndpoint;
import io.implementa.notification.webhook.WebhookSignature;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
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

    public ChannelSenders(Mailer mailer, HttpPoster http, SecretBox secrets, ObjectMapper json,
            NotificationConfig config) {
        this.mailer = mailer;
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

    private SendResult email(java.util.UUID deliveryId, Notification n) {
        String unsubscribe = publicUrl + "/unsubscribe/" + n.recipientId;
        Mail mail = Mail.withText(n.address, n.subject, n.body)
                .setHtml(n.htmlBody)
                .addHeader("List-Unsubscribe", "<" + unsubscribe + ">")
                .addHeader("X-Implementa-Delivery-Id", deliveryId.toString());
        try {
            mailer.send(mail);
            return SendResult.ok(null);
        } catch (RuntimeException e) {
            return SendResult.failed(null, "SMTP: " + e.getMessage());
        }
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
        String signature = WebhookSignature.sign(secrets.open(endpoint.secretEncrypted), id, timestamp, body);
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
