package fr.francetravail.aae.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code POST /payments} to AFDAS ({@code openapi/afdas-payments.yaml}): what is paid, to whom, for which operation. */
record AfdasPaymentRequest(String operationReference, String partnerSiret, String partnerName, BigDecimal amount, String currency,
        LocalDate actionEndedOn, LocalDate bilanDate, int submissionNumber) {
}
