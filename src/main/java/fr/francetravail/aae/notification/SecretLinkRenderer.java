package fr.francetravail.aae.notification;

/** Renders the {@link SecretLink}s of one kind while a mail is sent; a bean of the feature that issues them. */
public interface SecretLinkRenderer {

    String kind();

    /** The link of this reference, the same at every attempt; throws when it cannot (the message is then retried, then FAILED). */
    String render(long reference);
}
