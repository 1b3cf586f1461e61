package io.implementa.project.closure;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.project.closure.ClosureApi.LessonHitPage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lessons learned across projects, for anyone signed in: what one implementation learned is found by the
 * next. Visibility is decided per lesson by the service, not per project by an annotation.
 */
@Path("/api/v1/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Closure")
public class LessonSearchResource {

    private final LessonService lessons;

    public LessonSearchResource(LessonService lessons) {
        this.lessons = lessons;
    }

    @GET
    @Operation(operationId = "searchLessons", summary = "Search lessons learned across projects",
            description = "Every shareable lesson of every project, plus the other lessons of the projects the caller "
                    + "may see. `q` matches words of the description and recommendation as prefixes, all of them "
                    + "required (`migrat` finds \"migration\"); hits come by relevance, or by `sort` (createdAt, "
                    + "category, projectKey). Paged; each hit names its project's key and name.")
    @APIResponse(responseCode = "200", description = "One page of hits",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Lessons found") },
            content = @Content(schema = @Schema(implementation = LessonHitPage.class)))
    public Response search(@BeanParam @Valid PageRequest page,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Words to find", example = "data migration")
            String text,
            @QueryParam("category") LessonCategory category,
            @Context UriInfo uri) {
        return Paging.ok(lessons.search(text, category, page), uri);
    }
}
