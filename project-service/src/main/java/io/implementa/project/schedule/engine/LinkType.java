package io.implementa.project.schedule.engine;

/**
 * How a dependency ties its successor to its predecessor. With lag {@code L} working days:
 * <ul>
 *   <li>{@link #FS}: the successor starts no earlier than L days after the predecessor finishes;</li>
 *   <li>{@link #SS}: the successor starts no earlier than L days after the predecessor starts;</li>
 *   <li>{@link #FF}: the successor finishes no earlier than L days after the predecessor finishes;</li>
 *   <li>{@link #SF}: the successor finishes no earlier than L days after the predecessor starts.</li>
 * </ul>
 */
public enum LinkType {
    FS, SS, FF, SF;

    /** Whether the link is measured from the predecessor's finish (FS, FF) rather than its start. */
    public boolean fromFinish() {
        return this == FS || this == FF;
    }

    /** Whether the link constrains the successor's finish (FF, SF) rather than its start. */
    public boolean toFinish() {
        return this == FF || this == SF;
    }
}
