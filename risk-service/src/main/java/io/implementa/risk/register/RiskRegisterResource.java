package io.implementa.risk.register;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.http.Responses;
import io.implementa.platform.security.ReadsProject;
import io.implementa.risk.register.RiskRegisterApi.RiskRegisterView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A project's risk register over HTTP. Registers are opened from project events, never over the API; only the
 * project's members (and global readers) see it.
 */
@Path("/api/v1/projects/{projectId}/risk-register")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Risk registers", description = "One risk register per project, opened when the project is created")
@ReadsProject
public class RiskRegisterResource {

    private final RiskRegisterService registers;

    public RiskRegisterResource(RiskRegisterService registers) {
        this.registers = registers;
    }

    @GET
    @Operation(operationId = "getRiskRegister", summary = "Read a project's risk register",
            description = "A register exists once this service has received the project's first event "
                    + "(ProjectCreated, or a ProjectUpdated if that comes first), normally well under a second "
                    + "after the project was created.")
    @APIResponse(responseCode = "200", description = "The register",
            headers = @Header(name = "ETag", description = "The register's version"),
            content = @Content(schema = @Schema(implementation = RiskRegisterView.class)))
    public Response get(@PathParam("projectId") UUID projectId) {
        RiskRegisterView register = registers.find(projectId)
                .orElseThrow(() -> new ProblemException.NotFound("risk register of project", projectId));
        return Responses.tagged(register, register.version());
    }
}
