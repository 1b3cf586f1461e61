package io.implementa.project.template;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.implementa.project.gate.Gate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a template gives a project: gate checklist items, objective placeholders, deliverables, and the
 * sections other packages contribute through {@link TemplateSection} (the scheduling issue's starter WBS).
 * Stored as one JSON document; unknown members are ignored so that content written by a newer version
 * still reads.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "TemplateContent")
public record TemplateContent(
        @Schema(description = "Open checklist items per gate") List<ChecklistEntry> checklists,
        @Schema(description = "Objectives the project starts with, as DRAFT placeholders") List<ObjectivePlaceholder> objectives,
        @Schema(description = "Deliverables the project starts with, as PLANNED without owner and due date")
        List<DeliverableBlueprint> deliverables,
        @Schema(type = SchemaType.OBJECT, description = "Further sections by name, applied by the package that owns "
                + "them (e.g. wbs)")
        Map<String, JsonNode> sections) {

    public TemplateContent {
        checklists = checklists == null ? List.of() : List.copyOf(checklists);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        deliverables = deliverables == null ? List.of() : List.copyOf(deliverables);
        sections = sections == null ? Map.of() : Map.copyOf(sections);
    }

    @Schema(name = "TemplateChecklistItem")
    public record ChecklistEntry(
            @Schema(example = "START_PLANNING") Gate gate,
            @Schema(example = "Project charter signed by the sponsor") String text) {
    }

    @Schema(name = "TemplateObjective", description = "An objective without values: the project sets baseline, "
            + "target and due date")
    public record ObjectivePlaceholder(
            @Schema(example = "Go live on the planned date") String title,
            String description,
            @Schema(example = "delay of go-live against the planned date") String metric,
            @Schema(example = "working days") String unit) {
    }

    @Schema(name = "TemplateDeliverable")
    public record DeliverableBlueprint(
            @Schema(example = "Data migration: reconcile") String name,
            String description,
            @Schema(example = "[\"Record counts reconcile per data object\"]") List<String> acceptanceCriteria) {

        public DeliverableBlueprint {
            acceptanceCriteria = acceptanceCriteria == null ? List.of() : List.copyOf(acceptanceCriteria);
        }
    }
}
