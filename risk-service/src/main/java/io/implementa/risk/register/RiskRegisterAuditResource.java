package io.implementa.risk.register;

import io.implementa.platform.audit.Actor;
import io.implementa.platform.audit.AuditHistory;
import io.implementa.platform.audit.Change;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ReadsProject;
import io.implementa.risk.register.RiskRegisterApi.RiskRegisterView;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A risk register's audit history over HTTP. The register changes as the project-service's events arrive (opened,
 * renamed, closed), so most entries name the service itself ({@code system:risk-service}) and the event.
 */
@Path("/api/v1/projects/{projectId}/risk-register/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risk registers")
@ReadsProject
public class RiskRegisterAuditResource {

    private final AuditHistory audit;

    public RiskRegisterAuditResource(AuditHistory audit) {
        this.audit = audit;
    }

    @GET
    @Operation(operationId = "getRiskRegisterHistory", summary = "A risk register's change history",
            description = "Every committed change of the register: who or what made it (system:risk-service with the "
                    + "event it applied, for changes that follow the project), when, and the register as it was "
                    + "afterwards. Newest first (sort=revision for oldest first); paged.")
    @APIResponse(responseCode = "200", description = "One page of the register's change history",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Revisions in the history") },
            content = @Content(schema = @Schema(implementation = RiskRegisterHistoryPage.class)))
    public Response history(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @Context UriInfo uri) {
        return Paging.ok(audit.of(RiskRegister.class, projectId, page)
                .orElseThrow(() -> new ProblemException.NotFound("risk register of project", projectId)), uri);
    }

    /** A revision of a register, named for the OpenAPI document (the platform's {@code Revision}, typed). */
    @Schema(name = "RiskRegisterRevision")
    public record RiskRegisterRevision(long revision, Instant at, Actor by, Change change,
            @Schema(description = "The register as it was after the change") RiskRegisterView state) {
    }

    @Schema(name = "RiskRegisterHistoryPage")
    public record RiskRegisterHistoryPage(List<RiskRegisterRevision> items, int page, int size, long totalItems,
            int totalPages) {
    }
}
