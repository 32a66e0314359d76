package fr.francetravail.aae.workshop;

/** One line of an attendance sheet. */
public record Attendance(Long enrolmentId, Presence presence) {
}
