package io.implementa.project.exchange;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.project.exchange.ExchangeApi.Comparison;
import io.implementa.project.exchange.ExchangeApi.ImportReport;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mpxj.ProjectFile;

/**
 * Plans from other tools into a project. The body is the file itself, of any declared content type
 * (MS Project saves MSPDI as XML; clients send it as application/xml or application/octet-stream).
 */
@Path("/api/v1/projects/{projectId}/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "Import and export", description = "Plans exchanged with MS Project (MSPDI) and spreadsheets (CSV)")
public class ImportResource {

    private final PlanImportService imports;
    private final ScheduleComparer comparer;
    private final ExchangeConfig config;

    public ImportResource(PlanImportService imports, ScheduleComparer comparer, ExchangeConfig config) {
        this.imports = imports;
        this.comparer = comparer;
        this.config = config;
    }

    @POST
    @Path("/mspdi")
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "importMspdi", summary = "Import an MS Project plan (MSPDI XML)",
            description = "Imports the plan into a project without tasks: the plan's start becomes the planned "
                    + "start, its calendar the project calendar; tasks with hierarchy, durations, milestones, "
                    + "constraints, deadlines and progress, and links of all four types with lags are created, then "
                    + "the project is rescheduled once; resources are matched with resource-service's by e-mail, "
                    + "else by unique name, and the assignments of matched ones to leaf tasks are created. The "
                    + "report lists everything not mapped. Project managers only; at most "
                    + "implementa.exchange.max-import-bytes (1 MiB).")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Imported; what was not mapped is in the report",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "409", description = "The project already has tasks (wbs-not-empty), is closed or "
            + "cancelled (project-not-editable), or the plan's links form a cycle (dependency-cycle)")
    @APIResponse(responseCode = "413", description = "The file is larger than the limit (plan-too-large)")
    @APIResponse(responseCode = "422", description = "Not a readable MSPDI file (unreadable-plan), or dates outside "
            + "what the scheduler supports")
    public ImportReport importMspdi(@PathParam("projectId") UUID projectId, InputStream body) {
        ProjectFile file = PlanFiles.readMspdi(PlanFiles.readLimited(body, config.maxImportBytes()));
        return imports.importInto(projectId, file, "MSPDI")
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
    }

    @POST
    @Path("/plan")
    @ChangesProject(ProjectRole.MANAGER)
    @Operation(operationId = "importPlan", summary = "Import a plan file of any format MPXJ reads",
            description = "Like importMspdi, but the format is recognised from the content: MS Project MSPDI and "
                    + ".mpp, Primavera XER and PMXML, and the other formats of MPXJ's universal reader (not the "
                    + "SQLite and Access based ones). The report's format names what was read. Project managers only.")
    @RequestBody(required = true, content = @Content(mediaType = "application/octet-stream",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Imported; what was not mapped is in the report",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "409", description = "The project already has tasks (wbs-not-empty), is closed or "
            + "cancelled (project-not-editable), or the plan's links form a cycle (dependency-cycle)")
    @APIResponse(responseCode = "413", description = "The file is larger than the limit (plan-too-large)")
    @APIResponse(responseCode = "422", description = "Not a plan file MPXJ can read (unreadable-plan)")
    public ImportReport importPlan(@PathParam("projectId") UUID projectId, InputStream body) {
        PlanFiles.Read read = PlanFiles.readAny(PlanFiles.readLimited(body, config.maxImportBytes()));
        return imports.importInto(projectId, read.file(), read.format())
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
    }

    @POST
    @Path("/mspdi/comparison")
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER })
    @Operation(operationId = "compareMspdi", summary = "Compare the schedule with an MS Project file",
            description = "Diagnostic: compares the project's schedule task by task (matched by outline number and "
                    + "name) with the Start, Finish, Early/Late Start/Finish, Total and Free Slack that MS Project "
                    + "saved in the file, and lists every difference. Changes nothing; open to those who may import.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(schema = @Schema(implementation = Comparison.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the limit (plan-too-large)")
    @APIResponse(responseCode = "422", description = "Not a readable MSPDI file (unreadable-plan)")
    public Comparison compareMspdi(@PathParam("projectId") UUID projectId, InputStream body) {
        ProjectFile file = PlanFiles.readMspdi(PlanFiles.readLimited(body, config.maxImportBytes()));
        return comparer.compare(projectId, file).orElseThrow(() -> new ProblemException.NotFound("project", projectId));
    }
    @POST
    @Path("/tasks-csv")
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.MEMBER })
    @Operation(operationId = "importTasksCsv", summary = "Import tasks from CSV",
            description = "RFC 4180, UTF-8, with a header row naming the columns of docs/integrations.md (outline and "
                    + "name required; computed columns such as start are ignored). All or nothing into a project "
                    + "without tasks: every error is reported with its row (the header is row 1) and column, and "
                    + "nothing is imported while one remains. The project is rescheduled once.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, example = "outline,name,duration,predecessors\n1,Design,3,\n"
                    + "2,Build,5,1FS+1\n")))
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "409", description = "The project already has tasks (wbs-not-empty) or is closed")
    @APIResponse(responseCode = "413", description = "The file is larger than the limit (plan-too-large)")
    @APIResponse(responseCode = "422", description = "Rows refused: errors[].field is 'row N, column C', and "
            + "rowErrors lists {row, column, message}")
    public ImportReport importTasksCsv(@PathParam("projectId") UUID projectId, InputStream body) {
        byte[] bytes = PlanFiles.readLimited(body, config.maxImportBytes());
        String text;
        try {
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ProblemException.Unprocessable("body", "the CSV file must be UTF-8");
        }
        return imports.importCsv(projectId, TaskCsv.read(text))
                .orElseThrow(() -> new ProblemException.NotFound("project", projectId));
    }
}
