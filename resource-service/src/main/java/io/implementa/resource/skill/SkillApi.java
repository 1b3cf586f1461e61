package io.implementa.resource.skill;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payloads of the skills catalogue and of people's skill levels. */
public final class SkillApi {

    private SkillApi() {
    }

    @Schema(name = "CreateSkillRequest")
    public record CreateSkillRequest(
            @NotBlank @Size(max = 200) @Schema(example = "SAP FI configuration") String name,
            @NotBlank @Size(max = 200) @Schema(example = "ERP") String category,
            @Size(max = 2000) @Schema(example = "Configuring the financial accounting module") String description) {
    }

    /** A merge patch: absent fields stay; description may be cleared with null. */
    @Schema(name = "UpdateSkillRequest")
    public record UpdateSkillRequest(
            Optional<@NotBlank @Size(max = 200) String> name,
            Optional<@NotBlank @Size(max = 200) String> category,
            Optional<@Size(max = 2000) String> description) {
    }

    @Schema(name = "Skill")
    public record SkillView(UUID id, @Schema(example = "SAP FI configuration") String name,
            @Schema(example = "ERP") String category, String description, Instant createdAt, Instant updatedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static SkillView of(Skill s) {
            return new SkillView(s.id, s.name, s.category, s.description, s.createdAt, s.updatedAt, s.version);
        }
    }

    @Schema(name = "SkillPage")
    public record SkillPage(List<SkillView> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(name = "SetSkillLevelRequest")
    public record SetSkillLevelRequest(
            @NotNull @Min(1) @Max(5) @Schema(description = "1 (novice) to 5 (expert)", example = "4") Integer level,
            @Size(max = 200) @Schema(example = "SAP Certified Application Associate") String certification,
            @Schema(description = "When the certification expires; needs a certification", example = "2028-06-30")
            LocalDate certificationExpiry) {
    }

    @Schema(name = "ResourceSkill")
    public record ResourceSkillView(UUID resourceId, UUID skillId,
            @Schema(example = "SAP FI configuration") String skillName, @Schema(example = "ERP") String category,
            @Schema(example = "4") int level, String certification, LocalDate certificationExpiry,
            Instant updatedAt, long version) {

        static ResourceSkillView of(ResourceSkill held, Skill skill) {
            return new ResourceSkillView(held.key.resourceId(), held.key.skillId(), skill.name, skill.category,
                    held.level, held.certification, held.certificationExpiry, held.updatedAt, held.version);
        }
    }
}
