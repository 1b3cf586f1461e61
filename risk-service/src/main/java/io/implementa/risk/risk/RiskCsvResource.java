package io.implementa.risk.risk;

import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.Caller;
import io.implementa.platform.security.ChangesProject;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.security.ReadsProject;
import io.implementa.risk.register.RiskRegister;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's risk register as a spreadsheet: exported, and imported all or nothing. */
@Path("/api/v1/projects/{projectId}")
@Tag(name = "Import and export", description = "The risk register exchanged with spreadsheets (CSV)")
@ReadsProject
public class RiskCsvResource {

    private final RiskCsvImport imports;

    public RiskCsvResource(RiskCsvImport imports) {
        this.imports = imports;
    }

    @GET
    @Path("/risks.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportRisksCsv", summary = "Export the risks as CSV",
            description = "RFC 4180, UTF-8, header row, one row per risk in key order, auto-raised and closed risks "
                    + "included; the columns are listed in docs/integrations.md. The file imports back through "
                    + "POST .../imports/risks-csv.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"<key>-risks.csv\""),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response exportRisksCsv(@PathParam("projectId") UUID projectId) {
        RiskRegister register = RiskRegister.<RiskRegister>findByIdOptional(projectId)
                .orElseThrow(() -> new ProblemException.NotFound("risk register of project", projectId));
        List<RiskApi.RiskView> risks = Risk.<Risk>list("projectId", Sort.by("number"),
                projectId).stream().map(RiskApi.RiskView::of).toList();
        return Response.ok(RiskCsv.write(risks), "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + register.projectKey + "-risks.csv\"")
                .build();
    }

    @POST
    @Path("/imports/risks-csv")
    @Consumes(MediaType.WILDCARD) // the body is the file; clients send it as text/csv
    @Produces(MediaType.APPLICATION_JSON)
    @ChangesProject({ ProjectRole.MANAGER, ProjectRole.SPONSOR, ProjectRole.MEMBER, ProjectRole.STAKEHOLDER })
    @Operation(operationId = "importRisksCsv", summary = "Import risks from CSV",
            description = "RFC 4180, UTF-8, with a header row naming the columns of docs/integrations.md (title, "
                    + "category, probability and impact required; key, status and computed columns are ignored). "
                    + "Each row identifies a risk as POST .../risks does (next key of the register, status "
                    + "IDENTIFIED, RiskIdentified announced); a row with assessment columns (kind and the three "
                    + "impacts, with response, residual and exposure optional) is then assessed as POST "
                    + ".../assessments does (ASSESSED, RiskAssessed). A row without owner columns is owned by the "
                    + "caller. "
                    + "All or nothing: every error is reported with its row (the header is row 1) and column, and "
                    + "nothing is imported while one remains. Those who may identify risks may import them; at "
                    + "most 1 MiB and 5000 rows.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, example = "title,category,probability,impact,ownerSubject,"
                    + "ownerEmail,ownerName\nInterface spec late,INTEGRATION,3,4,a1b2,ana@example.com,Ana Ruiz\n")))
    @APIResponse(responseCode = "200", description = "Imported",
            content = @Content(schema = @Schema(implementation = RiskImportReport.class)))
    @APIResponse(responseCode = "403", description = "The caller is a viewer of the project, who may not identify risks")
    @APIResponse(responseCode = "409", description = "The project's risk register is closed (register-closed)")
    @APIResponse(responseCode = "413", description = "The file is larger than 1 MiB (csv-too-large)")
    @APIResponse(responseCode = "422", description = "Rows refused: errors[].field is 'row N, column C', and "
            + "rowErrors lists {row, column, message}; or a project this service does not know (unknown-project)")
    public RiskImportReport importRisksCsv(@PathParam("projectId") UUID projectId, InputStream body) {
        return imports.importCsv(projectId, utf8(body));
    }

    private static String utf8(InputStream body) {
        if (body == null) {
            throw new ProblemException.Unprocessable("body", "the CSV file is missing");
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(RiskCsv.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ProblemException(400, "unreadable-body", "Unreadable body", "the CSV file could not be read");
        }
        if (bytes.length > RiskCsv.MAX_BYTES) {
            throw new ProblemException(413, "csv-too-large", "CSV file too large",
                    "CSV files are limited to " + RiskCsv.MAX_BYTES + " bytes");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException.Unprocessable("body", "the CSV file must be UTF-8");
        }
    }

    @Schema(name = "RiskImportReport", description = "The risks a CSV import identified, in the file's order")
    public record RiskImportReport(UUID projectId, @Schema(example = "2") int risksImported,
            List<ImportedRisk> risks) {
    }

    @Schema(name = "ImportedRisk")
    public record ImportedRisk(@Schema(description = "The row of the file (the header is row 1)", example = "2") int row,
            UUID id, @Schema(example = "ERP-2027-R-004") String key, String title) {
    }

    /** Checks the whole file, then identifies its risks in one transaction. */
    @ApplicationScoped
    public static class RiskCsvImport {

        private final RiskService risks;
        private final Caller caller;
        private final Validator validator;

        public RiskCsvImport(RiskService risks, Caller caller, Validator validator) {
            this.risks = risks;
            this.caller = caller;
            this.validator = validator;
        }

        @Transactional
        public RiskImportReport importCsv(UUID projectId, String text) {
            List<RiskCsv.Row> rows = RiskCsv.read(text, caller.person(), validator);
            RiskRegister register = RiskRegister.findForUpdate(projectId)
                    .orElseThrow(() -> RiskService.unknownProject(projectId));
            register.requireOpen();
            List<ImportedRisk> imported = rows.stream()
                    .map(row -> {
                        RiskApi.RiskView risk = risks.identify(projectId, row.request(), caller.person());
                        if (row.assessment() != null) {
                            risk = risks.assessIdentified(projectId, risk.id(), row.assessment(), caller.person(),
                                    "assessed on CSV import");
                        }
                        return new ImportedRisk(row.line(), risk.id(), risk.key(), risk.title());
                    })
                    .toList();
            return new RiskImportReport(projectId, imported.size(), imported);
        }
    }
}
