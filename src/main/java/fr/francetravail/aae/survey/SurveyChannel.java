package fr.francetravail.aae.survey;

/** How an answer reached the service. */
public enum SurveyChannel {
    /** The participant, through the personal link. */
    LINK,
    /** A counsellor, for the participant (phone, meeting). */
    ON_BEHALF,
    /** The partner or the counsellor, in their own Tasklist task. */
    TASKLIST
}
