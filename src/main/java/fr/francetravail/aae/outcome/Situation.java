package fr.francetravail.aae.outcome;

/**
 * A participant's situation at a checkpoint, as the status service or a counsellor gives it. Which ones count as
 * employment is decided by the DMN table {@code outcome-class}, not here.
 */
public enum Situation {
    /** CDI. */
    CDI,
    /** CDD de 6 mois ou plus. */
    CDD_6_MONTHS_OR_MORE,
    /** CDD de moins de 6 mois. */
    CDD_UNDER_6_MONTHS,
    /** Intérim. */
    TEMPORARY_WORK,
    /** Création d'entreprise. */
    BUSINESS_CREATION,
    /** Contrat aidé. */
    SUBSIDISED_CONTRACT,
    /** Formation. */
    TRAINING,
    /** Toujours en recherche d'emploi. */
    STILL_SEEKING,
    /** Autre situation. */
    OTHER
}
