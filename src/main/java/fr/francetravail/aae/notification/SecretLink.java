package fr.francetravail.aae.notification;

/**
 * A link in a mail that lets its holder act in the recipient's name (a participant's survey link): the outbox keeps only
 * its kind and reference, and the body a {@link #PLACEHOLDER}; the SMTP sender renders the link while sending (through
 * the {@link SecretLinkRenderer} of its kind), so it is never stored, listed by the API or logged.
 */
public record SecretLink(String kind, long reference) {

    /** Where the link goes in the body: what the outbox, {@code /api/notifications} and the log show instead of it. */
    public static final String PLACEHOLDER = "[lien personnel, ajouté à l'envoi]";
}
