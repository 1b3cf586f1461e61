package io.implementa.notification.delivery;

import io.implementa.notification.delivery.DeliveryApi.DeliveryDetailView;
import io.implementa.notification.delivery.DeliveryApi.DeliveryPage;
import io.implementa.notification.delivery.DeliveryApi.DeliveryView;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The delivery log over HTTP: list and read deliveries with their attempts, redeliver one. */
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries", description = "Every notification sent or being sent, with each attempt")
public class DeliveryResource {

    private final DeliveryService deliveries;

    public DeliveryResource(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Operation(operationId = "listDeliveries", summary = "List deliveries",
            description = "Admins see every delivery, others those of the recipients they may see. Paged; filter by "
                    + "project, recipient, status and event type; sort by createdAt, updatedAt or status (default: "
                    + "-createdAt).")
    @APIResponse(responseCode = "200", description = "One page of deliveries",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Deliveries matching the filter") },
            content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
    public Response list(@BeanParam @Valid PageRequest page,
            @QueryParam("projectId") UUID projectId,
            @QueryParam("recipientId") UUID recipientId,
            @QueryParam("status") DeliveryStatus status,
            @QueryParam("eventType") @Size(max = 200)
            @Parameter(description = "The type of the event notified about", example = "io.implementa.project.ProjectClosed")
            String eventType,
            @Context UriInfo uri) {
        return Paging.ok(deliveries.list(new DeliveryService.Filter(projectId, recipientId, status, eventType), page),
                uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDelivery", summary = "Read a delivery with its attempts",
            description = "Visible to whoever may see its recipient; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The delivery, what was sent and every attempt",
            content = @Content(schema = @Schema(implementation = DeliveryDetailView.class)))
    public DeliveryDetailView get(@PathParam("id") UUID id) {
        return deliveries.find(id).orElseThrow(() -> new ProblemException.NotFound("delivery", id));
    }

    @POST
    @Path("/{id}/redelivery")
    @Operation(operationId = "redeliverDelivery", summary = "Send a delivery again",
            description = "Queues a DELIVERED, FAILED or CANCELLED delivery again, under the same id (the same "
                    + "webhook-id), with a fresh retry schedule. Admins and whoever may change the recipient. Honours "
                    + "Idempotency-Key.")
    @APIResponse(responseCode = "202", description = "Queued; the delivery is PENDING again",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "403", description = "The caller sees the recipient but may not change it")
    @APIResponse(responseCode = "409", description = "The delivery is still PENDING (slug delivery-pending)")
    public Response redeliver(@PathParam("id") UUID id) {
        DeliveryView delivery = deliveries.redeliver(id).orElseThrow(() -> new ProblemException.NotFound("delivery", id));
        return Response.accepted(delivery).build();
    }
}
