package fr.francetravail.aae.partnership;

/** The partner's answer to a drafted convention (values of the review form). */
public enum PartnerDecision {
    ACCEPTED, CHANGES_REQUESTED, DECLINED
}
