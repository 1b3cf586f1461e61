package io.implementa.risk.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A risk described as cause, event and effect ("because of the cause, the event may happen, which would
 * lead to the effect"); each part is optional, since a risk is often raised before it is fully understood.
 */
@Embeddable
@Schema(name = "RiskDescription", description = "The risk as cause, event and effect; each part optional")
public record RiskDescription(
        @Size(max = 2000)
        @Column(name = "cause")
        @Schema(description = "What gives rise to the risk", example = "The legacy ERP's customer data has no owner")
        String cause,
        @Size(max = 2000)
        @Column(name = "event")
        @Schema(description = "What may happen", example = "Migrated customer records fail validation at cut-over")
        String event,
        @Size(max = 2000)
        @Column(name = "effect")
        @Schema(description = "What it would lead to", example = "Go-live slips by two weeks")
        String effect) {

    static final RiskDescription NONE = new RiskDescription(null, null, null);
}
