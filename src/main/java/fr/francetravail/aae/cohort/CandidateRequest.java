package fr.francetravail.aae.cohort;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A job seeker a counsellor proposes for an operation (form, JSON or CSV line). Personal data: it goes to the domain
 * tables only, never into a process variable.
 */
public record CandidateRequest(
        @NotBlank(message = "est obligatoire")
        @Pattern(regexp = "[0-9]{7}[0-9A-Z]", message = "identifiant France Travail attendu : 7 chiffres suivis d'un chiffre ou d'une lettre majuscule (ex. 1234567A)")
        String franceTravailId,
        @NotBlank(message = "est obligatoire") @Size(max = 100, message = "100 caractères au plus") String lastName,
        @NotBlank(message = "est obligatoire") @Size(max = 100, message = "100 caractères au plus") String firstName,
        @NotBlank(message = "est obligatoire") @Email(message = "adresse e-mail invalide") @Size(max = 254, message = "254 caractères au plus") String email,
        @Pattern(regexp = "\\+?[0-9][0-9 .]{5,18}[0-9]", message = "numéro de téléphone invalide") String phone,
        @NotNull(message = "est obligatoire") Integer birthYear,
        @NotNull(message = "est obligatoire") @PastOrPresent(message = "ne peut pas être dans le futur") LocalDate registeredSince,
        boolean rsaBeneficiary,
        boolean qpvResident,
        boolean recognisedDisability) {

    /** A form sends an empty text for the optional phone: none. */
    public CandidateRequest {
        phone = phone == null || phone.isBlank() ? null : phone.strip();
    }
}
