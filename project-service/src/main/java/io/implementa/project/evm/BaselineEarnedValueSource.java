package io.implementa.project.evm;

import io.implementa.project.baseline.BaselineService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Earned value measures against the baseline package's current baseline. */
@ApplicationScoped
public class BaselineEarnedValueSource implements BaselineSource {

    private final BaselineService baselines;

    public BaselineEarnedValueSource(BaselineService baselines) {
        this.baselines = baselines;
    }

    @Override
    public Optional<List<BaselineTask>> current(UUID projectId) {
        return baselines.current(projectId).map(baseline -> baseline.tasks().stream()
                .map(t -> new BaselineTask(t.taskId(), t.parentId(), t.name(), t.start(), t.finish(),
                        t.durationDays(), t.cost()))
                .toList());
    }
}
