package io.implementa.resource.allocation;

import io.implementa.resource.allocation.AllocationApi.OverAllocationView;
import io.implementa.resource.allocation.AllocationApi.UtilisationView;
import io.implementa.resource.capacity.Granularity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A resource's utilisation across all projects and its current over-allocations. */
@Path("/api/v1/resources/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allocations")
public class UtilisationResource {

    private final UtilisationService utilisation;
    private final LevelingService leveling;

    public UtilisationResource(UtilisationService utilisation, LevelingService leveling) {
        this.utilisation = utilisation;
        this.leveling = leveling;
    }

    @GET
    @Path("/utilisation")
    @Operation(operationId = "getUtilisation", summary = "Utilisation per period across all projects",
            description = "Capacity, hours booked HARD and SOFT, and hard utilisation in percent for each day, ISO "
                    + "week or month of from..to (inclusive, at most 2 years; default: 28 days from today).")
    @APIResponse(responseCode = "200", description = "Utilisation per period",
            content = @Content(schema = @Schema(implementation = UtilisationView.class)))
    public UtilisationView utilisation(@PathParam("id") UUID resourceId,
            @QueryParam("from") @Parameter(description = "First day; today when absent", example = "2027-03-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "Last day; 27 days after from when absent", example = "2027-03-28") LocalDate to,
            @QueryParam("granularity") @Parameter(description = "DAY, WEEK (default) or MONTH") Granularity granularity) {
        return utilisation.utilisation(resourceId, from, to, granularity);
    }

    @GET
    @Path("/over-allocations")
    @Operation(operationId = "listOverAllocations", summary = "The resource's open over-allocations",
            description = "Periods in which its HARD allocations exceed its capacity, earliest first, with the "
                    + "overlapping allocations and their projects.")
    @APIResponse(responseCode = "200", description = "Open over-allocation episodes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OverAllocationView.class)))
    public List<OverAllocationView> overAllocations(@PathParam("id") UUID resourceId) {
        return utilisation.openOverAllocations(resourceId);
    }

    @GET
    @Path("/over-allocations/{episodeId}/suggestions")
    @Operation(operationId = "suggestLeveling", summary = "Ways to resolve an open over-allocation",
            description = "Suggestions only, nothing is changed: REASSIGN an overlapping allocation to another "
                    + "active person who holds one of this person's catalogue skills at their level or above and "
                    + "has free capacity in the period (up to 5 per allocation, most free hours first), or SHIFT a "
                    + "non-critical task allocation later within its total float by the fewest working days that "
                    + "clear the period. `resolves` says whether the suggestion alone removes the overload from "
                    + "the period; those come first. Applying one is an ordinary change: release and re-create "
                    + "the allocation, or move the task in the project-service.")
    @APIResponse(responseCode = "200", description = "The suggestions",
            content = @Content(schema = @Schema(implementation = LevelingService.Suggestions.class)))
    @APIResponse(responseCode = "409", description = "The over-allocation is resolved already (over-allocation-resolved)")
    public LevelingService.Suggestions suggestions(@PathParam("id") UUID resourceId,
            @PathParam("episodeId") UUID episodeId) {
        return leveling.suggest(resourceId, episodeId);
    }
}
