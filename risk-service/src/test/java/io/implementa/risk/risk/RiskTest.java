package io.implementa.risk.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.people.PersonRef;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The risk's own rules, without a server. */
class RiskTest {

    static Risk identify(int number, int probability, int impact) {
        return Risk.identify(UUID.randomUUID(), "ERP-2027", number, "Data fails validation", null,
                RiskCategory.DATA_MIGRATION, probability, impact,
                new PersonRef("sub-owner", "owner@example.com", "Olu Owner"), Instant.parse("2027-01-04T09:00:00Z"));
    }

    @Test
    void newRiskIsIdentifiedAndScoredProbabilityTimesImpact() {
        Risk risk = identify(1, 4, 3);
        assertEquals(12, risk.score);
        assertEquals(RiskStatus.IDENTIFIED, risk.status);
    }

    @ParameterizedTest
    @CsvSource({ "1, ERP-2027-R-001", "42, ERP-2027-R-042", "999, ERP-2027-R-999", "1000, ERP-2027-R-1000" })
    void keyIsTheProjectKeyAndTheNumberOfAtLeastThreeDigits(int number, String key) {
        assertEquals(key, identify(number, 1, 1).key);
    }

    @ParameterizedTest
    @CsvSource({ "0, 3, probability", "6, 3, probability", "3, 0, impact", "3, 6, impact" })
    void refusesScoresOffTheOneToFiveScale(int probability, int impact, String field) {
        Risk risk = identify(1, 2, 2);
        ProblemException refused = assertThrows(ProblemException.class, () -> risk.score(probability, impact));
        assertEquals(422, refused.status());
        assertEquals(field, refused.toProblem(null).errors().get(0).field());
        assertEquals(4, risk.score);
    }
}
