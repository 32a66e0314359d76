package fr.francetravail.aae.partnership;

/** What happened to a convention, in its audit trail. */
public enum ConventionEventType {
    DRAFTED, ACCEPTED, CHANGES_REQUESTED, DECLINED, SIGNED, PARTNER_REMINDED, RELAUNCHED, ABANDONED
}
