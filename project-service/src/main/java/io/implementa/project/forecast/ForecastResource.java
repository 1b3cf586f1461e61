package io.implementa.project.forecast;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.forecast.ForecastApi.ForecastRequest;
import io.implementa.project.forecast.ForecastApi.ForecastView;
import io.smallrye.common.annotation.Blocking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Monte Carlo forecasts of a project's finish over HTTP. */
@Path("/api/v1/projects/{projectId}/forecasts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Forecasts", description = "Monte Carlo simulation of the schedule over three-point estimates")
@ReadsProject
public class ForecastResource {

    private final ForecastService forecasts;

    public ForecastResource(ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    /**
     * Blocking for the short read of the plan only; the simulation runs on the forecast executor and the
     * request worker is free again while it does.
     */
    @POST
    @Blocking
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER, ProjectRole.SPONSOR })
    @Operation(operationId = "runForecast", summary = "Forecast the project finish (Monte Carlo)",
            description = "Runs the schedule `iterations` times on the project's network and calendar, each task "
                    + "with a three-point estimate drawn from its distribution (PERT-beta by default, or "
                    + "TRIANGULAR) and rounded to whole working days (at least 1); other tasks keep their duration, "
                    + "started and done tasks their progress. Answers the P50/P80/P95 finish dates, the "
                    + "probability of finishing by `targetDate` and each task's criticality index. The same seed on "
                    + "the same plan gives the same answer. Nothing is stored. Managers, members and sponsors.")
    @APIResponse(responseCode = "200", description = "The forecast",
            content = @Content(schema = @Schema(implementation = ForecastView.class)))
    @APIResponse(responseCode = "422", description = "More iterations than allowed, or a target date out of range "
            + "(validation)")
    @APIResponse(responseCode = "503", description = "Too many forecasts running; Retry-After says when to retry")
    public CompletionStage<ForecastView> run(@PathParam("projectId") UUID projectId,
            @NotNull @Valid ForecastRequest request) {
        return forecasts.forecast(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
    }
}
