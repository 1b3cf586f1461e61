package io.implementa.resource.resource;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The resource pool as a spreadsheet; read by every authenticated caller, like the JSON list. */
@Path("/api/v1/resources.csv")
@Tag(name = "Import and export")
public class ResourceCsvResource {

    private final ResourceService resources;
    private final Clock clock;

    public ResourceCsvResource(ResourceService resources, Clock clock) {
        this.resources = resources;
        this.clock = clock;
    }

    @GET
    @Produces("text/csv")
    @Operation(operationId = "exportResourcesCsv", summary = "Export the resources as CSV",
            description = "RFC 4180, UTF-8, header row, one row per resource matching the filters of GET "
                    + "/api/v1/resources (all of them, unpaged), in its order; the columns are listed in "
                    + "docs/integrations.md. The rate columns hold the rate in force on ratesOn (default today).")
    @APIResponse(responseCode = "200", description = "The CSV file",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"resources.csv\""),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = "An unknown sort field")
    public Response exportResourcesCsv(
            @QueryParam("kind") ResourceKind kind,
            @QueryParam("status") ResourceStatus status,
            @QueryParam("department") @Size(max = 200)
            @Parameter(description = "Department, ignoring case", example = "Finance IT") String department,
            @QueryParam("q") @Size(max = 200)
            @Parameter(description = "Text in name, role, department, location or the person's name or e-mail")
            String text,
            @QueryParam("sort") @Size(max = 200)
            @Parameter(description = "name or createdAt, comma-separated, - for descending (default: name)",
                    example = "-createdAt") String sort,
            @QueryParam("ratesOn")
            @Parameter(description = "The day whose cost rate the rate columns hold (default: today, UTC)",
                    example = "2027-06-01") LocalDate ratesOn) {
        String csv = ResourceCsv.write(resources.all(new ResourceService.Filter(kind, status, department, text), sort),
                ratesOn == null ? LocalDate.now(clock) : ratesOn);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"resources.csv\"")
                .build();
    }
}
