package fr.francetravail.aae.payment;

/** One submission to AFDAS: the request and the key that makes its retries one request. */
record AfdasSubmission(String idempotencyKey, AfdasPaymentRequest request) {
}
