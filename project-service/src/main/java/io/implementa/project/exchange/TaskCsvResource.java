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

/** The work breakdown as a spreadsheet. */
@Path("/api/v1/projects/{projectId}/tasks.csv")
@Tag(name = "Import and export")
@ReadsProject
public class TaskCsvResource {

    @GET
    @Produces("text/csv")
    @Operation(operationId = "exportTasksCsv", summary = "Export the tasks as CSV",
            description = "RFC 4180, UTF-8, header row, one row per task in outline order; the columns are listed in "
                    + "docs/integrations.md. The file imports back through POST .../imports/tasks-csv.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"<key>-tasks.csv\""),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response exportTasksCsv(@PathParam("projectId") UUID projectId) {
        Project project = Project.<Project>findByIdOptional(projectId)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Response.ok(TaskCsv.write(projectId), "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + project.key + "-tasks.csv\"")
                .build();
    }
}
