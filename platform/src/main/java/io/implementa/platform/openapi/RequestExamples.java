package io.implementa.platform.openapi;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every JSON request body that has no example one, assembled from its schema: the examples its records
 * declare ({@code @Schema(example = ...)}) for every property that has one, and a value of the right type and
 * format for required properties that have none. Readers of the document, Swagger UI and linters then see a
 * complete request, which the linter also checks against the schema.
 */
final class RequestExamples {

    private static final int MAX_DEPTH = 6;
    private static final String SOME_UUID = "3f2b8c1e-6d4a-4e5b-9c7d-1a2b3c4d5e6f";

    private final Map<String, Schema> components;

    RequestExamples(OpenAPI openAPI) {
        this.components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
    }

    void complete(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return;
        }
        operation.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
            if (type.contains("json") && media.getSchema() != null && !hasExample(media)) {
                Object example = exampleOf(media.getSchema(), 0);
                if (example != null) {
                    media.setExample(example);
                }
            }
        });
    }

    private static boolean hasExample(MediaType media) {
        return media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
    }

    private Object exampleOf(Schema schema, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getDefaultValue() != null) {
            return schema.getDefaultValue();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            return exampleOf(components.get(name), depth + 1);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return exampleOf(schema.getAllOf().get(0), depth + 1);
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return exampleOf(schema.getOneOf().get(0), depth + 1);
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (schema.getProperties() != null || types.contains(Schema.SchemaType.OBJECT)) {
            return objectExample(schema, depth);
        }
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = exampleOf(schema.getItems(), depth + 1);
            List<Object> list = new ArrayList<>();
            if (item != null) {
                list.add(item);
            }
            return list;
        }
        if (types.contains(Schema.SchemaType.STRING)) {
            return stringExample(schema);
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            return schema.getMinimum() != null ? schema.getMinimum().max(BigDecimal.ONE).intValue() : 1;
        }
        if (types.contains(Schema.SchemaType.NUMBER)) {
            return schema.getMinimum() != null ? schema.getMinimum().max(BigDecimal.ONE) : BigDecimal.ONE;
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return Boolean.TRUE;
        }
        return null;
    }

    /** Every property that has an example of its own, and every required one. */
    private Map<String, Object> objectExample(Schema schema, int depth) {
        Map<String, Object> example = new LinkedHashMap<>();
        if (schema.getProperties() == null) {
            return example;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (required.contains(name) || declaresExample(property, depth + 1)) {
                Object value = exampleOf(property, depth + 1);
                if (SOME_UUID.equals(value)) {
                    // Distinct ids per property: a link's predecessor is not its successor.
                    value = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
                }
                if (value != null) {
                    example.put(name, value);
                }
            }
        });
        return example;
    }

    /** Whether the property, or the schema it refers to, carries an example of its own (not a type's filler). */
    private boolean declaresExample(Schema property, int depth) {
        if (property == null || depth > MAX_DEPTH) {
            return false;
        }
        if (property.getExamples() != null && !property.getExamples().isEmpty()) {
            return true;
        }
        if (property.getRef() != null) {
            Schema target = components.get(property.getRef().substring(property.getRef().lastIndexOf('/') + 1));
            return target != null && target.getProperties() != null
                    && target.getProperties().values().stream().anyMatch(p -> declaresExample(p, depth + 1));
        }
        return false;
    }

    private static Object stringExample(Schema schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "date" -> "2027-01-04";
            case "date-time" -> "2027-01-04T09:30:00Z";
            case "uuid" -> SOME_UUID;
            case "email" -> "alice@example.com";
            case "uri", "url" -> "https://example.com";
            default -> "text";
        };
    }
}
