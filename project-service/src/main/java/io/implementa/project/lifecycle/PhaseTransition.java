package io.implementa.project.lifecycle;

import io.implementa.platform.people.PersonRef;
import io.implementa.project.gate.Gate;
import io.implementa.project.project.Phase;
import io.implementa.project.project.ProjectStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A gate a project passed: the phase it left and the one it entered, who passed it and when, and, when
 * criteria were unmet, the waiver that let it pass anyway. Written once, never changed.
 */
@Entity
@Table(name = "phase_transition")
public class PhaseTransition extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gate gate;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_phase", nullable = false)
    public Phase fromPhase;

    /** The phase after the gate; Closure again for CLOSE_PROJECT, which closes the project instead. */
    @Enumerated(EnumType.STRING)
    @Column(name = "to_phase", nullable = false)
    public Phase toPhase;

    /** The project's status after the gate. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStatus status;

    @Column(name = "passed_at", nullable = false)
    public Instant passedAt;

    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "by_subject"))
    @AttributeOverride(name = "email", column = @Column(name = "by_email"))
    @AttributeOverride(name = "name", column = @Column(name = "by_name"))
    public PersonRef by;

    @Column(nullable = false)
    public boolean waived;

    @Column(name = "waiver_reason")
    public String waiverReason;

    /** The ids of the criteria that did not hold and were waived. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "phase_transition_waived_criterion", joinColumns = @JoinColumn(name = "transition_id"))
    @OrderColumn(name = "position")
    @Column(name = "criterion_id", nullable = false)
    public List<String> waivedCriteria = new ArrayList<>();

    @Version
    public long version;

    protected PhaseTransition() {
    }

    static PhaseTransition passed(UUID projectId, Gate gate, Phase from, Phase to, ProjectStatus status, PersonRef by,
            Instant at) {
        PhaseTransition transition = new PhaseTransition();
        transition.id = UUID.randomUUID();
        transition.projectId = projectId;
        transition.gate = gate;
        transition.fromPhase = from;
        transition.toPhase = to;
        transition.status = status;
        transition.by = by;
        transition.passedAt = at;
        return transition;
    }

    static PhaseTransition waived(UUID projectId, Gate gate, Phase from, Phase to, ProjectStatus status, PersonRef by,
            Instant at, String reason, List<String> waivedCriteria) {
        PhaseTransition transition = passed(projectId, gate, from, to, status, by, at);
        transition.waived = true;
        transition.waiverReason = reason;
        transition.waivedCriteria.addAll(waivedCriteria);
        return transition;
    }

    static Optional<PhaseTransition> find(UUID projectId, UUID transitionId) {
        return find("id = ?1 and projectId = ?2", transitionId, projectId).firstResultOptional();
    }

    static Optional<PhaseTransition> ofGate(UUID projectId, Gate gate) {
        return find("projectId = ?1 and gate = ?2", projectId, gate).firstResultOptional();
    }
}
