package io.implementa.risk.register;

import io.implementa.platform.audit.AuditedEntity;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.people.PersonRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

/**
 * A project's risk register: what this service knows of the project (from the project-service's events)
 * and the counter that numbers the project's risks.
 */
@Entity
@Table(name = "risk_register")
public class RiskRegister extends PanacheEntityBase implements AuditedEntity {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Column(name = "project_key", nullable = false)
    public String projectKey;

    @Column(name = "project_name", nullable = false)
    public String projectName;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "manager_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "manager_email"))
    @AttributeOverride(name = "name", column = @Column(name = "manager_name"))
    public PersonRef manager;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskRegisterStatus status;

    /**
     * Numbering a risk is not a change of the register itself, so it leaves the version (the register's ETag)
     * alone; every writer of this row locks it first, so no write is lost.
     */
    @OptimisticLock(excluded = true)
    @Column(name = "last_risk_number", nullable = false)
    public int lastRiskNumber;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    protected RiskRegister() {
    }

    /** A project's register, open and empty. */
    public static RiskRegister open(UUID projectId, String projectKey, String projectName, PersonRef manager,
            Instant now) {
        RiskRegister register = new RiskRegister();
        register.projectId = projectId;
        register.projectKey = projectKey;
        register.projectName = projectName;
        register.manager = manager;
        register.status = RiskRegisterStatus.OPEN;
        register.lastRiskNumber = 0;
        register.openedAt = now;
        register.updatedAt = now;
        return register;
    }

    /** The register locked until the transaction ends, so risks of one project are numbered one at a time. */
    public static Optional<RiskRegister> findForUpdate(UUID projectId) {
        return findByIdOptional(projectId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Takes over the project's current key, name and manager; returns whether any of them changed. */
    public boolean describe(String projectKey, String projectName, PersonRef manager, Instant now) {
        if (Objects.equals(this.projectKey, projectKey) && Objects.equals(this.projectName, projectName)
                && Objects.equals(this.manager, manager)) {
            return false;
        }
        this.projectKey = projectKey;
        this.projectName = projectName;
        this.manager = manager;
        this.updatedAt = now;
        return true;
    }

    /** A closed register is history: its risks can be read, not changed, and no new ones identified. */
    public void requireOpen() {
        if (status != RiskRegisterStatus.OPEN) {
            throw new ProblemException.Conflict("register-closed", "Risk register closed",
                    "the risk register of project " + projectKey + " is closed and takes no new risks or changes");
        }
    }

    /** Closes the register for good; returns false if it was closed already. */
    public boolean close(Instant now) {
        if (status == RiskRegisterStatus.CLOSED) {
            return false;
        }
        status = RiskRegisterStatus.CLOSED;
        updatedAt = now;
        return true;
    }

    /** Numbers the register's next risk; call it on a register found {@link #findForUpdate for update}. */
    public int nextRiskNumber() {
        lastRiskNumber++;
        return lastRiskNumber;
    }

    @Override
    public Object auditView() {
        return RiskRegisterApi.RiskRegisterView.of(this);
    }
}
