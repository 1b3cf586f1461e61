package io.implementa.project;

import io.implementa.stack.testing.AsyncApi;
import io.implementa.stack.testing.EventCatalogue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The project-service's events are catalogued as they are written: a JSON Schema per type under {@code docs/events/}
 * generated from the payload records, and a section per type in {@code docs/events.md}.
 */
class EventCatalogueTest {

    @Test
    void everyProducedEventHasItsSchemaAndSection() {
        EventCatalogue.verify("project", Path.of("..", "docs"));
    }

    /**
     * The service's AsyncAPI document ({@code /asyncapi.yaml}) is the one its payload records and topics declare,
     * regenerated with the same switch as the schemas.
     */
    @Test
    void asyncApiDocumentDescribesEveryProducedAndConsumedEvent() {
        AsyncApi.verify("project");
    }
}
