package io.implementa.stack.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.implementa.stack.testing.EventCatalogue.Event;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Keeps a service's AsyncAPI 3.0 document true: the Kafka topics the service writes to and reads from, every
 * event type it produces and consumes as a message (the CloudEvents envelope of docs/events.md), and each
 * message's {@code data} schema, generated from the same payload records as {@link EventCatalogue}'s schemas.
 *
 * <p>The topics come from the module's {@code application.properties}: {@code implementa.kafka.topic} (sent
 * to), {@code implementa.consumer.topics} (received from) and the dead-letter topic
 * ({@code implementa.consumer.dead-letter-topic}, default {@code implementa.<service-name>.dlt}). A consumed
 * event travels on the topic of its domain, {@code implementa.<domain>.events}. Its schema is the consumer's
 * own record of it, i.e. the fields this service reads; the producer's document has the whole payload.
 *
 * <p>A service's EventCatalogueTest calls {@link #verify}; with {@value EventCatalogue#REGENERATE_PROPERTY} set to
 * {@code true} it rewrites the document instead of comparing it.
 */
public final class AsyncApi {

    /** Where a Quarkus service keeps the document, so that it is served as {@code /asyncapi.yaml}. */
    public static final Path DOCUMENT = Path.of("src", "main", "resources", "META-INF", "resources", "asyncapi.yaml");
    public static final Path APPLICATION_PROPERTIES = Path.of("src", "main", "resources", "application.properties");

    static final String CONTENT_TYPE = "application/cloudevents+json";
    private static final String ENVELOPE = "CloudEvent";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private AsyncApi() {
    }

    /**
     * Fails when the committed document at {@link #DOCUMENT} differs from the one the module's code and
     * configuration declare (run from the module's folder, as Maven runs tests).
     *
     * @param domain the service's domain: {@code project}, {@code risk}, {@code resource}, {@code notification}
     */
    public static void verify(String domain) {
        verify(domain, APPLICATION_PROPERTIES, DOCUMENT);
    }

    static void verify(String domain, Path applicationProperties, Path document) {
        String expected = yaml(domain, applicationProperties);
        if (Boolean.getBoolean(EventCatalogue.REGENERATE_PROPERTY)) {
            write(document, expected);
            return;
        }
        if (!Files.exists(document)) {
            throw new AssertionError("missing " + document + hint());
        }
        List<String> faults = faults(parse(document));
        if (!faults.isEmpty()) {
            throw new AssertionError(document + " is not a sound AsyncAPI 3 document:\n  - " + String.join("\n  - ", faults));
        }
        String actual = read(document).replace("\r\n", "\n");
        if (!actual.equals(expected)) {
            throw new AssertionError(document + " differs from the events and topics the code declares, "
                    + firstDifference(expected, actual) + hint());
        }
    }

    /**
     * The structural faults of a parsed AsyncAPI 3 document: its version, a {@code $ref} that resolves to
     * nothing, an operation whose messages are not its channel's, a message without a payload whose
     * {@code data} resolves. Empty when the document holds together.
     */
    public static List<String> faults(JsonNode document) {
        List<String> faults = new ArrayList<>();
        if (!"3.0.0".equals(document.path("asyncapi").asText())) {
            faults.add("asyncapi is not 3.0.0");
        }
        if (document.path("info").path("title").asText().isBlank() || document.path("info").path("version").asText().isBlank()) {
            faults.add("info has no title or version");
        }
        collectRefs(document, "#", document, faults);
        document.path("operations").fields().forEachRemaining(entry -> {
            JsonNode operation = entry.getValue();
            String action = operation.path("action").asText();
            if (!action.equals("send") && !action.equals("receive")) {
                faults.add("operation " + entry.getKey() + " has action `" + action + "`");
            }
            String channel = operation.path("channel").path("$ref").asText();
            if (!channel.startsWith("#/channels/")) {
                faults.add("operation " + entry.getKey() + " names no channel");
            }
            operation.path("messages").forEach(message -> {
                if (!message.path("$ref").asText().startsWith(channel + "/messages/")) {
                    faults.add("operation " + entry.getKey() + " sends or receives " + message
                            + ", which is not a message of its channel " + channel);
                }
            });
        });
        document.path("components").path("messages").fields().forEachRemaining(entry -> {
            JsonNode payload = entry.getValue().path("payload");
            JsonNode data = null;
            for (JsonNode part : payload.path("allOf")) {
                if (part.path("properties").has("data")) {
                    data = resolve(document, part.path("properties").path("data").path("$ref").asText());
                }
            }
            if (data == null || !"object".equals(data.path("type").asText())) {
                faults.add("message " + entry.getKey() + " has no payload whose data resolves to an object schema");
            }
        });
        return faults;
    }

    private static void collectRefs(JsonNode node, String at, JsonNode document, List<String> faults) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && resolve(document, ref.asText()) == null) {
                faults.add(at + " refers to " + ref.asText() + ", which does not exist");
            }
            node.fields().forEachRemaining(entry -> collectRefs(entry.getValue(), at + "/" + entry.getKey(), document, faults));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectRefs(node.get(i), at + "/" + i, document, faults);
            }
        }
    }

    private static JsonNode resolve(JsonNode document, String ref) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        JsonNode target = document.at(ref.substring(1));
        return target.isMissingNode() ? null : target;
    }

    /** The committed document, parsed. */
    public static JsonNode parse(Path document) {
        try {
            return YAML.readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + document, e);
        }
    }

    /** The document as committed: YAML, keys in a fixed order, so the diff of a change reads well. */
    public static String yaml(String domain, Path applicationProperties) {
        try {
            return YAML.writeValueAsString(document(domain, applicationProperties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The AsyncAPI 3.0.0 document of the service whose configuration is {@code applicationProperties}. */
    public static ObjectNode document(String domain, Path applicationProperties) {
        Properties config = properties(applicationProperties);
        String service = required(config, "implementa.service-name", applicationProperties);
        String topic = required(config, "implementa.kafka.topic", applicationProperties);
        List<String> consumedTopics = Arrays.stream(config.getProperty("implementa.consumer.topics", "").split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
        String deadLetters = config.getProperty("implementa.consumer.dead-letter-topic", "implementa." + service + ".dlt");

        List<Event> produced = EventCatalogue.produced(domain);
        List<Event> consumed = distinct(EventCatalogue.consumed(domain));
        Map<String, List<Event>> byTopic = new LinkedHashMap<>();
        consumedTopics.forEach(name -> byTopic.put(name, new ArrayList<>()));
        List<String> problems = new ArrayList<>();
        for (Event event : consumed) {
            String eventTopic = "implementa." + event.type().split("\\.")[2] + ".events";
            if (byTopic.containsKey(eventTopic)) {
                byTopic.get(eventTopic).add(event);
            } else {
                problems.add(event.payload().getName() + " records " + event.type() + " of topic " + eventTopic
                        + ", which implementa.consumer.topics does not list");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("The consumed events of " + service + " do not match its topics:\n  - "
                    + String.join("\n  - ", problems));
        }

        ObjectNode root = MAPPER.createObjectNode();
        root.put("asyncapi", "3.0.0");
        root.put("id", "urn:io:implementa:" + service);
        ObjectNode info = root.putObject("info");
        info.put("title", "Implementa " + service + " events");
        info.put("version", "1.0.0");
        info.put("description", "The Kafka topics the " + service + " writes to and reads from, and every event"
                + " on them: CloudEvents 1.0 in structured JSON mode (the record value is the whole envelope,"
                + " header `content-type: " + CONTENT_TYPE + "`). Meanings, keys and examples are in the"
                + " suite's docs/events.md. Generated from the service's payload records by its EventCatalogueTest:"
                + " do not edit by hand.");
        root.put("defaultContentType", CONTENT_TYPE);
        ObjectNode channels = root.putObject("channels");
        ObjectNode operations = root.putObject("operations");
        ObjectNode components = root.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode messages = components.putObject("messages");
        schemas.set(ENVELOPE, envelope());

        List<Event> received = byTopic.values().stream().flatMap(List::stream).toList();
        channel(channels, topic, "The events the " + service + " produces, written through its outbox.", produced);
        operation(operations, "send", topic, service + " publishes its events.", produced);
        for (Map.Entry<String, List<Event>> entry : byTopic.entrySet()) {
            channel(channels, entry.getKey(), "Events of another service that the " + service + " consumes; the"
                    + " messages listed are those it handles, the others it skips.", entry.getValue());
            operation(operations, "receive", entry.getKey(), service + " consumes the events it handles,"
                    + " idempotently (inbox), and dead-letters those it cannot process.", entry.getValue());
        }
        if (!consumedTopics.isEmpty()) {
            channel(channels, deadLetters, "Consumed records the " + service + " could not process, as they were"
                    + " received (same key, value and headers), with the error in the dlt-* headers.", received);
            operation(operations, "send", deadLetters, service + " dead-letters a consumed record it rejects or"
                    + " keeps failing on.", received);
        }

        for (Event event : produced) {
            message(messages, schemas, event, "/implementa/" + service,
                    "Schema: docs/events/" + event.schemaFile() + ".");
        }
        for (Event event : received) {
            String producer = event.type().split("\\.")[2] + "-service";
            message(messages, schemas, event, "/implementa/" + producer,
                    "The fields the " + service + " reads (its record " + event.payload().getSimpleName()
                            + "); the " + producer + " document and docs/events/" + event.schemaFile()
                            + " have the whole payload.");
        }
        return root;
    }

    private static void channel(ObjectNode channels, String topic, String description, List<Event> events) {
        ObjectNode channel = channels.putObject(topic);
        channel.put("address", topic);
        channel.put("description", description);
        ObjectNode messages = channel.putObject("messages");
        for (Event event : events) {
            messages.putObject(messageId(event)).put("$ref", "#/components/messages/" + messageId(event));
        }
        ObjectNode kafka = channel.putObject("bindings").putObject("kafka");
        kafka.put("topic", topic);
        kafka.put("bindingVersion", "0.5.0");
    }

    private static void operation(ObjectNode operations, String action, String topic, String summary, List<Event> events) {
        ObjectNode operation = operations.putObject(action + "." + topic);
        operation.put("action", action);
        operation.putObject("channel").put("$ref", "#/channels/" + topic);
        operation.put("summary", summary);
        ArrayNode messages = operation.putArray("messages");
        for (Event event : events) {
            messages.addObject().put("$ref", "#/channels/" + topic + "/messages/" + messageId(event));
        }
    }

    private static void message(ObjectNode messages, ObjectNode schemas, Event event, String source, String description) {
        String id = messageId(event);
        ObjectNode message = messages.putObject(id);
        message.put("name", event.type());
        message.put("title", event.type().substring(event.type().lastIndexOf('.') + 1) + " v" + event.version());
        message.put("description", description);
        message.put("contentType", CONTENT_TYPE);
        ObjectNode headers = message.putObject("headers");
        headers.put("type", "object");
        headers.putObject("properties").putObject("content-type").put("const", CONTENT_TYPE);
        ArrayNode allOf = message.putObject("payload").putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/" + ENVELOPE);
        ObjectNode properties = allOf.addObject().putObject("properties");
        properties.putObject("source").put("const", source);
        properties.putObject("type").put("const", event.type());
        properties.putObject("schemaversion").put("const", event.version());
        properties.putObject("data").put("$ref", "#/components/schemas/" + id);
        ObjectNode key = message.putObject("bindings").putObject("kafka");
        key.putObject("key").put("type", "string").put("description",
                "The project id for project-scoped events, otherwise the aggregate's id (docs/events.md).");
        key.put("bindingVersion", "0.5.0");
        message.putArray("tags").addObject().put("name", event.type().split("\\.")[2]);
        schemas.set(id, dataSchema(schemas, event, description));
    }

    /**
     * The payload's JSON Schema, its {@code $defs} moved to the document's components (a reference such as
     * {@code #/$defs/PersonRef} would resolve against the document's root); a definition of the same name and
     * different content is qualified by the event's id.
     */
    private static ObjectNode dataSchema(ObjectNode schemas, Event event, String description) {
        ObjectNode schema = EventCatalogue.schemaNode(event);
        schema.remove("$schema");
        schema.put("description", "The data of " + event.type() + " v" + event.version() + ". " + description);
        JsonNode definitions = schema.remove("$defs");
        Map<String, String> renamed = new LinkedHashMap<>();
        if (definitions != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = definitions.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> definition = it.next();
                String name = definition.getKey();
                JsonNode existing = schemas.get(name);
                renamed.put(name, existing == null || existing.equals(definition.getValue()) ? name
                        : messageId(event) + "." + name);
            }
            UnaryOperator<String> rewrite = ref -> ref.startsWith("#/$defs/")
                    ? "#/components/schemas/" + renamed.get(ref.substring("#/$defs/".length())) : ref;
            for (Iterator<Map.Entry<String, JsonNode>> it = definitions.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> definition = it.next();
                rewriteRefs(definition.getValue(), rewrite);
                schemas.set(renamed.get(definition.getKey()), definition.getValue());
            }
            rewriteRefs(schema, rewrite);
        }
        return schema;
    }

    private static void rewriteRefs(JsonNode node, UnaryOperator<String> rewrite) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                object.set("$ref", TextNode.valueOf(rewrite.apply(ref.asText())));
            }
            object.forEach(child -> rewriteRefs(child, rewrite));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteRefs(child, rewrite));
        }
    }

    /** The CloudEvents 1.0 envelope of docs/events.md; each message narrows source, type, schemaversion and data. */
    private static ObjectNode envelope() {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("type", "object");
        envelope.put("description", "CloudEvents 1.0 envelope, structured JSON mode (docs/events.md, The envelope).");
        ArrayNode required = envelope.putArray("required");
        List.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype", "schemaversion", "data")
                .forEach(required::add);
        ObjectNode properties = envelope.putObject("properties");
        properties.putObject("specversion").put("type", "string").put("const", "1.0");
        properties.putObject("id").put("type", "string").put("format", "uuid")
                .put("description", "Unique per event; consumers deduplicate on it.");
        properties.putObject("source").put("type", "string").put("description", "/implementa/<service>");
        properties.putObject("type").put("type", "string").put("description", "io.implementa.<domain>.<EventName>");
        properties.putObject("subject").put("type", "string").put("description", "The id of the aggregate the event is about.");
        properties.putObject("time").put("type", "string").put("format", "date-time")
                .put("description", "When the change was committed.");
        properties.putObject("datacontenttype").put("type", "string").put("const", "application/json");
        properties.putObject("schemaversion").put("type", "integer").put("minimum", 1)
                .put("description", "Extension attribute: the version of the data schema.");
        properties.putObject("data").put("type", "object");
        return envelope;
    }

    /** The component id of an event's message and data schema, e.g. {@code io.implementa.risk.RiskIdentified.v1}. */
    public static String messageId(Event event) {
        return event.type() + ".v" + event.version();
    }

    /** One record per consumed type and version: the first, when several handlers keep their own. */
    private static List<Event> distinct(List<Event> events) {
        Map<String, Event> first = new LinkedHashMap<>();
        events.forEach(event -> first.putIfAbsent(messageId(event), event));
        return List.copyOf(first.values());
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return properties;
    }

    private static String required(Properties config, String key, Path file) {
        String value = config.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new AssertionError(file + " sets no " + key);
        }
        return value.strip();
    }

    private static String hint() {
        return "\nTo regenerate it from the payload records and application.properties, run in this module:\n"
                + "  mvn test -Dtest=EventCatalogueTest -D" + EventCatalogue.REGENERATE_PROPERTY + "=true\n"
                + "then review the diff (docs/events.md, compatibility rules).";
    }

    private static void write(Path document, String text) {
        try {
            Files.createDirectories(document.getParent());
            if (!Files.exists(document) || !read(document).equals(text)) {
                Files.writeString(document, text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + document, e);
        }
    }

    private static String firstDifference(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> have = actual.lines().toList();
        for (int i = 0; i < Math.max(want.size(), have.size()); i++) {
            String wanted = i < want.size() ? want.get(i) : "<end of file>";
            String found = i < have.size() ? have.get(i) : "<end of file>";
            if (!wanted.equals(found)) {
                return "first at line " + (i + 1) + ": expected `" + wanted.strip() + "` but found `" + found.strip() + "`";
            }
        }
        return "in its final line break";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
