package io.implementa.notification.rule;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.implementa.notification.delivery.Notification.Message;
import io.implementa.notification.recipient.Channel;
import io.implementa.notification.recipient.Recipient;
import io.implementa.notification.template.TemplateOverride;
import io.implementa.notification.webhook.WebhookEndpoint;
import io.implementa.platform.events.EventCodec;
import io.implementa.platform.inbox.IncomingEvent;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Renders an event for a recipient on their preferred channel, from the built-in Qute templates under
 * {@code templates/notification/<EventName>/}: {@code subject.txt}, {@code text.txt} (e-mail text part and chat
 * message) and {@code html.html} (e-mail HTML part), unless an override for the event type and channel replaces
 * them. Webhooks get the CloudEvent itself as their body.
 */
@ApplicationScoped
public class MessageRenderer {

    private static final Logger LOG = Logger.getLogger(MessageRenderer.class);

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
        Channel channel = recipient.preferredChannel;
        if (channel == Channel.EMAIL && recipient.unsubscribedAt != null) {
            return Optional.empty();
        }
        Optional<TemplateOverride> override = channel == Channel.WEBHOOK ? Optional.empty()
                : TemplateOverride.find(event.type(), channel);
        String subject = part(override, o -> o.subject, templateName, "subject", data).strip();
        return switch (channel) {
            case WEBHOOK -> {
                Optional<WebhookEndpoint> endpoint = WebhookEndpoint.activeOf(recipient.id);
                yield Optional.of(new Message(recipient.id, channel,
                        endpoint.map(e -> e.url).orElse(String.valueOf(recipient.deliveryAddress())),
                        endpoint.map(e -> e.id).orElse(null), subject, cloudEvent(event), null));
            }
            case EMAIL -> Optional.of(new Message(recipient.id, channel, recipient.deliveryAddress(), null, subject,
                    part(override, o -> o.text, templateName, "text", data),
                    part(override, o -> o.html, templateName, "html", data)));
            case SLACK, TEAMS -> Optional.of(new Message(recipient.id, channel, recipient.deliveryAddress(), null,
                    subject, part(override, o -> o.text, templateName, "text", data), null));
        };
    }

    /**
     * Renders a template given as text (an override, or one being checked before it is saved); the html part is
     * HTML-escaped as the built-in one is. Throws {@link TemplateException} if it does not parse or render.
     */
    public String renderSource(String source, boolean html, Map<String, Object> data) {
        Template template = engine.parse(source, Variant.forContentType(html ? Variant.TEXT_HTML : Variant.TEXT_PLAIN));
        TemplateInstance instance = template.instance();
        data.forEach(instance::data);
        return instance.render();
    }

    /**
     * The override's part if it has one that renders, else the built-in part. An override was checked against a
     * sample on save; should a real event still break it, the built-in message goes out rather than none.
     */
    private String part(Optional<TemplateOverride> override, Function<TemplateOverride, String> source,
            String templateName, String part, Map<String, Object> data) {
        Optional<String> custom = override.map(source);
        if (custom.isPresent()) {
            try {
                return renderSource(custom.get(), part.equals("html"), data);
            } catch (TemplateException e) {
                LOG.warnf("template override of %s/%s does not render (%s); using the built-in one",
                        override.get().eventType, override.get().channel, e.getMessage());
            }
        }
        return render(templateName, part, data);
    }

    /** A message's subject and plain text, as digests list it. */
    public record Text(String subject, String body) {
    }

    /** The subject and text as an e-mail would carry them (with the e-mail override, if any). */
    public Text text(String eventType, String templateName, Map<String, Object> data) {
        Optional<TemplateOverride> override = TemplateOverride.find(eventType, Channel.EMAIL);
        return new Text(part(override, o -> o.subject, templateName, "subject", data).strip(),
                part(override, o -> o.text, templateName, "text", data));
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
