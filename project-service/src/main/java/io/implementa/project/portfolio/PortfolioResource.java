package io.implementa.project.portfolio;

import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.project.portfolio.PortfolioApi.PortfolioPage;
import io.implementa.project.project.Phase;
import io.implementa.project.project.ProjectStatus;
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

/** The portfolio over HTTP: one line per project the caller may see. */
@Path("/api/v1/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portfolio", description = "All projects at a glance")
public class PortfolioResource {

    private final PortfolioService portfolio;

    public PortfolioResource(PortfolioService portfolio) {
        this.portfolio = portfolio;
    }

    @GET
    @Operation(operationId = "getPortfolio", summary = "Summarise the portfolio",
            description = "The projects the caller belongs to (all of them for admins and portfolio viewers), each "
                    + "with status, phase, phases under way, planned dates, manager, the next gate and whether it "
                    + "would pass now, and open deliverables. Paged; filter by status, phase and text; sort by key, name, "
                    + "status, phase, plannedStart or plannedEnd.")
    @APIResponse(responseCode = "200", description = "One page of the portfolio",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Projects matching the filter") },
            content = @Content(schema = @Schema(implementation = PortfolioPage.class)))
    public Response list(@BeanParam @Valid PageRequest page, @QueryParam("status") ProjectStatus status,
            @QueryParam("phase") Phase phase,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text in key or name") String text,
            @Context UriInfo uri) {
        return Paging.ok(portfolio.list(status, phase, text, page), uri);
    }
}
