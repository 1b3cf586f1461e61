package io.implementa.risk.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.people.PersonRef;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The register's own rules, without a server. */
class RiskRegisterTest {

    static final Instant OPENED = Instant.parse("2027-01-04T09:00:00Z");
    static final PersonRef MANAGER = new PersonRef("sub-manager", "manager@example.com", "Mia Manager");

    static RiskRegister register() {
        return RiskRegister.open(UUID.randomUUID(), "ERP-2027", "ERP roll-out", MANAGER, OPENED);
    }

    @Test
    void numbersRisksFromOne() {
        RiskRegister register = register();
        assertEquals(1, register.nextRiskNumber());
        assertEquals(2, register.nextRiskNumber());
    }

    @Test
    void describingWithTheSameFactsIsNoChange() {
        RiskRegister register = register();
        assertFalse(register.describe("ERP-2027", "ERP roll-out", MANAGER, OPENED.plusSeconds(60)));
        assertEquals(OPENED, register.updatedAt);
    }

    @Test
    void describingWithANewNameTakesItOver() {
        RiskRegister register = register();
        assertTrue(register.describe("ERP-2027", "ERP wave 1", MANAGER, OPENED.plusSeconds(60)));
        assertEquals("ERP wave 1", register.projectName);
        assertEquals(OPENED.plusSeconds(60), register.updatedAt);
    }

    @Test
    void closedRegisterTakesNoNewRisks() {
        RiskRegister register = register();
        register.status = RiskRegisterStatus.CLOSED;
        ProblemException refused = assertThrows(ProblemException.class, register::requireOpen);
        assertEquals(409, refused.status());
        assertEquals("https://implementa.io/problems/register-closed", refused.toProblem(null).type().toString());
    }
}
