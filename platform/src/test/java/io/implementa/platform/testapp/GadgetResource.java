package io.implementa.platform.testapp;

import io.implementa.platform.audit.AuditHistory;
import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Sorting;
import io.implementa.platform.outbox.Outbox;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;

/** Test endpoints over the platform mechanisms; names steer failures ("rollback", "slow", "boom"). */
@Path("/api/v1/gadgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GadgetResource {

    private final Outbox outbox;
    private final AuditHistory history;

    public GadgetResource(Outbox outbox, AuditHistory history) {
        this.outbox = outbox;
        this.history = history;
    }

    public record CreateGadget(@NotBlank @Size(max = 100) String name, @NotNull Integer weight,
            java.util.List<@NotBlank String> tags, java.util.List<@Valid Part> parts) {
    }

    public record Part(@NotBlank String label) {
    }

    public record RenameGadget(@NotBlank @Size(max = 100) String name) {
    }

    public record GadgetView(UUID id, String name, long version) {
        static GadgetView of(Gadget g) {
            return new GadgetView(g.id, g.name, g.version);
        }
    }

    @POST
    @Transactional
    public Response create(@NotNull @Valid CreateGadget request, @Context UriInfo uri) throws InterruptedException {
        if (request.name().startsWith("slow")) {
            Thread.sleep(1500);
        }
        if (request.name().equals("boom")) {
            throw new IllegalStateException("secret internal detail");
        }
        if (Gadget.count("name", request.name()) > 0) {
            throw new ProblemException.Conflict("duplicate", "Duplicate", "gadget " + request.name() + " exists");
        }
        Gadget gadget = new Gadget();
        gadget.id = UUID.randomUUID();
        gadget.name = request.name();
        gadget.persistAndFlush();
        outbox.publish(gadget.id, gadget.id, new GadgetCreated(gadget.id, gadget.name));
        if (request.name().startsWith("rollback")) {
            throw new ProblemException.Unprocessable("name", "rolled back after writing the event");
        }
        return Response.created(uri.getAbsolutePathBuilder().path(gadget.id.toString()).build())
                .tag(IfMatch.etag(gadget.version))
                .entity(GadgetView.of(gadget))
                .build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        Gadget gadget = Gadget.<Gadget>findByIdOptional(id).orElseThrow(() -> new ProblemException.NotFound("gadget", id));
        return Response.ok(GadgetView.of(gadget)).tag(IfMatch.etag(gadget.version)).build();
    }

    @PATCH
    @Path("/{id}")
    @Transactional
    public Response rename(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RenameGadget request) {
        Gadget gadget = Gadget.<Gadget>findByIdOptional(id).orElseThrow(() -> new ProblemException.NotFound("gadget", id));
        IfMatch.of(ifMatch).check(gadget.version);
        gadget.name = request.name();
        gadget.flush();
        return Response.ok(GadgetView.of(gadget)).tag(IfMatch.etag(gadget.version)).build();
    }

    @GET
    @Path("/{id}/history")
    public Response history(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page, @Context UriInfo uri) {
        return Paging.ok(history.of(Gadget.class, id, page)
                .orElseThrow(() -> new ProblemException.NotFound("gadget", id)), uri);
    }

    @POST
    @Path("/{id}/touches")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response touch(@PathParam("id") UUID id) {
        Gadget gadget = Gadget.<Gadget>findByIdOptional(id).orElseThrow(() -> new ProblemException.NotFound("gadget", id));
        gadget.touches++;
        return Response.noContent().build();
    }

    @jakarta.ws.rs.DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@PathParam("id") UUID id) {
        Gadget gadget = Gadget.<Gadget>findByIdOptional(id).orElseThrow(() -> new ProblemException.NotFound("gadget", id));
        gadget.delete();
        return Response.noContent().build();
    }

    @GET
    public Response list(@BeanParam @Valid PageRequest page, @Context UriInfo uri) {
        Sort sort = Sorting.parse(page.sort, Map.of("name", "name"), Sort.by("name").and("id"));
        PageView<GadgetView> view = PageView.of(Gadget.findAll(sort), page, GadgetView::of);
        return Paging.ok(view, uri);
    }
}
