package fr.francetravail.aae.payment;

/** Where the payment of an operation's lump sum stands, from its opening to AFDAS's answer. */
public enum PaymentState {
    /** Opened at the end of the action; its requirements are being checked. */
    OPENED,
    /** At least one requirement is missing (listed): the counsellor completes the file. */
    REQUIREMENTS_MISSING,
    /** Every requirement is met and the amount is known: a manager validates the request (four eyes). */
    AWAITING_VALIDATION,
    /** The manager sent the request back with a comment: the counsellor completes the file. */
    RETURNED,
    /** Validated by a manager: to be submitted to AFDAS. */
    VALIDATED,
    /** Received by AFDAS under its payment reference: waiting for the settlement or the rejection. */
    SUBMITTED,
    /** AFDAS paid the partner. Final. */
    SETTLED,
    /** AFDAS rejected the file (reason kept): the counsellor completes it, then it is validated and submitted again. */
    REJECTED
}
