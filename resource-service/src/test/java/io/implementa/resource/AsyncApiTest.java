package io.implementa.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.implementa.stack.testing.AsyncApi;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The resource-service's AsyncAPI document ({@code /asyncapi.yaml}) is the one its payload records and topics
 * declare, and holds together as an AsyncAPI 3 document.
 */
class AsyncApiTest {

    @Test
    void documentDescribesEveryProducedAndConsumedEvent() {
        AsyncApi.verify("resource");
    }

    @Test
    void documentIsSoundAsyncApi3() {
        assertEquals(List.of(), AsyncApi.faults(AsyncApi.parse(AsyncApi.DOCUMENT)));
    }
}
