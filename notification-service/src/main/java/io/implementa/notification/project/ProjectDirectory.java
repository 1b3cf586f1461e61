package io.implementa.notification.project;

import io.implementa.notification.project.DirectoryEvents.RecipientDirectoryUpdated;
import io.implementa.notification.project.ProjectApi.ProjectRecipientView;
import io.implementa.notification.project.ProjectApi.ProjectView;
import io.implementa.notification.project.ProjectEvents.ProjectState;
import io.implementa.notification.recipient.Recipient;
import io.implementa.notification.recipient.RecipientApi.RecipientView;
import io.implementa.notification.recipient.RecipientService;
import io.implementa.platform.http.PageRequest;
import io.implementa.platform.http.PageView;
import io.implementa.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The projects this service knows and who is who in each: kept current from the project-service's events,
 * so that notifications can name a project and find its people without asking the project-service.
 */
@ApplicationScoped
public class ProjectDirectory {

    private final RecipientService recipients;
    private final Outbox outbox;
    private final EntityManager em;
    private final Clock clock;

    public ProjectDirectory(RecipientService recipients, Outbox outbox, EntityManager em, Clock clock) {
        this.recipients = recipients;
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
    }

    /**
     * Records a new project, links its sponsor and manager, and announces the directory that was built. A
     * ProjectCreated of a known project (a re-sync, or one arriving after an update) changes nothing: it carries
     * the project's first state, which later updates have already superseded.
     */
    @Transactional
    public void projectCreated(ProjectEvents.ProjectCreated event) {
        lockProject(event.projectId());
        if (Project.findByIdOptional(event.projectId()).isEmpty()) {
            recordNew(event);
        }
    }

    /**
     * Applies a project's new state and re-links its roles. A project not known yet is recorded from the update
     * and its directory announced, exactly as on its creation: the update carries the project's whole state.
     */
    @Transactional
    public void projectUpdated(ProjectEvents.ProjectUpdated event) {
        lockProject(event.projectId());
        Project.<Project>findByIdOptional(event.projectId()).ifPresentOrElse(
                project -> apply(project, event, clock.instant()),
                () -> recordNew(event));
    }

    public Optional<ProjectView> find(UUID projectId) {
        return Project.<Project>findByIdOptional(projectId).map(ProjectView::of);
    }

    /** A page of the project's recipients with their roles in it; empty if the project is not known. */
    public Optional<PageView<ProjectRecipientView>> recipients(UUID projectId, PageRequest page) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        PageView<RecipientView> found = recipients.listOfProject(projectId, page);
        Map<UUID, Set<ProjectRole>> roles = ProjectRecipient.rolesIn(projectId,
                found.items().stream().map(RecipientView::id).toList());
        return Optional.of(found.map(recipient -> new ProjectRecipientView(
                List.copyOf(roles.getOrDefault(recipient.id(), Set.of())), recipient)));
    }

    private void recordNew(ProjectState state) {
        Instant now = clock.instant();
        Project project = Project.firstHeardOf(state.projectId(), now);
        // Described before it is persisted: linking its people flushes, and their links reference it.
        project.describe(state.projectKey(), state.name(), state.status(), now);
        project.persist();
        long recipientCount = apply(project, state, now);
        outbox.publish(project.id, project.id, new RecipientDirectoryUpdated(project.id, project.key, recipientCount));
    }

    /** Returns how many different recipients the project has afterwards. */
    private long apply(Project project, ProjectState state, Instant now) {
        project.describe(state.projectKey(), state.name(), state.status(), now);
        Map<String, Recipient> people = recipients.enrol(List.of(state.sponsor(), state.manager()));
        ProjectRecipient.assign(project.id, ProjectRole.SPONSOR, people.get(state.sponsor().subject()).id);
        ProjectRecipient.assign(project.id, ProjectRole.MANAGER, people.get(state.manager().subject()).id);
        return ProjectRecipient.recipientCount(project.id);
    }

    /**
     * Serialises the transactions that may record the same project (a creation and an update consumed by two
     * instances), so that the second finds the first's project instead of failing on its primary key.
     */
    private void lockProject(UUID projectId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "project:" + projectId)
                .getSingleResult();
    }
}
