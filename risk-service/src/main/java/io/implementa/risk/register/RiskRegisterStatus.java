package io.implementa.risk.register;

/** Whether a register still takes new risks: it is open while its project runs, closed once the project ends. */
public enum RiskRegisterStatus {
    OPEN, CLOSED
}
