package io.implementa.project.exchange;

import io.implementa.project.exchange.ExchangeApi.Unmapped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an import could not map, grouped by element, field and reason in the order first met. */
final class Losses {

    private final Map<String, Unmapped> groups = new LinkedHashMap<>();

    void add(String element, String field, String reason, String item) {
        groups.computeIfAbsent(element + "\u0000" + field + "\u0000" + reason,
                k -> new Unmapped(element, field, reason, new ArrayList<>())).items().add(item);
    }

    List<Unmapped> list() {
        return groups.values().stream()
                .map(u -> new Unmapped(u.element(), u.field(), u.reason(), List.copyOf(u.items()))).toList();
    }
}
