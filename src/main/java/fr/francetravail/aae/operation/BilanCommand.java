package fr.francetravail.aae.operation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bilan of the action as the counsellor writes it. */
record BilanCommand(
        @NotBlank(message = "est obligatoire") @Size(max = 4000, message = "4000 caractères au plus") String courseOfAction,
        @Size(max = 4000, message = "4000 caractères au plus") String strengths,
        @Size(max = 4000, message = "4000 caractères au plus") String improvements,
        @NotNull(message = "est obligatoire") Boolean renewPartnership) {
}
