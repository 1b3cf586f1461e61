package io.implementa.notification.rule;

import io.implementa.notification.rule.RuleSettings.RuleChange;
import io.implementa.notification.rule.RuleSettings.RuleView;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's built-in notification rules: members read them, the manager and sponsor switch them. */
@Path("/api/v1/projects/{projectId}/rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "The built-in notification rules of a project, and switching them off or on")
public class RuleSettingsResource {

    private final RuleSettings settings;

    public RuleSettingsResource(RuleSettings settings) {
        this.settings = settings;
    }

    @GET
    @ReadsProject
    @Operation(operationId = "listProjectRules", summary = "List the built-in rules and whether each runs in the project",
            description = "The fixed catalogue of built-in rules (twelve), in catalogue order; not paged.")
    @APIResponse(responseCode = "200", description = "Every built-in rule with its state in the project",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RuleView.class)))
    public List<RuleView> list(@PathParam("projectId") UUID projectId) {
        return settings.list(projectId);
    }

    @PUT
    @Path("/{rule}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR })
    @Operation(operationId = "switchProjectRule", summary = "Switch a built-in rule off or on in the project",
            description = "Off, the rule tells nobody about the project's events (explicit subscriptions still "
                    + "deliver). Idempotent.")
    @APIResponse(responseCode = "200", description = "The rule's new state",
            content = @Content(schema = @Schema(implementation = RuleView.class)))
    public RuleView change(@PathParam("projectId") UUID projectId, @PathParam("rule") BuiltInRule rule,
            @Valid @NotNull RuleChange change) {
        return settings.change(projectId, rule, change.enabled());
    }
}
