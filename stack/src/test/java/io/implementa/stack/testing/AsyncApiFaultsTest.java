package io.implementa.stack.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structural checks the services' AsyncApiTests rely on find what they claim to. */
class AsyncApiFaultsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final String SOUND = """
            asyncapi: 3.0.0
            info: {title: t, version: 1.0.0}
            channels:
              topic:
                address: topic
                messages:
                  m.v1: {$ref: '#/components/messages/m.v1'}
            operations:
              send.topic:
                action: send
                channel: {$ref: '#/channels/topic'}
                messages:
                  - {$ref: '#/channels/topic/messages/m.v1'}
            components:
              schemas:
                m.v1: {type: object}
              messages:
                m.v1:
                  payload:
                    allOf:
                      - properties:
                          data: {$ref: '#/components/schemas/m.v1'}
            """;

    private static List<String> faults(String yaml) throws Exception {
        JsonNode document = YAML.readTree(yaml);
        return AsyncApi.faults(document);
    }

    @Test
    void soundDocumentHasNoFaults() throws Exception {
        assertEquals(List.of(), faults(SOUND));
    }

    @Test
    void referenceToNothingIsAFault() throws Exception {
        List<String> faults = faults(SOUND.replace("m.v1: {$ref: '#/components/messages/m.v1'}",
                "m.v1: {$ref: '#/components/messages/gone.v1'}"));
        assertEquals(List.of("#/channels/topic/messages/m.v1 refers to #/components/messages/gone.v1, which does not exist"),
                faults);
    }

    @Test
    void otherAsyncApiVersionIsAFault() throws Exception {
        assertEquals(List.of("asyncapi is not 3.0.0"), faults(SOUND.replace("asyncapi: 3.0.0", "asyncapi: 2.6.0")));
    }

    @Test
    void operationMessageOfAnotherChannelIsAFault() throws Exception {
        String other = SOUND.replace("channels:\n", "channels:\n  other:\n    address: other\n    messages:\n"
                + "      m.v1: {$ref: '#/components/messages/m.v1'}\n")
                .replace("- {$ref: '#/channels/topic/messages/m.v1'}", "- {$ref: '#/channels/other/messages/m.v1'}");
        List<String> faults = faults(other);
        assertEquals(1, faults.size(), faults.toString());
        assertTrue(faults.get(0).startsWith("operation send.topic sends or receives"), faults.get(0));
    }

    @Test
    void messageWhoseDataIsNoObjectSchemaIsAFault() throws Exception {
        assertEquals(List.of("message m.v1 has no payload whose data resolves to an object schema"),
                faults(SOUND.replace("m.v1: {type: object}", "m.v1: {type: string}")));
    }
}
