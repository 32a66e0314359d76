package fr.francetravail.aae.operation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A counsellor's proposal of an operation (REST body and Tasklist start form alike). A workshop or the employer meeting
 * on a weekend or a public holiday is refused unless {@code nonWorkingDaysConfirmed} is true.
 */
public record ProposeOperationCommand(
        @NotBlank(message = "est obligatoire")
        String partnerSlug,
        @NotBlank(message = "est obligatoire")
        String agencyCode,
        @NotBlank(message = "est obligatoire") @Size(max = 200, message = "ne doit pas dépasser 200 caractères")
        String venue,
        @NotNull(message = "est obligatoire")
        ArtDiscipline discipline,
        @NotEmpty(message = "doit contenir au moins un atelier") @Size(max = MAX_WORKSHOPS, message = "ne doit pas dépasser 30 ateliers")
        List<@NotNull(message = "est obligatoire") LocalDate> workshopDates,
        @NotNull(message = "est obligatoire")
        LocalDate employerMeetingDate,
        @Min(value = 6, message = "doit être comprise entre 6 et 15")
        @Max(value = MAX_GROUP_SIZE, message = "doit être comprise entre 6 et 15")
        Integer targetGroupSize,
        @Schema(description = "Confirme les ateliers ou la rencontre prévus un samedi, un dimanche ou un jour férié (refusés sinon)",
                defaultValue = "false")
        Boolean nonWorkingDaysConfirmed) {

    /** Group size when the proposal does not say. */
    public static final int DEFAULT_GROUP_SIZE = 10;
    /** The longest series of workshops an operation may plan. */
    static final int MAX_WORKSHOPS = 30;
    /** The largest group an operation may target. */
    public static final int MAX_GROUP_SIZE = 15;

    public ProposeOperationCommand {
        targetGroupSize = targetGroupSize == null ? DEFAULT_GROUP_SIZE : targetGroupSize;
        nonWorkingDaysConfirmed = Boolean.TRUE.equals(nonWorkingDaysConfirmed);
        workshopDates = workshopDates == null ? null : Collections.unmodifiableList(new ArrayList<>(workshopDates));
    }
}
