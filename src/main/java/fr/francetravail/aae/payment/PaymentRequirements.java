package fr.francetravail.aae.payment;

/** The requirements of a payment as the domain knows them: the inputs of decision {@code payment-eligibility}. */
public record PaymentRequirements(boolean conventionSigned, boolean workshopsDelivered, boolean attendanceComplete, boolean bilanDone) {
}
