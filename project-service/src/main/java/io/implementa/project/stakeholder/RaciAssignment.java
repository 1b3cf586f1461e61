package io.implementa.project.stakeholder;

import io.implementa.project.project.Phase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One RACI letter of a stakeholder for the whole project, one phase ({@code phase} set) or one deliverable
 * ({@code deliverableId} set). A value: the same record in requests, views, events and the database.
 */
@Embeddable
@Schema(name = "RaciAssignment", description = "A RACI letter for the project, a phase or a deliverable")
public record RaciAssignment(
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "scope", nullable = false)
        @Schema(example = "DELIVERABLE") RaciScope scope,
        @Enumerated(EnumType.STRING) @Column(name = "phase")
        @Schema(description = "The phase, for scope PHASE only") Phase phase,
        @Column(name = "deliverable_id")
        @Schema(description = "The deliverable, for scope DELIVERABLE only") UUID deliverableId,
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "raci", nullable = false)
        @Schema(example = "ACCOUNTABLE") Raci raci) {
}
