package io.implementa.project.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.implementa.project.project.Project;
import java.util.Optional;

/**
 * A part of a project template owned by another package, stored under {@link #name()} in the template's
 * {@code sections}. Declare one as a CDI bean to take part: the scheduling issue adds the starter WBS
 * ("wbs") this way, without changing templates. Both methods run in the transaction that creates the
 * project or saves the template; they run after the checklists, objectives and deliverables are in place.
 */
public interface TemplateSection {

    /** The key of the section in the template content, e.g. {@code wbs}. */
    String name();

    /** Gives the freshly created project what the section describes. */
    void apply(Project project, JsonNode section);

    /** What of the project goes into a template saved from it; empty to leave the section out. */
    Optional<JsonNode> capture(Project project);
}
