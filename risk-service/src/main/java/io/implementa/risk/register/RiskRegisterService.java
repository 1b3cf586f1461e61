package io.implementa.risk.register;

import io.implementa.platform.outbox.Outbox;
import io.implementa.platform.people.PersonRef;
import io.implementa.risk.register.RiskRegisterApi.RiskRegisterView;
import io.implementa.risk.risk.RiskService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Use cases of the register: opened and kept current from project events, read over the API. */
@ApplicationScoped
public class RiskRegisterService {

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final RiskService risks;

    public RiskRegisterService(EntityManager em, Outbox outbox, Clock clock, RiskService risks) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.risks = risks;
    }

    /**
     * Closes the register of a project that was closed or cancelled: every risk not closed yet is closed with the
     * reason (announced as RiskClosed), and the register becomes read-only. A register closed already, or a
     * project this service never heard of, is left as it is.
     */
    @Transactional
    public void close(UUID projectId, PersonRef by, String reason) {
        lockProject(projectId);
        RiskRegister.findForUpdate(projectId).ifPresent(register -> {
            if (register.close(clock.instant())) {
                risks.closeAll(register, by, reason);
            }
        });
    }

    /**
     * Opens the project's register and announces it. A project that has a register already keeps it as it
     * is: a repeated or late announcement (a re-sync, a re-driven event, a creation arriving after an update)
     * is older than what the register holds.
     */
    @Transactional
    public void open(UUID projectId, String projectKey, String projectName, PersonRef manager) {
        lockProject(projectId);
        if (RiskRegister.findByIdOptional(projectId).isEmpty()) {
            openNew(projectId, projectKey, projectName, manager);
        }
    }

    /**
     * Takes over the project's current key, name and manager; a project without a register gets one, opened
     * and announced exactly as on its creation.
     */
    @Transactional
    public void describeOrOpen(UUID projectId, String projectKey, String projectName, PersonRef manager) {
        lockProject(projectId);
        RiskRegister.findForUpdate(projectId).ifPresentOrElse(
                register -> register.describe(projectKey, projectName, manager, clock.instant()),
                () -> openNew(projectId, projectKey, projectName, manager));
    }

    public Optional<RiskRegisterView> find(UUID projectId) {
        return RiskRegister.<RiskRegister>findByIdOptional(projectId).map(RiskRegisterView::of);
    }

    private void openNew(UUID projectId, String projectKey, String projectName, PersonRef manager) {
        RiskRegister register = RiskRegister.open(projectId, projectKey, projectName, manager, clock.instant());
        register.persistAndFlush();
        outbox.publish(projectId, projectId, RiskRegisterEvents.RiskRegisterOpened.of(register));
    }

    /**
     * Serialises the transactions that may open the same register (a creation and an update consumed by two
     * instances), so that the second finds the first's register instead of failing on its primary key.
     */
    private void lockProject(UUID projectId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "risk-register:" + projectId)
                .getSingleResult();
    }
}
