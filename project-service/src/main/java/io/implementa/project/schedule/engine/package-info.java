/**
 * The scheduling engine: a pure-Java critical path method over a project network, with no REST,
 * persistence or framework, fast enough for 100,000-task programmes.
 *
 * <ul>
 *   <li>{@link io.implementa.project.schedule.engine.WorkCalendar} — working days, holidays and
 *       exceptions, precomputed so date arithmetic is array lookups;</li>
 *   <li>{@link io.implementa.project.schedule.engine.Network} — tasks (durations, constraints,
 *       deadlines, progress, hierarchy) and links (FS/SS/FF/SF with lags), in primitive arrays;</li>
 *   <li>{@link io.implementa.project.schedule.engine.CpmScheduler} — forward and backward pass, floats,
 *       critical flags; documents the date convention and every scheduling rule;</li>
 *   <li>{@link io.implementa.project.schedule.engine.Schedule} — the result, with critical paths;</li>
 *   <li>{@link io.implementa.project.schedule.engine.ScheduleDiff} — the delta between two results,
 *       for "only what changed" events;</li>
 *   <li>{@link io.implementa.project.schedule.engine.CycleException} and
 *       {@link io.implementa.project.schedule.engine.InvalidNetworkException} — what the API turns
 *       into 409 and 4xx problems.</li>
 * </ul>
 */
package io.implementa.project.schedule.engine;
