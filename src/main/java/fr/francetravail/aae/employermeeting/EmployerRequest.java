package fr.francetravail.aae.employermeeting;

import fr.francetravail.aae.partner.ValidSiret;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A company a counsellor registers for an operation's employer meeting, with its job offers (form or JSON). The contact
 * person's name, e-mail and phone are personal data: domain tables only.
 */
public record EmployerRequest(
        @NotBlank(message = "est obligatoire") @Size(max = 200, message = "200 caractères au plus") String companyName,
        @ValidSiret String siret,
        @NotBlank(message = "est obligatoire") @Size(max = 100, message = "100 caractères au plus") String sector,
        @NotBlank(message = "est obligatoire") @Size(max = 100, message = "100 caractères au plus") String contactName,
        @NotBlank(message = "est obligatoire") @Email(message = "adresse e-mail invalide") @Size(max = 254, message = "254 caractères au plus") String contactEmail,
        @Pattern(regexp = "\\+?[0-9][0-9 .]{5,18}[0-9]", message = "numéro de téléphone invalide") String contactPhone,
        @NotEmpty(message = "au moins une offre d'emploi") @Size(max = 20, message = "20 offres au plus") List<@Valid JobOfferRequest> offers) {

    /** A form sends empty texts for the optional SIRET and phone: none; a SIRET may be typed with spaces. */
    public EmployerRequest {
        siret = siret == null || siret.isBlank() ? null : siret.replace(" ", "");
        contactPhone = contactPhone == null || contactPhone.isBlank() ? null : contactPhone.strip();
        offers = offers == null ? List.of() : offers;
    }

    /**
     * Who the company is within one operation: its SIRET, else its name in lower case without extra spaces, so that a
     * company is registered only once.
     */
    String companyKey() {
        return siret != null ? siret : "nom:" + companyName.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.FRENCH);
    }
}
