package fr.francetravail.aae.partnership;

/** A manager's decision when the partner has not answered (values of the escalation form). */
public enum EscalationDecision {
    RELAUNCH, ABANDON
}
