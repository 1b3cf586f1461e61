package io.implementa.resource.demand;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.resource.demand.DemandApi.Candidate;
import io.implementa.resource.demand.DemandApi.CreateResourceRequestRequest;
import io.implementa.resource.demand.DemandApi.FulfilRequest;
import io.implementa.resource.demand.DemandApi.ResourceRequestPage;
import io.implementa.resource.demand.DemandApi.ResourceRequestView;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
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
 * Resource requests over HTTP. Everyone reads them; resource managers and the project's MANAGER open and
 * fulfil them (checked before the body is validated, as for allocations).
 */
@Path("/api/v1/resource-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Demand", description = "Resource requests by skill, matching candidates and fulfilment")
public class ResourceRequestResource {

    private final DemandService demand;
    private final Validator validator;

    public ResourceRequestResource(DemandService demand, Validator validator) {
        this.demand = demand;
        this.validator = validator;
    }

    @POST
    @Operation(operationId = "createResourceRequest", summary = "Request a skill for a project",
            description = "A skill at a minimum level, for a date range, at a percentage or hours per day. "
                    + "Announces CapacityShortfall when no qualified person is free for all of it. Honours "
                    + "Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The open request",
            headers = { @Header(name = "Location", description = "The request's URL"),
                    @Header(name = "ETag", description = "The request's version") },
            content = @Content(schema = @Schema(implementation = ResourceRequestView.class)))
    @APIResponse(responseCode = "403", description = "Neither a resource manager nor the project's manager")
    public Response create(CreateResourceRequestRequest body, @Context UriInfo uri) {
        demand.requireRequester(body == null ? null : body.projectId());
        validate(body);
        ResourceRequestView created = demand.open(body);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{requestId}")
    @Operation(operationId = "getResourceRequest", summary = "Read a resource request")
    @APIResponse(responseCode = "200", description = "The request",
            headers = @Header(name = "ETag", description = "The request's version"),
            content = @Content(schema = @Schema(implementation = ResourceRequestView.class)))
    public Response get(@PathParam("requestId") UUID id) {
        ResourceRequestView request = demand.find(id)
                .orElseThrow(() -> new ProblemException.NotFound("resource request", id));
        return Responses.tagged(request, request.version());
    }

    @GET
    @Operation(operationId = "listResourceRequests", summary = "List resource requests",
            description = "Paged; filter by project, status and priority; sort by startDate, createdAt or "
                    + "priority (default: startDate).")
    @APIResponse(responseCode = "200", description = "One page of requests",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Requests matching the filter") },
            content = @Content(schema = @Schema(implementation = ResourceRequestPage.class)))
    public Response list(@BeanParam @Valid PageRequest page, @QueryParam("projectId") UUID projectId,
            @QueryParam("status") ResourceRequest.Status status, @QueryParam("priority") Priority priority,
            @Context UriInfo uri) {
        return Paging.ok(demand.list(projectId, status, priority, page), uri);
    }

    @GET
    @Path("/{requestId}/candidates")
    @Operation(operationId = "listResourceRequestCandidates", summary = "People who could fulfil the request",
            description = "Active people holding the skill at the minimum level or above, ranked by score: half "
                    + "their availability over the range (capacity minus HARD bookings), half their skill level.")
    @APIResponse(responseCode = "200", description = "Candidates, best first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Candidate.class)))
    public List<Candidate> candidates(@PathParam("requestId") UUID id,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50)
            @Parameter(description = "How many candidates, 1 to 50") int limit) {
        return demand.candidates(id, limit);
    }

    @POST
    @Path("/{requestId}/fulfilment")
    @Operation(operationId = "fulfilResourceRequest", summary = "Fulfil a request with a person",
            description = "Allocates the person to the request's project for its range and load (HARD unless "
                    + "told SOFT); the request becomes FULFILLED and names the allocation.")
    @APIResponse(responseCode = "200", description = "The fulfilled request",
            content = @Content(schema = @Schema(implementation = ResourceRequestView.class)))
    @APIResponse(responseCode = "403", description = "Neither a resource manager nor the project's manager")
    @APIResponse(responseCode = "409", description = "Fulfilled already (request-fulfilled), or the person is "
            + "inactive (resource-inactive) or the project ended (project-ended)")
    public ResourceRequestView fulfil(@PathParam("requestId") UUID id, FulfilRequest body) {
        UUID project = demand.find(id).map(ResourceRequestView::projectId)
                .orElseThrow(() -> new ProblemException.NotFound("resource request", id));
        demand.requireRequester(project);
        validate(body);
        return demand.fulfil(id, body).orElseThrow(() -> new ProblemException.NotFound("resource request", id));
    }

    private <T> void validate(T body) {
        if (body == null) {
            throw new ProblemException.Unprocessable("body", "must not be null");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
