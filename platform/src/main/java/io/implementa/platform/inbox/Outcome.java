package io.implementa.platform.inbox;

/** What became of one consumed record. */
public sealed interface Outcome {

    /** Applied now. */
    record Processed() implements Outcome {
    }

    /** Applied before: the inbox already holds its id. */
    record Duplicate() implements Outcome {
    }

    /** Not for this consumer (a type it does not handle, or a re-drive meant for another consumer). */
    record Skipped() implements Outcome {
    }

    /** Can never be applied: to the dead-letter topic with the reason. */
    record Dead(String reason) implements Outcome {
    }

    /** Could not be applied now (own database down, something not yet known): try again later. */
    record Retry(String reason) implements Outcome {
    }
}
