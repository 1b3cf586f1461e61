package io.implementa.project.stakeholder;

/** The RACI letters: who does the work, who answers for it, who is asked, who is told. */
public enum Raci {
    RESPONSIBLE, ACCOUNTABLE, CONSULTED, INFORMED
}
