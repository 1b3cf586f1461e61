package io.implementa.notification.recipient;

import io.implementa.platform.people.PersonRef;
import io.implementa.platform.security.Caller;
import io.implementa.platform.security.GlobalRole;
import io.implementa.platform.security.ProjectAccess;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which recipients the caller may see and change. A recipient is the business of whoever registered it, of the
 * person it describes, and of admins; the members of a project it is linked to see it too, as they do in the
 * project's directory. Anyone else is told it does not exist.
 */
@RequestScoped
public class RecipientAccess {

    private final Caller caller;
    private final ProjectAccess projects;
    private final EntityManager em;

    public RecipientAccess(Caller caller, ProjectAccess projects, EntityManager em) {
        this.caller = caller;
        this.projects = projects;
        this.em = em;
    }

    /** The subject recorded as the owner of what the caller registers. */
    public String owner() {
        return caller.subject();
    }

    public boolean maySee(Recipient recipient) {
        return mayChange(recipient) || isLinkedToVisibleProject(recipient.id);
    }

    /** Registrar, described person or admin; project members only look. */
    public boolean mayChange(Recipient recipient) {
        return caller.has(GlobalRole.ADMIN) || recipient.belongsTo(caller.subject());
    }

    /**
     * Someone may be put in the directory as a person by themselves or by an admin only: project events link the
     * person's notifications to that recipient, so anyone else could redirect them to an address of their own.
     */
    public void requireMayRegister(PersonRef person) {
        if (person != null && !caller.has(GlobalRole.ADMIN) && !caller.subject().equals(person.subject())) {
            throw ProjectAccess.forbidden("only the person themselves or an admin may register a recipient for "
                    + "person " + person.subject());
        }
    }

    public void requireMayChange(Recipient recipient) {
        if (!mayChange(recipient)) {
            throw ProjectAccess.forbidden("only whoever registered recipient " + recipient.id
                    + ", the person it describes or an admin may change it");
        }
    }

    /**
     * The query condition keeping a list of recipients to those the caller may see, adding its parameters; empty
     * for admins, who see every one.
     */
    Optional<String> visibleOnly(Parameters parameters) {
        if (caller.has(GlobalRole.ADMIN)) {
            return Optional.empty();
        }
        parameters.and("caller", caller.subject());
        String own = "ownerSubject = :caller or person.subject = :caller";
        Optional<Set<UUID>> visibleProjects = projects.visibleProjects();
        if (visibleProjects.isEmpty()) {
            return Optional.of("(" + own + " or id in (select link.id.recipientId from ProjectRecipient link))");
        }
        if (visibleProjects.get().isEmpty()) {
            return Optional.of("(" + own + ")");
        }
        parameters.and("visibleProjects", visibleProjects.get());
        return Optional.of("(" + own + " or id in (select link.id.recipientId from ProjectRecipient link "
                + "where link.id.projectId in :visibleProjects))");
    }

    private boolean isLinkedToVisibleProject(UUID recipientId) {
        List<UUID> linked = em.createQuery(
                        "select link.id.projectId from ProjectRecipient link where link.id.recipientId = :id", UUID.class)
                .setParameter("id", recipientId)
                .getResultList();
        Optional<Set<UUID>> visible = projects.visibleProjects();
        return visible.isEmpty() ? !linked.isEmpty() : linked.stream().anyMatch(visible.get()::contains);
    }
}
