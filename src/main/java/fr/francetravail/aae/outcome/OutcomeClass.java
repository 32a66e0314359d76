package fr.francetravail.aae.outcome;

/** The programme's KPI classes of an outcome (« efficacité »: employed, in training, neither). */
public enum OutcomeClass {
    EMPLOYMENT, TRAINING, NONE
}
