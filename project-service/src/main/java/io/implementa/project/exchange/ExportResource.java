package io.implementa.project.exchange;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.project.Project;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Plans out to other tools. */
@Path("/api/v1/projects/{projectId}/exports")
@Tag(name = "Import and export")
@ReadsProject
public class ExportResource {

    private final PlanExportService exports;

    public ExportResource(PlanExportService exports) {
        this.exports = exports;
    }

    @GET
    @Path("/mspdi")
    @Produces("application/xml")
    @Operation(operationId = "exportMspdi", summary = "Export the plan as MS Project XML (MSPDI)",
            description = "The work breakdown, links, calendar, progress and computed dates, for MS Project to open "
                    + "with the same structure and dates. Everyone who can read the project.")
    @APIResponse(responseCode = "200", description = "The MSPDI document",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"<key>.xml\""),
            content = @Content(mediaType = "application/xml",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportMspdi(@PathParam("projectId") UUID projectId) {
        byte[] xml = exports.mspdi(projectId).orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        String key = Project.<Project>findByIdOptional(projectId).map(p -> p.key).orElse("project");
        return Response.ok(xml, "application/xml")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + key + ".xml\"").build();
    }
}
