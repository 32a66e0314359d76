package fr.francetravail.aae.agency;

import fr.francetravail.aae.common.Region;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Creation or update of an agency. */
public record AgencyRequest(
        @NotBlank(message = "est obligatoire")
        @Pattern(regexp = "[a-z0-9-]{2,40}", message = "doit contenir de 2 à 40 caractères parmi a-z, 0-9 et -")
        String code,
        @NotBlank(message = "est obligatoire") @Size(max = 200, message = "ne doit pas dépasser 200 caractères")
        String name,
        @NotNull(message = "est obligatoire")
        Region region,
        @Email(message = "doit être une adresse e-mail valide") @Size(max = 254, message = "ne doit pas dépasser 254 caractères")
        String email) {
}
