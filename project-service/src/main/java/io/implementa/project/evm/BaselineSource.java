package io.implementa.project.evm;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where earned value finds a project's current baseline (per task: start, finish, working days, cost). The baseline
 * package provides it by declaring an {@code @ApplicationScoped} bean implementing this interface, which replaces
 * {@link NoBaselineSource}.
 */
public interface BaselineSource {

    /** The tasks of the project's current baseline; empty when the project has none. */
    Optional<List<BaselineTask>> current(UUID projectId);
}
