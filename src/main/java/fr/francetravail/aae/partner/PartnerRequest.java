package fr.francetravail.aae.partner;

import fr.francetravail.aae.common.Region;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Creation or update of a cultural partner. */
public record PartnerRequest(
        @NotBlank(message = "est obligatoire")
        @Pattern(regexp = "[a-z0-9-]{2,53}", message = "doit contenir de 2 à 53 caractères parmi a-z, 0-9 et -")
        String slug,
        @NotBlank(message = "est obligatoire") @Size(max = 200, message = "ne doit pas dépasser 200 caractères")
        String name,
        @NotNull(message = "est obligatoire") @ValidSiret
        String siret,
        @NotNull(message = "est obligatoire")
        PartnerType type,
        @NotNull(message = "est obligatoire")
        Region region,
        @NotBlank(message = "est obligatoire") @Size(max = 100, message = "ne doit pas dépasser 100 caractères")
        String city,
        @NotBlank(message = "est obligatoire") @Size(max = 200, message = "ne doit pas dépasser 200 caractères")
        String contactName,
        @NotBlank(message = "est obligatoire") @Email(message = "doit être une adresse e-mail valide")
        @Size(max = 254, message = "ne doit pas dépasser 254 caractères")
        String contactEmail,
        @Pattern(regexp = "\\+?[0-9 .]{6,19}", message = "doit être un numéro de téléphone")
        String contactPhone) {
}
