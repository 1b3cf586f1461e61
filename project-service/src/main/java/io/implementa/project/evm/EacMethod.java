package io.implementa.project.evm;

/** How the estimate at completion is forecast from the figures so far. */
public enum EacMethod {
    /** BAC / CPI: the cost efficiency so far holds for the rest of the work (the default). */
    CPI,
    /** AC + (BAC − EV): the variance so far was a one-off; the rest goes as budgeted. */
    BUDGET_RATE,
    /** AC + (BAC − EV) / (CPI × SPI): cost and schedule performance both weigh on the rest. */
    CPI_SPI
}
