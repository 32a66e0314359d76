package fr.francetravail.aae.partnership;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the counsellor writes in the convention; the lump sum comes from the payment-amount decision. */
public record ConventionDraft(
        @NotBlank(message = "est obligatoire")
        @Size(min = 20, max = 4000, message = "doit contenir entre 20 et 4000 caractères")
        String objectives,
        @NotBlank(message = "est obligatoire")
        @Size(min = 20, max = 4000, message = "doit contenir entre 20 et 4000 caractères")
        String workshopPlan,
        @Min(value = 1, message = "doit être un montant positif")
        int lumpSum) {
}
