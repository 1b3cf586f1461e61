package io.implementa.project.forecast;

import io.implementa.platform.http.ProblemException;
import io.implementa.project.forecast.ForecastApi.ForecastRequest;
import io.implementa.project.forecast.ForecastApi.ForecastView;
import io.implementa.project.forecast.ForecastApi.TaskCriticality;
import io.implementa.project.calendar.ProjectCalendar;
import io.implementa.project.project.Project;
import io.implementa.project.schedule.ScheduleService;
import io.implementa.project.schedule.engine.Schedule;
import io.implementa.project.schedule.engine.WorkCalendar;
import io.implementa.project.task.Task;
import io.implementa.project.task.Wbs;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Monte Carlo forecasts of a project's finish. The plan is read on the calling thread (a short database
 * read); the simulation runs on the {@link ForecastExecutor}. Nothing is stored.
 */
@ApplicationScoped
public class ForecastService {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final ScheduleService schedules;
    private final ForecastExecutor executor;
    private final ForecastConfig config;

    public ForecastService(ScheduleService schedules, ForecastExecutor executor, ForecastConfig config) {
        this.schedules = schedules;
        this.executor = executor;
        this.config = config;
    }

    /** Empty when there is no such project. */
    public Optional<CompletionStage<ForecastView>> forecast(UUID projectId, ForecastRequest request) {
        if (request.iterations() > config.maxIterations()) {
            throw new ProblemException.Unprocessable("iterations", "must be at most " + config.maxIterations());
        }
        ProjectCalendar.requireInWindow("targetDate", request.targetDate());
        Optional<Project> found = Project.findByIdOptional(projectId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ScheduleService.Snapshot plan = schedules.snapshot(found.get());
        Distribution distribution = request.distribution() == null ? Distribution.PERT : request.distribution();
        long seed = request.seed() != null ? request.seed() : SEEDS.nextLong();
        int n = plan.tasks().size();
        int[] planned = new int[n];
        double[] o = new double[n];
        double[] m = new double[n];
        double[] p = new double[n];
        int uncertain = 0;
        for (int t = 0; t < n; t++) {
            Task task = plan.task(t);
            planned[t] = task.duration;
            boolean drawn = task.optimistic != null && task.duration > 0 && task.actualStart == null
                    && !plan.network().isSummary(t);
            o[t] = drawn ? task.optimistic.doubleValue() : Double.NaN;
            m[t] = drawn ? task.mostLikely.doubleValue() : Double.NaN;
            p[t] = drawn ? task.pessimistic.doubleValue() : Double.NaN;
            uncertain += drawn ? 1 : 0;
        }
        Schedule deterministic = plan.schedule();
        WorkCalendar calendar = deterministic.calendar();
        MonteCarlo simulation = new MonteCarlo(plan.network(), calendar, deterministic.options(), planned, o, m, p);
        List<Task> outline = Wbs.of(plan.tasks()).inOutlineOrder();
        Map<UUID, Integer> index = plan.index();
        LocalDate target = request.targetDate();
        int iterations = request.iterations();
        int uncertainTasks = uncertain;
        return Optional.of(executor.submit(() -> {
            MonteCarlo.Result r = simulation.run(iterations, seed, distribution);
            List<TaskCriticality> tasks = new ArrayList<>(n);
            for (Task task : outline) {
                tasks.add(new TaskCriticality(task.id, task.name,
                        (double) r.criticalCounts()[index.get(task.id)] / iterations));
            }
            // Finishing on the target's last working day (or before) meets it.
            Double probability = target == null ? null : r.shareFinishingBy(calendar.ordinalOnOrBefore(target));
            boolean empty = n == 0;
            return new ForecastView(projectId, iterations, seed, distribution, uncertainTasks,
                    empty ? null : deterministic.projectFinishDate(),
                    empty ? null : calendar.date(r.percentile(50)),
                    empty ? null : calendar.date(r.percentile(80)),
                    empty ? null : calendar.date(r.percentile(95)), target, probability, tasks);
        }));
    }
}
