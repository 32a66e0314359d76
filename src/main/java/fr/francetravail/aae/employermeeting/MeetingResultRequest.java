package fr.francetravail.aae.employermeeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One enrolled participant's results of the employer meeting, as the counsellor records them (form or JSON). */
public record MeetingResultRequest(
        @NotNull(message = "est obligatoire") Long enrolmentId,
        @NotNull(message = "est obligatoire") @Min(value = 0, message = "ne peut pas être négatif")
        @Max(value = 50, message = "50 au plus") Integer interviews,
        @NotNull(message = "est obligatoire") @Min(value = 0, message = "ne peut pas être négatif")
        @Max(value = 50, message = "50 au plus") Integer jobOffersProposed,
        boolean hired,
        boolean trainingProposed,
        boolean serviceProposed) {
}
