package io.implementa.risk.register;

import io.implementa.platform.people.PersonRef;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The register payloads of the REST API; the entity itself is never serialised. */
public final class RiskRegisterApi {

    private RiskRegisterApi() {
    }

    @Schema(name = "RiskRegister", description = "A project's risk register, opened when the project was created")
    public record RiskRegisterView(
            @Schema(description = "The project's id, which is also the register's") UUID projectId,
            @Schema(example = "ERP-2027") String projectKey,
            @Schema(example = "ERP roll-out 2027") String projectName,
            @Schema(description = "The project's manager") PersonRef manager,
            RiskRegisterStatus status,
            Instant openedAt,
            Instant updatedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static RiskRegisterView of(RiskRegister r) {
            return new RiskRegisterView(r.projectId, r.projectKey, r.projectName, r.manager, r.status, r.openedAt,
                    r.updatedAt, r.version);
        }
    }
}
