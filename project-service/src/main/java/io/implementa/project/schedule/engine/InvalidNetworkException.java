package io.implementa.project.schedule.engine;

/**
 * The network cannot be scheduled as given: a bad duration or lag, a link to an unknown task, a
 * self-link, an unsupported link or constraint on a summary task, a hierarchy loop, inconsistent
 * progress. Names the offending task (index and key) so the API can point at the field.
 */
public final class InvalidNetworkException extends IllegalArgumentException {

    private final int task;
    private final transient Object key;

    InvalidNetworkException(int task, Object key, String message) {
        super(message);
        this.task = task;
        this.key = key;
    }

    /** Index of the offending task, or -1 when the problem is not about one task. */
    public int task() {
        return task;
    }

    /** Key of the offending task, or null. */
    public Object key() {
        return key;
    }
}
