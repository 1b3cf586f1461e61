package io.implementa.project.stakeholder;

/** How often a stakeholder wants to hear: each event as it happens, a daily or weekly digest, or not at all. */
public enum UpdateFrequency {
    IMMEDIATE, DAILY, WEEKLY, NONE
}
