package fr.francetravail.aae.survey;

/** Who answers a survey: each participant who completed the action, the cultural partner, the counsellor. */
public enum RespondentType {
    PARTICIPANT, PARTNER, COUNSELLOR
}
