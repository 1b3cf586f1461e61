package io.implementa.platform.http;

import io.quarkus.panache.common.Sort;
import java.util.Map;

/**
 * Turns the {@code sort} query parameter into a Panache {@link Sort} over an allow-list of API field names
 * mapped to entity attributes; an unknown field is a 422 naming {@code sort}.
 */
public final class Sorting {

    private Sorting() {
    }

    /**
     * @param sort    e.g. {@code status,-plannedStart}; null or blank uses the default
     * @param allowed API field name → entity attribute
     * @param byDefault the sort to use when none is asked for; always ends with a unique tiebreaker
     */
    public static Sort parse(String sort, Map<String, String> allowed, Sort byDefault) {
        if (sort == null || sort.isBlank()) {
            return byDefault;
        }
        Sort result = null;
        for (String part : sort.split(",")) {
            String field = part.trim();
            boolean descending = field.startsWith("-");
            if (descending || field.startsWith("+")) {
                field = field.substring(1);
            }
            String attribute = allowed.get(field);
            if (attribute == null) {
                throw new ProblemException.Unprocessable("sort",
                        "cannot sort by '" + field + "'; allowed: " + String.join(", ", allowed.keySet()));
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(attribute, direction) : result.and(attribute, direction);
        }
        // A stable tiebreaker keeps pages from overlapping when sort values repeat.
        return result.and("id");
    }
}
