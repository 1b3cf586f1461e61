package io.implementa.notification.rule;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.implementa.notification.delivery.Notification.Message;
import io.implementa.notification.recipient.Channel;
import io.implementa.notification.recipient.Recipient;
import io.implementa.notification.webhook.WebhookEndpoint;
import io.implementa.platform.events.EventCodec;
import io.implementa.platform.inbox.IncomingEvent;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders an event for a recipient on their preferred channel, from the built-in Qute templates under
 * {@code templates/notification/<EventName>/}: {@code subject.txt}, {@code text.txt} (e-mail text part and chat
 * message) and {@code html.html} (e-mail HTML part). Webhooks get the CloudEvent itself as their body.
 */
@ApplicationScoped
public class MessageRenderer {

    private final Engine engine;
    private final ObjectMapper json;

    public MessageRenderer(Engine engine, EventCodec codec) {
        this.engine = engine;
        // Amounts stay decimals in templates (410000, not 410000.0).
        this.json = codec.payloadMapper().copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** The message for the recipient, or empty when they cannot be reached on their channel now. */
    public Optional<Message> render(IncomingEvent<?> event, String templateName, Map<String, Object> data,
            Recipient recipient) {
        if (!recipient.active) {
            return Optional.empty();
        }
        String subject = render(templateName, "subject", data).strip();
        Channel channel = recipient.preferredChannel;
        return switch (channel) {
            case WEBHOOK -> {
                Optional<WebhookEndpoint> endpoint = WebhookEndpoint.activeOf(recipient.id);
                yield Optional.of(new Message(recipient.id, channel,
                        endpoint.map(e -> e.url).orElse(String.valueOf(recipient.deliveryAddress())),
                        endpoint.map(e -> e.id).orElse(null), subject, cloudEvent(event), null));
            }
            case EMAIL -> Optional.of(new Message(recipient.id, channel, recipient.deliveryAddress(), null, subject,
                    render(templateName, "text", data), render(templateName, "html", data)));
            case SLACK, TEAMS -> Optional.of(new Message(recipient.id, channel, recipient.deliveryAddress(), null,
                    subject, render(templateName, "text", data), null));
        };
    }

    /**
     * The event's payload as nested maps and lists (dates as ISO text), so templates read its fields by name
     * ({@code e.title}, {@code e.owner.name}) whatever record carried it. Decimals are written plainly, without
     * trailing zeros (410000, 82.5), since producers do not agree on a scale.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> asData(Object payload) {
        return (Map<String, Object>) plain(json.convertValue(payload, Map.class));
    }

    private static Object plain(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, plain(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(MessageRenderer::plain).toList();
        }
        return value;
    }

    private String render(String templateName, String part, Map<String, Object> data) {
        Template template = engine.getTemplate("notification/" + templateName + "/" + part);
        if (template == null) {
            throw new IllegalStateException("no template notification/" + templateName + "/" + part);
        }
        TemplateInstance instance = template.instance();
        data.forEach(instance::data);
        return instance.render();
    }

    /**
     * The event as a CloudEvent in structured JSON: its own id, source, type, subject and time, with the data this
     * service read of it.
     */
    private String cloudEvent(IncomingEvent<?> event) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("specversion", "1.0");
        envelope.put("id", event.id());
        envelope.put("source", event.source());
        envelope.put("type", event.type());
        envelope.put("subject", event.subject());
        envelope.put("time", event.time() == null ? null : event.time().toString());
        envelope.put("datacontenttype", EventCodec.DATA_CONTENT_TYPE);
        envelope.put(EventCodec.SCHEMA_VERSION, event.schemaVersion());
        envelope.set("data", json.valueToTree(event.payload()));
        return envelope.toString();
    }
}
