package io.implementa.platform.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import io.implementa.platform.config.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Writes and reads the one event envelope of the suite: a CloudEvents 1.0 event in structured JSON mode
 * (the whole envelope is the Kafka record value), with the payload's schema version as the
 * {@code schemaversion} extension attribute.
 *
 * <p>Payloads are read tolerantly: unknown fields are ignored, so producers may add fields without
 * breaking older consumers.
 */
@ApplicationScoped
public class EventCodec {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    public static final String SCHEMA_VERSION = "schemaversion";
    public static final String DATA_CONTENT_TYPE = "application/json";

    private final JsonFormat format = new JsonFormat();
    private final ObjectMapper payloadMapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    private final URI source;

    public EventCodec(PlatformConfig config) {
        this.source = URI.create("/implementa/" + config.serviceName());
    }

    /** Builds the envelope of a new event; the payload class must carry {@link EventType}. */
    public CloudEvent envelope(UUID id, String subject, OffsetDateTime time, Object payload) {
        EventType type = EventTypes.of(payload.getClass());
        JsonNode data = payloadMapper.valueToTree(payload);
        return CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(source)
                .withType(type.value())
                .withSubject(subject)
                .withTime(time)
                .withDataContentType(DATA_CONTENT_TYPE)
                .withExtension(SCHEMA_VERSION, type.version())
                .withData(JsonCloudEventData.wrap(data))
                .build();
    }

    public byte[] encode(CloudEvent event) {
        return format.serialize(event);
    }

    /** Parses a record value; anything that is not a CloudEvents JSON envelope is a {@link MalformedEventException}. */
    public CloudEvent decode(byte[] value) {
        if (value == null || value.length == 0) {
            throw new MalformedEventException("record has no value");
        }
        try {
            return format.deserialize(value);
        } catch (EventDeserializationException | IllegalArgumentException | IllegalStateException e) {
            throw new MalformedEventException("not a CloudEvents JSON envelope: " + rootMessage(e));
        }
    }

    /** The schema version of an envelope; events without one are treated as version 1. */
    public static int schemaVersion(CloudEvent event) {
        Object version = event.getExtension(SCHEMA_VERSION);
        if (version == null) {
            return 1;
        }
        if (version instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.parseInt(version.toString());
        } catch (NumberFormatException e) {
            throw new MalformedEventException("schemaversion is not a number: " + version);
        }
    }

    /** Maps the envelope's data onto a payload class; content that does not fit is a {@link MalformedEventException}. */
    public <T> T payload(CloudEvent event, Class<T> payloadClass) {
        if (event.getData() == null) {
            throw new MalformedEventException("event " + event.getId() + " has no data");
        }
        try {
            if (event.getData() instanceof JsonCloudEventData json) {
                return payloadMapper.treeToValue(json.getNode(), payloadClass);
            }
            return payloadMapper.readValue(event.getData().toBytes(), payloadClass);
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedEventException("data of " + event.getType() + " does not match its schema: " + rootMessage(e));
        }
    }

    public ObjectMapper payloadMapper() {
        return payloadMapper;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
