package io.implementa.notification.rule;

import io.implementa.notification.project.Project;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.Caller;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The built-in rules of a project, each on unless its manager or sponsor switched it off. */
@ApplicationScoped
public class RuleSettings {

    private final Caller caller;
    private final Clock clock;

    public RuleSettings(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    @Schema(name = "ProjectRule", description = "A built-in rule and whether it runs in the project")
    public record RuleView(
            @Schema(example = "RISK_ESCALATED") BuiltInRule rule,
            @Schema(example = "io.implementa.risk.RiskEscalated") String eventType,
            @Schema(example = "CRITICAL") Severity severity,
            @Schema(example = "true") boolean enabled,
            @Schema(description = "Who last switched it, null if never") String changedBy,
            Instant changedAt) {
    }

    public record RuleChange(@jakarta.validation.constraints.NotNull Boolean enabled) {
    }

    /** Every built-in rule, in catalogue order, with its state in the project. */
    public List<RuleView> list(UUID projectId) {
        requireKnown(projectId);
        Map<BuiltInRule, ProjectRuleSetting> settings = ProjectRuleSetting.<ProjectRuleSetting>list(
                "id.projectId = :p", Parameters.with("p", projectId)).stream()
                .collect(Collectors.toMap(s -> s.id.rule, Function.identity()));
        return Arrays.stream(BuiltInRule.values()).map(rule -> view(rule, settings.get(rule))).toList();
    }

    @Transactional
    public RuleView change(UUID projectId, BuiltInRule rule, boolean enabled) {
        requireKnown(projectId);
        return view(rule, ProjectRuleSetting.set(projectId, rule, enabled, caller.subject(), clock.instant()));
    }

    private static RuleView view(BuiltInRule rule, ProjectRuleSetting setting) {
        return new RuleView(rule, rule.eventType(), rule.severity(), setting == null || setting.enabled,
                setting == null ? null : setting.changedBy, setting == null ? null : setting.changedAt);
    }

    private static void requireKnown(UUID projectId) {
        if (Project.findByIdOptional(projectId).isEmpty()) {
            throw new ProblemException.NotFound("project", projectId);
        }
    }
}
