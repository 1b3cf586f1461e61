package io.implementa.e2e.harness;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares what one service produced with what another applied, per record key (a project id): every expected
 * key must have exactly one produced event (its cause) and exactly one applied effect (the event the consumer
 * published when it applied the cause).
 *
 * <p>Counted by distinct event id: delivery is at least once, so Kafka may carry the same event twice (an
 * outbox batch re-sent after a lost acknowledgement), which consumers' inboxes absorb. A second <em>effect</em>
 * has a new event id, and that is what this detects, together with a lost event (no effect, or no cause).
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    /** A comparison of causes and effects for a set of keys. */
    public record Report(String cause, String effect, Set<String> keys, Map<String, Set<String>> causes,
            Map<String, Set<String>> effects) {

        /** Keys whose cause never reached Kafka: lost by the producer. */
        public Set<String> causeMissing() {
            return keysWhere(causes, 0);
        }

        /** Keys announced more than once (distinct event ids): the producer did the change twice. */
        public Set<String> causeDuplicated() {
            return keysWhere(causes, 2);
        }

        /** Keys whose cause the consumer never applied: lost between the topic and the consumer. */
        public Set<String> effectMissing() {
            return keysWhere(effects, 0);
        }

        /** Keys applied more than once: the consumer's inbox let a duplicate through. */
        public Set<String> effectDuplicated() {
            return keysWhere(effects, 2);
        }

        public boolean exact() {
            return causeMissing().isEmpty() && causeDuplicated().isEmpty() && effectMissing().isEmpty()
                    && effectDuplicated().isEmpty();
        }

        public long causeCount() {
            return causes.values().stream().mapToLong(Set::size).sum();
        }

        public long effectCount() {
            return effects.values().stream().mapToLong(Set::size).sum();
        }

        /** {@code count} 0 selects keys without events, 2 keys with two or more. */
        private Set<String> keysWhere(Map<String, Set<String>> ids, int count) {
            return keys.stream()
                    .filter(key -> {
                        int n = ids.getOrDefault(key, Set.of()).size();
                        return count == 0 ? n == 0 : n >= count;
                    })
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        public String describe() {
            return String.format("%s -> %s over %d keys: %d produced, %d applied; cause missing %s, "
                    + "cause duplicated %s, effect missing %s, effect duplicated %s", cause, effect, keys.size(),
                    causeCount(), effectCount(), abbreviate(causeMissing()), abbreviate(causeDuplicated()),
                    abbreviate(effectMissing()), abbreviate(effectDuplicated()));
        }

        private static String abbreviate(Set<String> keys) {
            return keys.size() <= 5 ? keys.toString() : keys.size() + " keys, e.g. " + List.copyOf(keys).subList(0, 5);
        }
    }

    /**
     * Compares the {@code cause} events (simple type name, e.g. {@code ProjectCreated}) among {@code produced}
     * with the {@code effect} events among {@code applied}, for {@code keys}; events of other keys are ignored.
     */
    public static Report compare(Collection<String> keys, String cause, List<Event> produced, String effect,
            List<Event> applied) {
        Set<String> wanted = new LinkedHashSet<>(keys);
        return new Report(cause, effect, wanted, idsByKey(wanted, cause, produced), idsByKey(wanted, effect, applied));
    }

    private static Map<String, Set<String>> idsByKey(Set<String> keys, String type, List<Event> events) {
        return events.stream()
                .filter(event -> event.is(type) && keys.contains(event.key()))
                .collect(Collectors.groupingBy(Event::key, TreeMap::new,
                        Collectors.mapping(Event::id, Collectors.toCollection(TreeSet::new))));
    }
}
