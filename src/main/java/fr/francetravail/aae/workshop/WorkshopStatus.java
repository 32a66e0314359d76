package fr.francetravail.aae.workshop;

/** Where a workshop session stands. */
public enum WorkshopStatus {
    SCHEDULED, REMINDED, SHEET_OPEN, ATTENDANCE_RECORDED
}
