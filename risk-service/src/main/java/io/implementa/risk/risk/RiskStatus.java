package io.implementa.risk.risk;

/**
 * Where a risk stands in its lifecycle. Every risk starts IDENTIFIED; the whole set is published now so
 * that clients and consumers meet no new value when assessment, response and closure arrive.
 */
public enum RiskStatus {
    IDENTIFIED, ASSESSED, MITIGATING, OCCURRED, CLOSED
}
