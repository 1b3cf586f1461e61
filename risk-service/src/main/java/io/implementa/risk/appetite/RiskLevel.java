package io.implementa.risk.appetite;

/** How serious a score is, by the project's appetite thresholds. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL
}
