package io.implementa.project.stakeholder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The stakeholder payloads of the REST API. */
public final class StakeholderApi {

    private StakeholderApi() {
    }

    static final int MAX_ASSIGNMENTS = 100;

    @Schema(name = "CreateStakeholderRequest", description = "A stakeholder. Communication preferences default to "
            + "EMAIL, WEEKLY, [STATUS_REPORTS], UTC and en. Link them to a project member with memberId, or with "
            + "memberSubject (linked when a member has that subject, else kept as their identity).")
    public record CreateStakeholderRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Carmen Ruiz") String name,
            @NotBlank @Email @Size(max = 320) @Schema(example = "carmen.ruiz@example.com") String email,
            @Size(max = 200) @Schema(example = "Finance") String organisation,
            @Size(max = 200) @Schema(description = "Role or title", example = "CFO") String role,
            @NotNull @Schema(example = "HIGH") Level influence,
            @NotNull @Schema(example = "MEDIUM") Level interest,
            @Size(max = MAX_ASSIGNMENTS) List<@NotNull @Valid RaciAssignment> raci,
            @Schema(description = "EMAIL when absent", example = "EMAIL") CommunicationChannel preferredChannel,
            @Schema(description = "WEEKLY when absent", example = "WEEKLY") UpdateFrequency frequency,
            @Schema(description = "[STATUS_REPORTS] when absent") Set<@NotNull NotificationKind> notifications,
            @TimeZoneId @Schema(description = "IANA time zone id; UTC when absent", example = "Europe/Madrid")
            String timeZone,
            @LanguageTag @Schema(description = "BCP 47 language tag; en when absent", example = "es-ES") String locale,
            @Schema(description = "The project member this stakeholder is") UUID memberId,
            @Size(max = 200) @Schema(description = "Their identity provider subject", example = "a1b2c3d4-0007")
            String memberSubject) {
    }

    /** A merge patch: absent fields stay, null clears an optional field; lists and sets are replaced whole. */
    @Schema(name = "UpdateStakeholderRequest")
    public record UpdateStakeholderRequest(
            Optional<@NotBlank @Size(max = 200) String> name,
            Optional<@NotBlank @Email @Size(max = 320) String> email,
            Optional<@Size(max = 200) String> organisation,
            Optional<@Size(max = 200) String> role,
            Optional<Level> influence,
            Optional<Level> interest,
            Optional<@Size(max = MAX_ASSIGNMENTS) List<@NotNull @Valid RaciAssignment>> raci,
            Optional<CommunicationChannel> preferredChannel,
            Optional<UpdateFrequency> frequency,
            Optional<Set<@NotNull NotificationKind>> notifications,
            Optional<@TimeZoneId String> timeZone,
            Optional<@LanguageTag String> locale,
            Optional<UUID> memberId,
            Optional<@Size(max = 200) String> memberSubject) {
    }

    @Schema(name = "Stakeholder")
    public record StakeholderView(
            UUID id,
            UUID projectId,
            String name,
            String email,
            String organisation,
            @Schema(description = "Role or title") String role,
            Level influence,
            Level interest,
            List<RaciAssignment> raci,
            CommunicationChannel preferredChannel,
            UpdateFrequency frequency,
            List<NotificationKind> notifications,
            String timeZone,
            String locale,
            @Schema(description = "The linked project member, if any") UUID memberId,
            @Schema(description = "Their identity provider subject, when known") String memberSubject,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Entity version; the ETag carries the same value") long version) {

        static StakeholderView of(Stakeholder s) {
            return new StakeholderView(s.id, s.projectId, s.name, s.email, s.organisation, s.role, s.influence,
                    s.interest, List.copyOf(s.raci), s.preferredChannel, s.frequency, sorted(s.notifications),
                    s.timeZone, s.locale, s.memberId, s.memberSubject, s.createdAt, s.updatedAt, s.version);
        }
    }

    static List<NotificationKind> sorted(Set<NotificationKind> kinds) {
        return kinds.stream().sorted(Comparator.naturalOrder()).toList();
    }

    @Schema(name = "StakeholderPage")
    public record StakeholderPage(List<StakeholderView> items, int page, int size, long totalItems, int totalPages) {
    }
}
