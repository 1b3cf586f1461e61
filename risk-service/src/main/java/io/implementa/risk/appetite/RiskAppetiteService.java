package io.implementa.risk.appetite;

import io.implementa.platform.http.IfMatch;
import io.implementa.platform.http.ProblemException;
import io.implementa.risk.appetite.RiskAppetiteApi.RiskAppetiteRequest;
import io.implementa.risk.appetite.RiskAppetiteApi.RiskAppetiteView;
import io.implementa.risk.register.RiskRegister;
import io.implementa.risk.risk.RiskService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Use cases of a project's risk appetite: read it (or the defaults), change it and re-escalate. */
@ApplicationScoped
public class RiskAppetiteService {

    private final Clock clock;
    private final RiskService risks;
    private final DetectionThresholdsInEffect thresholds;

    public RiskAppetiteService(Clock clock, RiskService risks, DetectionThresholdsInEffect thresholds) {
        this.clock = clock;
        this.risks = risks;
        this.thresholds = thresholds;
    }

    public Optional<RiskAppetiteView> find(UUID projectId) {
        if (RiskRegister.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RiskAppetite.<RiskAppetite>findByIdOptional(projectId)
                .map(a -> RiskAppetiteView.of(a, false, thresholds.of(a)))
                .orElseGet(() -> {
                    RiskAppetite defaults = RiskAppetite.defaults(projectId, clock.instant());
                    return RiskAppetiteView.of(defaults, true, thresholds.of(defaults));
                }));
    }

    /**
     * Sets the project's thresholds at the version the client saw (the defaults are version 0), then escalates
     * and de-escalates the project's risks against the new escalation threshold.
     */
    @Transactional
    public RiskAppetiteView change(UUID projectId, IfMatch ifMatch, RiskAppetiteRequest request) {
        RiskRegister register = RiskRegister.findForUpdate(projectId)
                .orElseThrow(() -> new ProblemException.NotFound("risk register of project", projectId));
        register.requireOpen();
        RiskAppetite appetite = RiskAppetite.<RiskAppetite>findByIdOptional(projectId, LockModeType.PESSIMISTIC_WRITE)
                .orElse(null);
        ifMatch.check(appetite == null ? 0 : appetite.version);
        if (appetite == null) {
            // The defaults become version 0, so that this change is version 1 like any first change.
            appetite = RiskAppetite.defaults(projectId, clock.instant());
            appetite.persistAndFlush();
        }
        appetite.set(request.mediumFrom(), request.highFrom(), request.criticalFrom(), request.escalationFrom(),
                clock.instant());
        if (request.reviewCadence() != null) {
            appetite.reviewEvery(request.reviewCadence().low(), request.reviewCadence().medium(),
                    request.reviewCadence().high(), request.reviewCadence().critical());
        }
        if (request.detection() != null) {
            RiskAppetiteApi.DetectionThresholds d = request.detection();
            appetite.detectWith(d.milestoneSlipDays(), d.finishSlipDays(), d.costOverrunPercent(),
                    d.changeRequestScheduleDays(), d.changeRequestCost());
        }
        appetite.persistAndFlush();
        risks.reevaluate(register, appetite);
        return RiskAppetiteView.of(appetite, false, thresholds.of(appetite));
    }
}
