package io.implementa.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.implementa.stack.testing.AsyncApi;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project-service's AsyncAPI document ({@code /asyncapi.yaml}) holds together as an AsyncAPI 3
 * document; EventCatalogueTest keeps it equal to what the payload records and topics declare.
 */
class AsyncApiTest {

    @Test
    void documentIsSoundAsyncApi3() {
        assertEquals(List.of(), AsyncApi.faults(AsyncApi.parse(AsyncApi.DOCUMENT)));
    }
}
