package io.implementa.project.health;

import static io.implementa.project.health.Rag.AMBER;
import static io.implementa.project.health.Rag.GREEN;
import static io.implementa.project.health.Rag.RED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the current health follows a changed proposal (pure). */
class HealthFollowTest {

    @Test
    void withoutAHealthOrAnEarlierProposalTheProposalIsTaken() {
        Health proposal = Health.of(GREEN, AMBER, GREEN, GREEN, GREEN);
        assertEquals(proposal, HealthService.follow(null, null, proposal));
        assertEquals(proposal, HealthService.follow(Health.of(RED, RED, RED, RED, RED), null, proposal));
    }

    @Test
    void onlyTheDimensionsWhoseProposalChangedMoveAndAnOverrideElsewhereHolds() {
        // The report rated cost GREEN against a proposed AMBER; then the risk proposal turned RED.
        Health reported = Health.of(GREEN, GREEN, GREEN, GREEN, GREEN);
        Health before = Health.of(GREEN, AMBER, GREEN, GREEN, GREEN);
        Health after = Health.of(GREEN, AMBER, GREEN, RED, GREEN);
        assertEquals(Health.of(GREEN, GREEN, GREEN, RED, GREEN), HealthService.follow(reported, before, after));
    }

    @Test
    void anOverriddenDimensionTakesTheProposalOnceItsDataChanges() {
        Health reported = Health.of(GREEN, GREEN, GREEN, GREEN, GREEN);
        Health before = Health.of(GREEN, AMBER, GREEN, GREEN, GREEN);
        Health after = Health.of(GREEN, RED, GREEN, GREEN, GREEN);
        assertEquals(Health.of(GREEN, RED, GREEN, GREEN, GREEN), HealthService.follow(reported, before, after));
    }

    @Test
    void anOverriddenOverallHoldsUntilTheProposedOverallChanges() {
        Health reported = new Health(GREEN, GREEN, GREEN, AMBER, GREEN, GREEN);
        Health before = Health.of(GREEN, GREEN, GREEN, AMBER, GREEN);
        Health resourcesAmber = Health.of(GREEN, GREEN, GREEN, AMBER, AMBER);
        assertEquals(new Health(GREEN, GREEN, GREEN, AMBER, AMBER, GREEN),
                HealthService.follow(reported, before, resourcesAmber));
        Health riskRed = Health.of(GREEN, GREEN, GREEN, RED, GREEN);
        assertEquals(Health.of(GREEN, GREEN, GREEN, RED, GREEN), HealthService.follow(reported, before, riskRed));
    }
}
