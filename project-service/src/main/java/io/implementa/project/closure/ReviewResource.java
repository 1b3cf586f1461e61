package io.implementa.project.closure;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.closure.ClosureApi.RecordReviewRequest;
import io.implementa.project.closure.ClosureApi.ReviewView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's post-implementation review over HTTP: one per project, recorded with PUT. */
@Path("/api/v1/projects/{projectId}/review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Closure", description = "Post-implementation review and lessons learned")
@ReadsProject
public class ReviewResource {

    private final ReviewService reviews;

    public ReviewResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GET
    @Operation(operationId = "getReview", summary = "Read the post-implementation review",
            description = "404 while none is recorded.")
    @APIResponse(responseCode = "200", description = "The review",
            headers = @Header(name = "ETag", description = "The review's version"),
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    public Response get(@PathParam("projectId") UUID projectId) {
        ReviewView review = reviews.find(projectId)
                .orElseThrow(() -> new ProblemException.NotFound("post-implementation review of project", projectId));
        return Responses.tagged(review, review.version());
    }

    @PUT
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR })
    @Operation(operationId = "recordReview", summary = "Record the post-implementation review",
            description = "Records the whole review, replacing what was there; the caller is named as its recorder. "
                    + "The first recording takes no If-Match (sending one is a 412: there is nothing to match); "
                    + "rewriting it requires the current ETag. Managers and sponsors.")
    @APIResponse(responseCode = "200", description = "The rewritten review",
            headers = @Header(name = "ETag", description = "The review's new version"),
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "201", description = "The review, recorded for the first time",
            headers = { @Header(name = "Location", description = "URL of the review"),
                    @Header(name = "ETag", description = "The review's version") },
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed or cancelled (project-not-editable)")
    public Response record(@PathParam("projectId") UUID projectId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag last read; only when rewriting",
                    example = "\"0\"") String ifMatch,
            @NotNull @Valid RecordReviewRequest request, @Context UriInfo uri) {
        ReviewService.Recorded recorded = reviews.record(projectId, IfMatch.of(ifMatch),
                        ifMatch != null && !ifMatch.isBlank(), request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        Response.ResponseBuilder answer = recorded.created()
                ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return answer.tag(IfMatch.etag(recorded.review().version())).entity(recorded.review()).build();
    }
}
