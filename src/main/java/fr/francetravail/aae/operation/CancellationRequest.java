package fr.francetravail.aae.operation;

import fr.francetravail.aae.common.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A manager's cancellation of an operation: the reason is required and kept. */
record CancellationRequest(
        @NotBlank(message = "est obligatoire") @Size(max = 1000, message = "1000 caractères au plus") @MultiLineText String reason) {
}
