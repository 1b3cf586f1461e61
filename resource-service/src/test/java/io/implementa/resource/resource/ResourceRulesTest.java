package io.implementa.resource.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.implementa.platform.http.Problem;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.people.PersonRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entity's rules on their own, for the cases the HTTP tests do not reach. */
class ResourceRulesTest {

    static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");
    static final PersonRef MARIA = new PersonRef("sub-maria", "maria@example.com", "María López");
    static final LocalDate JAN = LocalDate.parse("2027-01-01");

    static Resource.Profile profileOf(PersonRef person, PersonRef manager) {
        return new Resource.Profile("María López", person, null, null, manager, null, "Europe/Madrid");
    }

    static CostRate rate(String standard, String currency) {
        return new CostRate(new BigDecimal(standard), null, currency, JAN);
    }

    static List<String> fieldsRefused(Runnable action) {
        ProblemException e = assertThrows(ProblemException.class, action::run);
        assertEquals(422, e.status());
        return e.toProblem(null).errors().stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void refusesACurrencyWithoutMinorUnits() {
        assertEquals(List.of("costRates[0].currency"), fieldsRefused(() -> Resource.register(ResourceKind.PERSON,
                profileOf(MARIA, null), List.of(rate("10", "XAU")), NOW)));
    }

    @Test
    void refusesARateWithMoreThanFourDecimalPlaces() {
        assertEquals(List.of("costRates[0].standardRate"), fieldsRefused(() -> Resource.register(ResourceKind.PERSON,
                profileOf(MARIA, null), List.of(rate("10.12345", "EUR")), NOW)));
    }

    @Test
    void refusesAPersonManagingThemselves() {
        assertEquals(List.of("manager"), fieldsRefused(() -> Resource.register(ResourceKind.PERSON,
                profileOf(MARIA, MARIA), List.of(), NOW)));
    }

    @Test
    void paysOvertimeAtTheStandardRateWhenNoOvertimeRateIsGiven() {
        Resource resource = Resource.register(ResourceKind.PERSON, profileOf(MARIA, null),
                List.of(rate("85.5", "EUR")), NOW);
        assertEquals(new BigDecimal("85.50"), resource.costRates().get(0).overtimeRate());
    }

    @Test
    void reportsARevisionThatChangesNothing() {
        Resource resource = Resource.register(ResourceKind.PERSON, profileOf(MARIA, null),
                List.of(rate("85.5", "EUR")), NOW);
        assertFalse(resource.revise(resource.profile(), List.of(rate("85.5000", "EUR")), NOW.plusSeconds(60)));
        assertEquals(NOW, resource.updatedAt);
        assertTrue(resource.revise(resource.profile(), List.of(rate("86", "EUR")), NOW.plusSeconds(60)));
    }
}
