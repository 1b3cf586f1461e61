package io.implementa.project.health;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A project's RAG per dimension and overall, as reports and events carry it. */
@Schema(name = "Health")
public record Health(
        @NotNull Rag schedule,
        @NotNull Rag cost,
        @NotNull Rag scope,
        @NotNull Rag risk,
        @NotNull Rag resources,
        @NotNull Rag overall) {

    /** The dimensions as given, overall the worst of them. */
    public static Health of(Rag schedule, Rag cost, Rag scope, Rag risk, Rag resources) {
        return new Health(schedule, cost, scope, risk, resources,
                schedule.worse(cost).worse(scope).worse(risk).worse(resources));
    }
}
