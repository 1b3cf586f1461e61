package io.implementa.risk.risk;

/** What the project made of an auto-raised risk: not decided yet, taken into the register, or dismissed. */
public enum DetectionDecision {
    PENDING, ACCEPTED, DISMISSED
}
