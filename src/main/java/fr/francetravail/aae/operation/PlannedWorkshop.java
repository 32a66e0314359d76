package fr.francetravail.aae.operation;

import java.time.LocalDate;

/** One planned workshop of the series, in date order. */
public record PlannedWorkshop(LocalDate workshopDate) {
}
