package io.implementa.stack.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each service's committed AsyncAPI document follows the AsyncAPI 3.0.0 specification's own JSON schema. The
 * services' AsyncApiTests keep the documents equal to their code; this checks the format they are written in.
 *
 * <p>{@code asyncapi-3.0.0.json} is the specification's JSON schema, copied unchanged from
 * {@code schemas/3.0.0-without-$id.json} of github.com/asyncapi/spec-json-schemas (Apache License 2.0,
 * commit 7dd3990d9fff); replace it from there to follow a newer specification.
 */
class AsyncApiDocumentsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"project-service", "risk-service", "resource-service", "notification-service"})
    void documentFollowsTheAsyncApi3Specification(String service) throws IOException {
        JsonNode schemaJson;
        try (InputStream in = AsyncApiDocumentsTest.class.getResourceAsStream("/asyncapi-3.0.0.json")) {
            schemaJson = new ObjectMapper().readTree(in);
        }
        // Its $schema names draft 07 by an address the validator would try to download; the dialect is given here.
        ((ObjectNode) schemaJson).remove("$schema");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("classpath:asyncapi-3.0.0.json"), schemaJson);
        JsonNode document = AsyncApi.parse(ROOT.resolve(service).resolve(AsyncApi.DOCUMENT));

        List<Error> errors = schema.validate(document);

        assertTrue(errors.isEmpty(), () -> service + "'s asyncapi.yaml breaks the AsyncAPI 3.0.0 schema:\n"
                + errors.stream().map(Error::toString).limit(30).collect(Collectors.joining("\n")));
    }
}
