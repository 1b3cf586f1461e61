package io.implementa.platform.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Runs a scheduled job on one instance at a time: the job runs in a transaction holding a
 * transaction-scoped PostgreSQL advisory lock named after it; an instance that cannot take the lock skips
 * this run. Work the job does through {@code @Transactional} methods joins that transaction.
 */
@ApplicationScoped
public class ExclusiveJobs {

    /** Advisory lock class of jobs, apart from the outbox relay's. */
    private static final int LOCK_CLASS = 0x1D02;

    private final EntityManager em;

    public ExclusiveJobs(EntityManager em) {
        this.em = em;
    }

    /** Runs the job unless another instance is running it; returns whether this instance ran it. */
    public boolean runExclusively(String jobName, Runnable job) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1, hashtext(?2))")
                    .setParameter(1, LOCK_CLASS)
                    .setParameter(2, jobName)
                    .getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return false;
            }
            job.run();
            return true;
        });
    }
}
