package io.implementa.e2e.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One record of a suite topic read as the CloudEvent it carries; {@code id}, {@code type} and {@code data} are
 * null for a record that is not one (the tests count such records too, they never skip them silently).
 */
public record Event(String topic, int partition, long offset, String key, String id, String type, String subject,
        JsonNode data) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Event parse(String topic, int partition, long offset, String key, String value) {
        try {
            JsonNode envelope = value == null ? null : JSON.readTree(value);
            if (envelope == null || !envelope.isObject()) {
                return new Event(topic, partition, offset, key, null, null, null, null);
            }
            return new Event(topic, partition, offset, key, text(envelope, "id"), text(envelope, "type"),
                    text(envelope, "subject"), envelope.get("data"));
        } catch (IOException e) {
            return new Event(topic, partition, offset, key, null, null, null, null);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The short type name, e.g. {@code RiskRegisterOpened} for {@code io.implementa.risk.RiskRegisterOpened}. */
    public String simpleType() {
        return type == null ? null : type.substring(type.lastIndexOf('.') + 1);
    }

    public boolean is(String simpleType) {
        return simpleType.equals(simpleType());
    }

    static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
