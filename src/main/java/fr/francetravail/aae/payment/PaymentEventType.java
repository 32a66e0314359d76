package fr.francetravail.aae.payment;

/** What happened to a payment, in its audit trail. */
public enum PaymentEventType {
    OPENED, ELIGIBILITY_CHECKED, FILE_COMPLETED, VALIDATED, RETURNED, SUBMITTED, SETTLED, REJECTED, DUPLICATE_CALLBACK_IGNORED,
    AFDAS_REMINDED
}
