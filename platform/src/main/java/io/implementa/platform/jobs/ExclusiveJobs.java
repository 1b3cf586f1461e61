package io.implementa.platform.jobs;

import io.implementa.platform.audit.Actor;
import io.implementa.platform.audit.AuditActors;
import io.implementa.platform.support.Failures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/**
 * Runs a scheduled job on one instance at a time: the job runs in a transaction holding a
 * transaction-scoped PostgreSQL advisory lock named after it; an instance that cannot take the lock skips
 * this run. Work the job does through {@code @Transactional} methods joins that transaction; the audit history
 * records its changes as {@code system:<job name>}.
 */
@ApplicationScoped
public class ExclusiveJobs {

    /** Advisory lock class of jobs, apart from the outbox relay's. */
    private static final int LOCK_CLASS = 0x1D02;
    private static final Logger LOG = Logger.getLogger(ExclusiveJobs.class);

    private final EntityManager em;

    public ExclusiveJobs(EntityManager em) {
        this.em = em;
    }

    /** Runs the job unless another instance is running it; returns whether this instance ran it. */
    public boolean runExclusively(String jobName, Runnable job) {
        try {
            return AuditActors.as(Actor.system(jobName, null), () -> QuarkusTransaction.requiringNew().call(() -> {
                Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1, hashtext(?2))")
                        .setParameter(1, LOCK_CLASS)
                        .setParameter(2, jobName)
                        .getSingleResult();
                if (!Boolean.TRUE.equals(locked)) {
                    return false;
                }
                job.run();
                return true;
            }));
        } catch (RuntimeException e) {
            // An outage of the database is expected now and then; the next run catches up.
            if (Failures.isDatabaseUnavailable(e)) {
                LOG.warnf("job %s skipped, the database is unavailable: %s", jobName, Failures.describe(e));
                return false;
            }
            throw e;
        }
    }
}
