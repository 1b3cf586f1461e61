package io.implementa.risk;

import io.implementa.stack.testing.EventCatalogue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The risk-service's events are catalogued as they are written: a JSON Schema per type under {@code docs/events/}
 * generated from the payload records, and a section per type in {@code docs/events.md}.
 */
class EventCatalogueTest {

    @Test
    void everyProducedEventHasItsSchemaAndSection() {
        EventCatalogue.verify("risk", Path.of("..", "docs"));
    }
}
