package io.implementa.resource.allocation;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Allocations as a spreadsheet, per resource or per project through the filters of the JSON list; read by
 * every authenticated caller, like that list.
 */
@Path("/api/v1/allocations.csv")
@Tag(name = "Import and export")
public class AllocationCsvResource {

    private final AllocationService allocations;

    public AllocationCsvResource(AllocationService allocations) {
        this.allocations = allocations;
    }

    @GET
    @Produces("text/csv")
    @Operation(operationId = "exportAllocationsCsv", summary = "Export allocations as CSV",
            description = "RFC 4180, UTF-8, header row, one row per allocation matching the filters of GET "
                    + "/api/v1/allocations (all of them, unpaged), in its order: resourceId for one resource's "
                    + "allocations, projectId for one project's. The columns are listed in docs/integrations.md.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"allocations.csv\""),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = "An unknown sort field")
    public Response exportAllocationsCsv(
            @QueryParam("resourceId") UUID resourceId,
            @QueryParam("projectId") UUID projectId,
            @QueryParam("kind") AllocationKind kind,
            @QueryParam("status") AllocationStatus status,
            @QueryParam("from") @Parameter(description = "Allocations ending on or after", example = "2027-01-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "Allocations starting on or before", example = "2027-12-31") LocalDate to,
            @QueryParam("sort") @Size(max = 200)
            @Parameter(description = "startDate, endDate or createdAt, comma-separated, - for descending "
                    + "(default: startDate)", example = "-startDate") String sort) {
        String csv = AllocationCsv.write(allocations.all(
                new AllocationService.Filter(resourceId, projectId, kind, status, from, to), sort));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"allocations.csv\"")
                .build();
    }
}
