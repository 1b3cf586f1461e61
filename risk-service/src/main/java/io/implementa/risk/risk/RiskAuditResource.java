package io.implementa.risk.risk;

import io.implementa.platform.audit.Actor;
import io.implementa.platform.audit.AuditHistory;
import io.implementa.platform.audit.Change;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ReadsProject;
import io.implementa.risk.risk.RiskApi.RiskView;
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
 * A risk's audit history over HTTP: every committed change of the risk, by whom and when, with the risk as it was
 * afterwards (the platform's audit trail). The assessment history ({@code /assessments}) is the domain's own
 * record of scores and reasons; this one covers every field and every writer, the service itself included.
 */
@Path("/api/v1/projects/{projectId}/risks/{riskId}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risks")
@ReadsProject
public class RiskAuditResource {

    private final AuditHistory audit;

    public RiskAuditResource(AuditHistory audit) {
        this.audit = audit;
    }

    @GET
    @Operation(operationId = "getRiskChangeHistory", summary = "A risk's change history",
            description = "Every committed change of the risk: who made it (for changes the service made itself, "
                    + "system:<consumer or job>), when, and the risk as it was afterwards. Newest first "
                    + "(sort=revision for oldest first); paged. Readable by whoever may read the project's risks.")
    @APIResponse(responseCode = "200", description = "One page of the risk's change history",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Revisions in the history") },
            content = @Content(schema = @Schema(implementation = RiskHistoryPage.class)))
    public Response history(@PathParam("projectId") UUID projectId, @PathParam("riskId") UUID riskId,
            @BeanParam @Valid PageRequest page, @Context UriInfo uri) {
        return Paging.ok(audit.of(Risk.class, riskId, "projectId", projectId, page)
                .orElseThrow(() -> new ProblemException.NotFound("risk", riskId)), uri);
    }

    /** A revision of a risk, named for the OpenAPI document (the platform's {@code Revision}, typed). */
    @Schema(name = "RiskRevision")
    public record RiskRevision(long revision, Instant at, Actor by, Change change,
            @Schema(description = "The risk as it was after the change") RiskView state) {
    }

    @Schema(name = "RiskHistoryPage")
    public record RiskHistoryPage(List<RiskRevision> items, int page, int size, long totalItems, int totalPages) {
    }
}
