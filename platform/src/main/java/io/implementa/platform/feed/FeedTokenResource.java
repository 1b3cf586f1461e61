package io.implementa.platform.feed;

import io.implementa.platform.config.PlatformConfig;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.security.Caller;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Managing one's own feed tokens: create (the answer carries the feed URL with its secret, once), list (without
 * secrets), revoke. A service that serves calendar feeds extends it with {@code @Path("/api/v1/feed-tokens")} and a
 * {@code @Tag}, and says where its feeds are ({@link #feedPath(FeedScope, UUID)}); these routes take a bearer token
 * like every other.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class FeedTokenResource {

    @Inject
    FeedTokens tokens;

    @Inject
    Caller caller;

    @Inject
    PlatformConfig config;

    /** The path of this service's feed for the scope, e.g. {@code /api/v1/feeds/projects/<id>/milestones.ics}. */
    protected abstract String feedPath(FeedScope scope, UUID projectId);

    @Schema(name = "CreateFeedTokenRequest")
    public record CreateFeedTokenRequest(
            @NotNull @Schema(description = "PROJECT: one project's feed; PERSON: your own items", example = "PROJECT")
            FeedScope scope,
            @Schema(description = "The project, for a PROJECT token (you must be a member); absent for PERSON",
                    example = "3f0c6a52-8a4e-4b8e-9d0a-1c2b3d4e5f60")
            UUID projectId,
            @Size(max = 200) @Schema(description = "Your note of where the token is used", example = "Outlook at work")
            String label) {
    }

    @Schema(name = "FeedToken", description = "A feed token as its owner sees it; the secret is never shown again")
    public record FeedTokenView(
            @Schema(example = "8b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d") UUID id,
            @Schema(example = "PROJECT") FeedScope scope,
            @Schema(description = "The project of a PROJECT token") UUID projectId,
            @Schema(example = "Outlook at work") String label,
            @Schema(description = "The feed's address without the token",
                    example = "https://pm.example.com/api/v1/feeds/projects/3f0c6a52-8a4e-4b8e-9d0a-1c2b3d4e5f60/milestones.ics")
            URI feedUrl,
            Instant createdAt,
            @Schema(description = "When a calendar last fetched the feed (to within ten minutes)") Instant lastUsedAt,
            @Schema(description = "Set once the token is revoked; it opens nothing after that") Instant revokedAt) {
    }

    @Schema(name = "IssuedFeedToken", description = "A new feed token: subscribe your calendar to subscriptionUrl")
    public record IssuedFeedTokenView(
            FeedTokenView token,
            @Schema(description = "The feed's address with the token: shown this once only, keep it like a password",
                    example = "https://pm.example.com/api/v1/feeds/projects/3f0c6a52-8a4e-4b8e-9d0a-1c2b3d4e5f60/milestones.ics?token=q3Xl…")
            URI subscriptionUrl) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createFeedToken", summary = "Create a calendar feed token",
            description = "Creates a token for one of this service's calendar feeds: a project's (you must be a "
                    + "member of it) or your own items'. The answer carries the subscription URL with the token's "
                    + "secret; it is shown only this once. The feed answers while the token is unrevoked and, for a "
                    + "project feed, while you stay a member of the project.")
    @APIResponse(responseCode = "201", description = "Token created; subscribe a calendar to subscriptionUrl",
            content = @Content(schema = @Schema(implementation = IssuedFeedTokenView.class)))
    @APIResponse(responseCode = "404", description = "The project does not exist or you are not a member")
    @APIResponse(responseCode = "409", description = "You hold the most unrevoked tokens allowed")
    @APIResponse(responseCode = "422", description = "projectId missing for PROJECT, given for PERSON, or you read "
            + "the project by a global role only")
    public Response create(@NotNull @Valid CreateFeedTokenRequest request, @Context UriInfo uri) {
        FeedTokens.Issued issued = tokens.issue(caller.subject(), request.scope(), request.projectId(),
                request.label());
        FeedTokenView view = view(issued.token(), uri);
        URI subscription = URI.create(view.feedUrl() + "?token=" + issued.secret());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(new IssuedFeedTokenView(view, subscription)).build();
    }

    @GET
    @Operation(operationId = "listFeedTokens", summary = "List your feed tokens",
            description = "Your feed tokens in this service, newest first (sort=createdAt for oldest first), revoked "
                    + "ones included; never their secrets.")
    @APIResponse(responseCode = "200", description = "A page of your tokens",
            content = @Content(schema = @Schema(implementation = FeedTokenPage.class)))
    public PageView<FeedTokenView> list(@BeanParam @Valid PageRequest page, @Context UriInfo uri) {
        return tokens.of(caller.subject(), page).map(token -> view(token, uri));
    }

    @DELETE
    @Path("/{tokenId}")
    @Operation(operationId = "revokeFeedToken", summary = "Revoke a feed token",
            description = "The token's feed URL answers 404 from now on. Revoking a revoked token changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "You hold no such token")
    public void revoke(@PathParam("tokenId") UUID tokenId) {
        tokens.revoke(caller.subject(), tokenId);
    }

    private FeedTokenView view(FeedTokens.Token token, UriInfo uri) {
        String base = config.feed().publicUrl().orElse(uri.getBaseUri().toString()).replaceFirst("/+$", "");
        return new FeedTokenView(token.id(), token.scope(), token.projectId(), token.label(),
                URI.create(base + feedPath(token.scope(), token.projectId())), token.createdAt(), token.lastUsedAt(),
                token.revokedAt());
    }

    /** The list's schema, named for clients. */
    @Schema(name = "FeedTokenPage")
    public record FeedTokenPage(java.util.List<FeedTokenView> items, int page, int size, long totalItems,
            int totalPages) {
    }
}
