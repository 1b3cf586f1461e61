package io.implementa.risk.risk;

/** Whether a risk is an uncertainty that would hurt the project or one that would help it. */
public enum RiskKind {
    THREAT, OPPORTUNITY
}
