package fr.francetravail.aae.workshop;

/** An enrolled participant when the workshop's attendance sheet opened: the sheet is about them, whatever happens next. */
public record ExpectedParticipant(Long enrolmentId) {
}
