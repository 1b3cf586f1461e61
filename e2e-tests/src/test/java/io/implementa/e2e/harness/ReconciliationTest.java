package io.implementa.e2e.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reconciliation really detects loss and duplicates (no suite needed: events made by hand). */
class ReconciliationTest {

    private static final List<String> PROJECTS = List.of("p1", "p2", "p3");

    @Test
    void oneCauseAndOneEffectPerKeyIsExact() {
        var report = Reconciliation.compare(PROJECTS, "ProjectCreated", created("p1", "p2", "p3"),
                "RiskRegisterOpened", opened("p1", "p2", "p3"));
        assertTrue(report.exact(), report.describe());
        assertEquals(3, report.causeCount());
        assertEquals(3, report.effectCount());
    }

    @Test
    void detectsAnEventTheConsumerNeverApplied() {
        var report = Reconciliation.compare(PROJECTS, "ProjectCreated", created("p1", "p2", "p3"),
                "RiskRegisterOpened", opened("p1", "p3"));
        assertFalse(report.exact());
        assertEquals(Set.of("p2"), report.effectMissing());
    }

    @Test
    void detectsAnEventTheProducerLost() {
        var report = Reconciliation.compare(PROJECTS, "ProjectCreated", created("p1", "p3"),
                "RiskRegisterOpened", opened("p1", "p3"));
        assertFalse(report.exact());
        assertEquals(Set.of("p2"), report.causeMissing());
        assertEquals(Set.of("p2"), report.effectMissing());
    }

    @Test
    void detectsAnEffectAppliedTwice() {
        List<Event> applied = new java.util.ArrayList<>(opened("p1", "p2", "p3"));
        applied.add(event("RiskRegisterOpened", "p2", "second-effect"));
        var report = Reconciliation.compare(PROJECTS, "ProjectCreated", created("p1", "p2", "p3"),
                "RiskRegisterOpened", applied);
        assertFalse(report.exact());
        assertEquals(Set.of("p2"), report.effectDuplicated());
    }

    @Test
    void theSameEventDeliveredTwiceIsNotASecondEffect() {
        List<Event> produced = new java.util.ArrayList<>(created("p1", "p2", "p3"));
        produced.add(event("ProjectCreated", "p1", "ProjectCreated-p1"));
        var report = Reconciliation.compare(PROJECTS, "ProjectCreated", produced, "RiskRegisterOpened",
                opened("p1", "p2", "p3"));
        assertTrue(report.exact(), report.describe());
    }

    @Test
    void ignoresOtherKeysAndOtherTypes() {
        List<Event> applied = new java.util.ArrayList<>(opened("p1", "p2", "p3", "someone-else"));
        applied.add(event("RiskIdentified", "p1", "risk-1"));
        var report = Reconciliation.compare(PROJECTS, "ProjectCreated", created("p1", "p2", "p3"),
                "RiskRegisterOpened", applied);
        assertTrue(report.exact(), report.describe());
    }

    private static List<Event> created(String... keys) {
        return java.util.Arrays.stream(keys).map(key -> event("ProjectCreated", key, "ProjectCreated-" + key)).toList();
    }

    private static List<Event> opened(String... keys) {
        return java.util.Arrays.stream(keys).map(key -> event("RiskRegisterOpened", key, "Opened-" + key)).toList();
    }

    private static Event event(String type, String key, String id) {
        return new Event("topic", 0, 0, key, id, "io.implementa.test." + type, key, null);
    }
}
