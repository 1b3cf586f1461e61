package io.implementa.project.deliverable;

import java.util.UUID;

/**
 * Decides who may accept or reject a deliverable: an accountable stakeholder. The stakeholder register
 * (RACI per deliverable) provides the real answer by declaring a bean of this type; until then
 * {@link ProjectRoleAcceptanceAuthority} stands in. Admins are let through before this is asked.
 */
public interface AcceptanceAuthority {

    /** Whether the person with this subject may decide on the deliverable's acceptance. */
    boolean mayAccept(UUID projectId, UUID deliverableId, String subject);
}
