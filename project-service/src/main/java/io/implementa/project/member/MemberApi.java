package io.implementa.project.member;

import io.implementa.platform.audit.Actor;
import io.implementa.platform.audit.Change;
import io.implementa.platform.security.ProjectRole;
import io.implementa.platform.people.PersonRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The membership payloads of the REST API. */
public final class MemberApi {

    private MemberApi() {
    }

    @Schema(name = "AddMemberRequest")
    public record AddMemberRequest(@NotNull @Valid PersonRef person, @NotNull @Schema(example = "MEMBER") ProjectRole role) {
    }

    @Schema(name = "ChangeMemberRoleRequest")
    public record ChangeMemberRoleRequest(@NotNull @Schema(example = "VIEWER") ProjectRole role) {
    }

    @Schema(name = "Member")
    public record MemberView(UUID id, UUID projectId, PersonRef person, ProjectRole role, Instant addedAt, long version) {
        static MemberView of(ProjectMember m) {
            return new MemberView(m.id, m.projectId, m.person, m.role, m.addedAt, m.version);
        }
    }

    @Schema(name = "MemberPage")
    public record MemberPage(List<MemberView> items, int page, int size, long totalItems, int totalPages) {
    }

    /** A revision of a membership, named for the OpenAPI document (the platform's {@code Revision}, typed). */
    @Schema(name = "MemberRevision")
    public record MemberRevision(long revision, Instant at, Actor by, Change change,
            @Schema(description = "The membership as it was after the change") MemberView state) {
    }

    @Schema(name = "MemberHistoryPage")
    public record MemberHistoryPage(List<MemberRevision> items, int page, int size, long totalItems, int totalPages) {
    }
}
