package io.implementa.stack.testing;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps a service's part of the event catalogue true: every event type the service produces has a JSON
 * Schema file under {@code docs/events/} equal to the one generated from its payload record, and a section
 * in {@code docs/events.md}. A service's test calls {@link #verify}; with {@value #REGENERATE_PROPERTY}
 * set to {@code true} it rewrites the schema files instead of comparing them.
 *
 * <p>A service produces exactly the {@code @EventType} records of its own packages ({@code
 * io.implementa.<domain>}) whose type is {@code io.implementa.<domain>.*}; the records a service keeps of
 * other services' events, and test stand-ins, are someone else's contract. The annotation is read by name,
 * so this module does not depend on the platform.
 *
 * <p>The schemas describe the JSON as the platform's {@code EventCodec} writes it: dates and instants as
 * ISO-8601 strings, UUIDs as strings, enumerations by name. A field is required and non-null only when the
 * record says so ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}, or a primitive type); any other
 * field may be null.
 */
public final class EventCatalogue {

    public static final String REGENERATE_PROPERTY = "implementa.events.regenerate";

    static final String EVENT_TYPE_ANNOTATION = "io.implementa.platform.events.EventType";
    /** Descriptions written for the OpenAPI document are reused, so a field is described once. */
    static final String OPENAPI_SCHEMA_ANNOTATION = "org.eclipse.microprofile.openapi.annotations.media.Schema";

    private static final Pattern SCHEMA_FILE = Pattern.compile("(io\\.implementa\\.[^.]+\\.[A-Za-z0-9]+)\\.v(\\d+)\\.schema\\.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private EventCatalogue() {
    }

    /** One event type a service produces, as its payload record declares it. */
    public record Event(String type, int version, Class<?> payload) {

        /** The schema's file name under {@code docs/events/}, e.g. {@code io.implementa.project.ProjectCreated.v1.schema.json}. */
        public String schemaFile() {
            return type + ".v" + version + ".schema.json";
        }

        /** The heading of the event's section in {@code docs/events.md}. */
        public String heading() {
            return "### `" + type + "` (v" + version + ")";
        }
    }

    /**
     * Fails with every difference between the catalogue under {@code docsDir} and the events of {@code domain}
     * produced by this module's main classes.
     *
     * @param domain  the service's domain: {@code project}, {@code risk}, {@code resource}, {@code notification}
     * @param docsDir the repository's {@code docs} folder, e.g. {@code Path.of("..", "docs")} from a module
     * @throws AssertionError naming each missing or outdated file or section, and how to regenerate the files
     */
    public static void verify(String domain, Path docsDir) {
        List<Event> events = produced(domain);
        if (events.isEmpty()) {
            throw new AssertionError("no @EventType record of type io.implementa." + domain + ".* found in the main"
                    + " classes of package io.implementa." + domain + ": is the domain right?");
        }
        boolean regenerate = Boolean.getBoolean(REGENERATE_PROPERTY);
        Path schemaDir = docsDir.resolve("events");
        List<String> problems = new ArrayList<>();
        problems.addAll(duplicates(events));
        problems.addAll(regenerate ? write(events, schemaDir) : compare(events, schemaDir));
        problems.addAll(orphans(domain, events, schemaDir));
        problems.addAll(undocumented(events, docsDir.resolve("events.md")));
        if (!problems.isEmpty()) {
            throw new AssertionError("The event catalogue of io.implementa." + domain + " is out of date:\n  - "
                    + String.join("\n  - ", problems)
                    + "\nTo regenerate the schema files from the payload records, run in this module:\n"
                    + "  mvn test -Dtest=EventCatalogueTest -D" + REGENERATE_PROPERTY + "=true\n"
                    + "then review the diff: a field removed, renamed or retyped needs a new version of the event"
                    + " (docs/events.md, compatibility rules). Sections of docs/events.md are written by hand.");
        }
    }

    /** The events of {@code domain} declared in this module's main classes, ordered by type and version. */
    public static List<Event> produced(String domain) {
        String prefix = "io.implementa." + domain + ".";
        return declared(domain).stream().filter(event -> event.type().startsWith(prefix)).toList();
    }

    /**
     * The events of other domains that this module's main classes keep a record of, which are the events it
     * consumes (its handlers' payloads: the fields it reads), ordered by type and version.
     */
    public static List<Event> consumed(String domain) {
        String prefix = "io.implementa." + domain + ".";
        return declared(domain).stream().filter(event -> !event.type().startsWith(prefix)).toList();
    }

    private static List<Event> declared(String domain) {
        try (ScanResult scan = new ClassGraph()
                .enableClassInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .acceptPackages("io.implementa." + domain)
                .filterClasspathElements(element -> !isTestOutput(element))
                .scan()) {
            return scan.getClassesWithAnnotation(EVENT_TYPE_ANNOTATION).stream()
                    .map(ClassInfo::loadClass)
                    .map(EventCatalogue::event)
                    .sorted(Comparator.comparing(Event::type).thenComparingInt(Event::version)
                            .thenComparing(event -> event.payload().getName()))
                    .toList();
        }
    }

    /** The JSON Schema (draft 2020-12) of the event's {@code data}, as committed under {@code docs/events/}. */
    public static String schema(Event event) {
        try {
            return WRITER.writeValueAsString(schemaNode(event)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema of {@link #schema(Event)} as a tree, for documents that embed it (the AsyncAPI documents). */
    static ObjectNode schemaNode(Event event) {
        ObjectNode generated = generator().generateSchema(event.payload());
        ObjectNode schema = MAPPER.createObjectNode();
        schema.set("$schema", generated.remove("$schema"));
        schema.put("title", event.type() + " v" + event.version());
        schema.put("description", "The data of " + event.type() + " events with schemaversion " + event.version()
                + ". Generated from the producer's payload record by its EventCatalogueTest: do not edit by hand.");
        // The payload's own properties first, shared definitions last: the file reads top-down.
        JsonNode definitions = generated.remove("$defs");
        schema.setAll(generated);
        if (definitions != null) {
            schema.set("$defs", definitions);
        }
        return schema;
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(Option.NULLABLE_FIELDS_BY_DEFAULT)
                .with(new JacksonModule())
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS));
        // Jackson writes a primitive always, and never as null.
        config.forFields()
                .withRequiredCheck(field -> field.getType().isPrimitive())
                .withNullableCheck(field -> field.getType().isPrimitive() ? Boolean.FALSE : null)
                .withDescriptionResolver(field -> openApiDescription(field.getRawMember()));
        config.forTypesInGeneral()
                .withDescriptionResolver(scope -> openApiDescription(scope.getType().getErasedType()))
                .withPropertySorter(EventCatalogue::inDeclarationOrder);
        return new SchemaGenerator(config.build());
    }

    /** Record components in the order Jackson writes them, which is the order the catalogue documents them. */
    private static int inDeclarationOrder(MemberScope<?, ?> a, MemberScope<?, ?> b) {
        return Comparator.<MemberScope<?, ?>>comparingInt(EventCatalogue::componentIndex)
                .thenComparing(MemberScope::getSchemaPropertyName)
                .compare(a, b);
    }

    private static int componentIndex(MemberScope<?, ?> member) {
        RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
        if (components != null) {
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(member.getDeclaredName())) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String openApiDescription(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .filter(annotation -> annotation.annotationType().getName().equals(OPENAPI_SCHEMA_ANNOTATION))
                .map(annotation -> (String) attribute(annotation, "description"))
                .filter(description -> !description.isBlank())
                .findFirst()
                .orElse(null);
    }

    private static Event event(Class<?> payload) {
        Annotation eventType = Arrays.stream(payload.getAnnotations())
                .filter(annotation -> annotation.annotationType().getName().equals(EVENT_TYPE_ANNOTATION))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(payload.getName() + " has no runtime @EventType"));
        return new Event((String) attribute(eventType, "value"), (Integer) attribute(eventType, "version"), payload);
    }

    private static Object attribute(Annotation annotation, String name) {
        try {
            return annotation.annotationType().getMethod(name).invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of " + annotation, e);
        }
    }

    /** Test output may hold stand-ins for other producers; only the module's main classes declare its events. */
    private static boolean isTestOutput(String classpathElement) {
        String path = classpathElement.replace('\\', '/');
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.endsWith("/test-classes");
    }

    private static List<String> duplicates(List<Event> events) {
        return events.stream()
                .collect(Collectors.groupingBy(Event::schemaFile, TreeMap::new, Collectors.toList()))
                .values().stream()
                .filter(same -> same.size() > 1)
                .map(same -> same.get(0).type() + " v" + same.get(0).version() + " is declared by more than one record: "
                        + same.stream().map(event -> event.payload().getName()).collect(Collectors.joining(", ")))
                .toList();
    }

    private static List<String> compare(List<Event> events, Path schemaDir) {
        List<String> problems = new ArrayList<>();
        for (Event event : events) {
            Path file = schemaDir.resolve(event.schemaFile());
            String expected = schema(event);
            if (!Files.exists(file)) {
                problems.add("missing " + file + " (schema of " + event.payload().getName() + ")");
                continue;
            }
            String actual = read(file).replace("\r\n", "\n");
            if (!actual.equals(expected)) {
                problems.add(file + " differs from the schema of " + event.payload().getName() + ", "
                        + firstDifference(expected, actual));
            }
        }
        return problems;
    }

    private static List<String> write(List<Event> events, Path schemaDir) {
        try {
            Files.createDirectories(schemaDir);
            for (Event event : events) {
                Path file = schemaDir.resolve(event.schemaFile());
                String schema = schema(event);
                if (!Files.exists(file) || !read(file).equals(schema)) {
                    Files.writeString(file, schema, StandardCharsets.UTF_8);
                }
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the schemas to " + schemaDir, e);
        }
    }

    /**
     * Schema files of the domain that no record backs: a type renamed or dropped, or a version not produced.
     * The files of earlier versions of a produced type stay, as the history consumers migrate from.
     */
    private static List<String> orphans(String domain, List<Event> events, Path schemaDir) {
        if (!Files.isDirectory(schemaDir)) {
            return List.of();
        }
        Map<String, Integer> latest = events.stream()
                .collect(Collectors.toMap(Event::type, Event::version, Math::max));
        List<String> backed = events.stream().map(Event::schemaFile).toList();
        try (Stream<Path> files = Files.list(schemaDir)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("io.implementa." + domain + ".") && !backed.contains(name))
                    .sorted()
                    .flatMap(name -> {
                        Matcher matcher = SCHEMA_FILE.matcher(name);
                        if (!matcher.matches()) {
                            return Stream.of(schemaDir.resolve(name) + " is not named <type>.v<version>.schema.json");
                        }
                        Integer produced = latest.get(matcher.group(1));
                        if (produced != null && Integer.parseInt(matcher.group(2)) < produced) {
                            return Stream.empty();
                        }
                        return Stream.of(schemaDir.resolve(name) + " describes an event no record of this module"
                                + " declares: delete it if the event was renamed or dropped");
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> undocumented(List<Event> events, Path catalogue) {
        if (!Files.exists(catalogue)) {
            return List.of("missing " + catalogue);
        }
        String text = read(catalogue);
        List<String> lines = text.lines().map(String::strip).toList();
        List<String> problems = new ArrayList<>();
        for (Event event : events) {
            if (!lines.contains(event.heading())) {
                problems.add(catalogue + " has no section " + event.heading());
            }
            if (!text.contains("(events/" + event.schemaFile() + ")")) {
                problems.add(catalogue + " does not link the schema of " + event.type() + " v" + event.version()
                        + ": (events/" + event.schemaFile() + ")");
            }
        }
        return problems;
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
