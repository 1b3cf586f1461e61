package io.implementa.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PostgresServerUrlTest {

    @Test
    void addsTheDatabaseToAServerUrl() {
        assertEquals("jdbc:postgresql://db:5432/risk", PostgresServerUrl.parse("jdbc:postgresql://db:5432").forDatabase("risk"));
    }

    @Test
    void replacesTheDatabaseAndKeepsParameters() {
        PostgresServerUrl url = PostgresServerUrl.parse("jdbc:postgresql://db:5432/postgres?sslmode=require");

        assertEquals("jdbc:postgresql://db:5432/project?sslmode=require", url.forDatabase("project"));
    }

    @Test
    void rejectsOtherDatabases() {
        assertThrows(IllegalArgumentException.class, () -> PostgresServerUrl.parse("jdbc:mysql://db:3306/x"));
    }
}
