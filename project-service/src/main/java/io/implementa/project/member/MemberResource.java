package io.implementa.project.member;

import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.Paging;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ReadsProject;
import io.implementa.project.member.MemberApi.AddMemberRequest;
import io.implementa.project.member.MemberApi.ChangeMemberRoleRequest;
import io.implementa.project.member.MemberApi.MemberHistoryPage;
import io.implementa.project.member.MemberApi.MemberPage;
import io.implementa.project.member.MemberApi.MemberView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Project membership over HTTP. */
@Path("/api/v1/projects/{projectId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Who belongs to a project, and in which role")
@ReadsProject
public class MemberResource {

    private final MemberService members;

    public MemberResource(MemberService members) {
        this.members = members;
    }

    @POST
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "addMember", summary = "Add a member to a project")
    @APIResponse(responseCode = "201", description = "Added",
            headers = { @Header(name = "Location"), @Header(name = "ETag") },
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "Already a member, or the project is closed")
    public Response add(@PathParam("projectId") UUID projectId, @NotNull @Valid AddMemberRequest request,
            @Context UriInfo uri) {
        MemberView member = members.add(projectId, request)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
        return Responses.created(uri, member.id(), member.version(), member);
    }

    @GET
    @Operation(operationId = "listMembers", summary = "List a project's members",
            description = "Paged; filter by role; sort by name, role or addedAt.")
    @APIResponse(responseCode = "200", description = "One page of members",
            content = @Content(schema = @Schema(implementation = MemberPage.class)))
    public Response list(@PathParam("projectId") UUID projectId, @BeanParam @Valid PageRequest page,
            @QueryParam("role") ProjectRole role, @Context UriInfo uri) {
        return Paging.ok(members.list(projectId, role, page)
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId)), uri);
    }

    @GET
    @Path("/{memberId}")
    @Operation(operationId = "getMember", summary = "Read a membership")
    @APIResponse(responseCode = "200", description = "The membership", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    public Response get(@PathParam("projectId") UUID projectId, @PathParam("memberId") UUID memberId) {
        MemberView member = members.find(projectId, memberId)
                .orElseThrow(() -> new ProblemException.NotFound("member", memberId));
        return Responses.tagged(member, member.version());
    }

    @GET
    @Path("/{memberId}/history")
    @Operation(operationId = "getMemberHistory", summary = "A membership's change history",
            description = "Every committed change of the membership (added, role changed, removed): who made it, "
                    + "when, and the membership as it was afterwards. Still readable after the member was "
                    + "removed. Newest first (sort=revision for oldest first); paged.")
    @APIResponse(responseCode = "200", description = "One page of the membership's history",
            headers = { @Header(name = "Link", description = "first, prev, next and last pages"),
                    @Header(name = "X-Total-Count", description = "Revisions in the history") },
            content = @Content(schema = @Schema(implementation = MemberHistoryPage.class)))
    public Response history(@PathParam("projectId") UUID projectId, @PathParam("memberId") UUID memberId,
            @BeanParam @Valid PageRequest page, @Context UriInfo uri) {
        return Paging.ok(members.history(projectId, memberId, page)
                .orElseThrow(() -> new ProblemException.NotFound("member", memberId)), uri);
    }

    @PATCH
    @ChangesProject(ProjectRole.MANAGER)
    @Path("/{memberId}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "changeMemberRole", summary = "Change a member's role",
            description = "Requires If-Match. The last manager cannot be demoted.")
    @APIResponse(responseCode = "200", description = "The changed membership", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    public Response changeRole(@PathParam("projectId") UUID projectId, @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ChangeMemberRoleRequest request) {
        MemberView member = members.changeRole(projectId, memberId, IfMatch.of(ifMatch), request.role())
                .orElseThrow(() -> new ProblemException.NotFound("member", memberId));
        return Responses.tagged(member, member.version());
    }

    @DELETE
    @ChangesProject(ProjectRole.MANAGER)
    @Path("/{memberId}")
    @Operation(operationId = "removeMember", summary = "Remove a member",
            description = "The last manager cannot be removed.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("projectId") UUID projectId, @PathParam("memberId") UUID memberId) {
        if (!members.remove(projectId, memberId)) {
            throw new ProblemException.NotFound("member", memberId);
        }
        return Response.noContent().build();
    }
}
