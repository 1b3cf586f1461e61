package io.implementa.risk.view;

import io.implementa.risk.appetite.RiskAppetite;
import io.implementa.risk.register.RiskRegister;
import io.implementa.risk.risk.Risk;
import io.implementa.risk.risk.RiskStatus;
import io.implementa.risk.view.RiskViewsApi.HeatMap;
import io.implementa.risk.view.RiskViewsApi.HeatMapCell;
import io.implementa.risk.view.RiskViewsApi.TopRisk;
import io.implementa.risk.view.RiskViewsApi.TopRisks;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The read-only views of a project's register, over its open risks (neither occurred nor closed). */
@ApplicationScoped
public class RiskViewsService {

    /** What the top risks are ranked by. */
    public enum RankBy {
        SCORE, EXPOSURE
    }

    private final Clock clock;
    private final RiskSummaries summaries;

    public RiskViewsService(Clock clock, RiskSummaries summaries) {
        this.clock = clock;
        this.summaries = summaries;
    }

    public Optional<HeatMap> heatMap(UUID projectId) {
        if (RiskRegister.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        List<Risk> open = openRisks(projectId, Sort.by("number"));
        return Optional.of(new HeatMap(projectId,
                cells(open, r -> new int[] { r.probability, r.impact }),
                cells(open.stream().filter(r -> r.residualScore != null).toList(),
                        r -> new int[] { r.residualProbability, r.residualImpact })));
    }

    private static List<HeatMapCell> cells(List<Risk> risks, Function<Risk, int[]> position) {
        List<List<List<UUID>>> grid = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            List<List<UUID>> row = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                row.add(new ArrayList<>());
            }
            grid.add(row);
        }
        for (Risk risk : risks) {
            int[] at = position.apply(risk);
            grid.get(at[0] - 1).get(at[1] - 1).add(risk.id);
        }
        List<HeatMapCell> cells = new ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            for (int i = 1; i <= 5; i++) {
                List<UUID> ids = grid.get(p - 1).get(i - 1);
                cells.add(new HeatMapCell(p, i, ids.size(), List.copyOf(ids)));
            }
        }
        return cells;
    }

    /** The project's highest open risks by score (then residual score) or by exposure (risks without one last). */
    public Optional<TopRisks> top(UUID projectId, RankBy by, int limit) {
        if (RiskRegister.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        RiskAppetite appetite = RiskAppetite.of(projectId, clock.instant());
        Sort sort = by == RankBy.EXPOSURE
                ? Sort.by("exposureAmount", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
                        .and("score", Sort.Direction.Descending).and("number")
                : Sort.by("score", Sort.Direction.Descending)
                        .and("residualScore", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
                        .and("number");
        List<TopRisk> items = Risk.<Risk>find("projectId = ?1 and status not in ?2", sort, projectId, closed())
                .page(0, limit).list().stream()
                .map(r -> new TopRisk(r.id, r.key, r.title, r.status, r.score, appetite.levelOf(r.score),
                        r.residualScore, r.exposureAmount, r.exposureCurrency, r.escalated, r.owner))
                .toList();
        return Optional.of(new TopRisks(projectId, by.name().toLowerCase(), items));
    }

    public Optional<RiskSummary> summary(UUID projectId) {
        if (RiskRegister.findByIdOptional(projectId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(summaries.compute(projectId));
    }

    private static List<Risk> openRisks(UUID projectId, Sort sort) {
        return Risk.list("projectId = ?1 and status not in ?2", sort, projectId, closed());
    }

    private static List<RiskStatus> closed() {
        return List.of(RiskStatus.OCCURRED, RiskStatus.CLOSED);
    }
}
