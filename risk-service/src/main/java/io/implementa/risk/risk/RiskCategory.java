package io.implementa.risk.risk;

/** What kind of trouble a risk is about; the categories that systems-implementation projects run into. */
public enum RiskCategory {
    TECHNICAL,
    SCHEDULE,
    COST,
    RESOURCE,
    VENDOR,
    DATA_MIGRATION,
    INTEGRATION,
    SECURITY,
    COMPLIANCE,
    ORGANISATIONAL_CHANGE,
    TECHNOLOGY_CHANGE
}
