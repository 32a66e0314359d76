package fr.francetravail.aae.employermeeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A job offer an employer brings to the meeting. */
public record JobOfferRequest(
        @NotBlank(message = "est obligatoire") @Size(max = 200, message = "200 caractères au plus") String title,
        @NotNull(message = "est obligatoire (CDI, CDD, INTERIM, ALTERNANCE, CONTRAT_AIDE ou AUTRE)") ContractType contractType,
        @NotNull(message = "est obligatoire") @Min(value = 1, message = "au moins 1 poste")
        @Max(value = 500, message = "500 postes au plus") Integer positions) {
}
