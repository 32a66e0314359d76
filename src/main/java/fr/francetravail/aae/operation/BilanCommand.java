package fr.francetravail.aae.operation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bilan of the action as the counsellor writes it. */
record BilanCommand(
        @NotBlank @Size(max = 4000) String courseOfAction,
        @Size(max = 4000) String strengths,
        @Size(max = 4000) String improvements,
        @NotNull Boolean renewPartnership) {
}
