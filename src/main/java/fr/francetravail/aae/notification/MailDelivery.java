package fr.francetravail.aae.notification;

/** Hands one message to the mail system; throws when it cannot. */
interface MailDelivery {

    void deliver(Notification notification);
}
