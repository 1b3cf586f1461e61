package io.implementa.project.schedule.engine;

import java.time.LocalDate;

/**
 * One task's computed schedule, as dates: start is the first working day, finish the last (equal
 * for a milestone). Floats are in working days and may be negative.
 *
 * @param index       the task's index in its network
 * @param key         the task's key, or null
 * @param start       scheduled start (the late start for ALAP tasks, else the early start;
 *                    the actual start once started)
 * @param finish      scheduled finish
 * @param totalFloat  late finish − early finish in working days; negative when a constraint,
 *                    deadline or finish target cannot be met
 * @param freeFloat   how far the task can slip without delaying a successor; never negative
 * @param critical    total float ≤ 0 and not done
 * @param done        has an actual finish (a summary: all its subtasks have)
 */
public record ScheduledTask(
        int index,
        Object key,
        boolean summary,
        boolean milestone,
        LocalDate start,
        LocalDate finish,
        LocalDate earlyStart,
        LocalDate earlyFinish,
        LocalDate lateStart,
        LocalDate lateFinish,
        int totalFloat,
        int freeFloat,
        boolean critical,
        boolean done) {
}
