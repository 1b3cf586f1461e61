package io.implementa.resource.allocation;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.resource.allocation.AllocationApi.AllocationPage;
import io.implementa.resource.allocation.AllocationApi.AllocationView;
import io.implementa.resource.allocation.AllocationApi.CreateAllocationRequest;
import io.implementa.resource.allocation.AllocationApi.UpdateAllocationRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Allocations over HTTP. Every authenticated caller reads them (like the pool); resource managers change
 * every allocation, a project's MANAGER those of their project. Who may is decided from the project the
 * allocation is for, so it is checked before the body is validated: a caller without the right learns
 * nothing from validation.
 */
@Path("/api/v1/allocations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Allocations", description = "Resources assigned to projects over time, utilisation and over-allocation")
public class AllocationResource {

    private final AllocationService allocations;
    private final Validator validator;

    public AllocationResource(AllocationService allocations, Validator validator) {
        this.allocations = allocations;
        this.validator = validator;
    }

    @POST
    @Operation(operationId = "createAllocation", summary = "Allocate a resource to a project",
            description = "For a date range, at a percentage of the resource's working hours or at hours per "
                    + "working day, SOFT or HARD. Over-allocation is re-checked. Resource managers, or the "
                    + "project's MANAGER. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The allocation",
            headers = { @Header(name = "Location", description = "The allocation's URL"),
                    @Header(name = "ETag", description = "The allocation's version") },
            content = @Content(schema = @Schema(implementation = AllocationView.class)))
    @APIResponse(responseCode = "403", description = "Neither a resource manager nor the project's manager")
    @APIResponse(responseCode = "409", description = "The resource is inactive (resource-inactive) or the project "
            + "closed or cancelled (project-ended)")
    public Response create(CreateAllocationRequest request, @Context UriInfo uri) {
        allocations.requireAllocator(request == null ? null : request.projectId());
        validate(request);
        AllocationView created = allocations.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{allocationId}")
    @Operation(operationId = "getAllocation", summary = "Read an allocation")
    @APIResponse(responseCode = "200", description = "The allocation",
            headers = @Header(name = "ETag", description = "The allocation's version"),
            content = @Content(schema = @Schema(implementation = AllocationView.class)))
    public Response get(@PathParam("allocationId") UUID id) {
        AllocationView allocation = allocations.find(id)
                .orElseThrow(() -> new ProblemException.NotFound("allocation", id));
        return Responses.tagged(allocation, allocation.version());
    }

    @GET
    @Operation(operationId = "listAllocations", summary = "List allocations",
            description = "Paged; filter by resource, project, kind, status and a date range (allocations "
                    + "overlapping it); sort by startDate, endDate or createdAt (default: startDate).")
    @APIResponse(responseCode = "200", description = "One page of allocations",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Allocations matching the filter") },
            content = @Content(schema = @Schema(implementation = AllocationPage.class)))
    public Response list(@BeanParam @Valid PageRequest page,
            @QueryParam("resourceId") UUID resourceId,
            @QueryParam("projectId") UUID projectId,
            @QueryParam("kind") AllocationKind kind,
            @QueryParam("status") AllocationStatus status,
            @QueryParam("from") @Parameter(description = "Allocations ending on or after", example = "2027-01-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "Allocations starting on or before", example = "2027-12-31") LocalDate to,
            @Context UriInfo uri) {
        return Paging.ok(allocations.list(new AllocationService.Filter(resourceId, projectId, kind, status, from, to),
                page), uri);
    }

    @PATCH
    @Path("/{allocationId}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateAllocation", summary = "Change an allocation",
            description = "JSON merge patch of dates, load, kind and note; requires If-Match. Setting percent "
                    + "alone clears hoursPerDay and the other way round. Over-allocation is re-checked.")
    @APIResponse(responseCode = "200", description = "The changed allocation",
            headers = @Header(name = "ETag", description = "The allocation's new version"),
            content = @Content(schema = @Schema(implementation = AllocationView.class)))
    @APIResponse(responseCode = "403", description = "Neither a resource manager nor the project's manager")
    @APIResponse(responseCode = "409", description = "The allocation has been released (allocation-released)")
    public Response update(@PathParam("allocationId") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read", example = "\"0\"") String ifMatch,
            UpdateAllocationRequest request) {
        UUID project = allocations.find(id).map(AllocationView::projectId)
                .orElseThrow(() -> new ProblemException.NotFound("allocation", id));
        allocations.requireAllocator(project);
        validate(request);
        AllocationView allocation = allocations.update(id, IfMatch.of(ifMatch), request)
                .orElseThrow(() -> new ProblemException.NotFound("allocation", id));
        return Responses.tagged(allocation, allocation.version());
    }

    @DELETE
    @Path("/{allocationId}")
    @Operation(operationId = "releaseAllocation", summary = "Release an allocation",
            description = "The allocation stops loading its resource and stays readable as RELEASED. "
                    + "Over-allocation is re-checked.")
    @APIResponse(responseCode = "200", description = "The released allocation",
            content = @Content(schema = @Schema(implementation = AllocationView.class)))
    @APIResponse(responseCode = "403", description = "Neither a resource manager nor the project's manager")
    @APIResponse(responseCode = "409", description = "The allocation has been released already (allocation-released)")
    public AllocationView release(@PathParam("allocationId") UUID id) {
        return allocations.release(id).orElseThrow(() -> new ProblemException.NotFound("allocation", id));
    }

    private <T> void validate(T request) {
        if (request == null) {
            throw new ProblemException.Unprocessable("body", "must not be null");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
