package fr.francetravail.aae.payment;

import fr.francetravail.aae.common.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** AFDAS's answer about a payment it received: settled (amount, date) or rejected (reason). */
record AfdasCallback(
        @NotBlank @Size(max = 100) String paymentReference,
        @NotBlank @Size(max = 20) String operationReference,
        @NotNull Status status,
        @PositiveOrZero BigDecimal amount,
        LocalDate settledOn,
        @Size(max = 1000) @MultiLineText String reason) {

    /** What AFDAS did. */
    enum Status { SETTLED, REJECTED }
}
