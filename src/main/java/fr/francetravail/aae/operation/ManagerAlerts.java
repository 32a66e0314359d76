package fr.francetravail.aae.operation;

import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.identity.GroupDirectory;
import fr.francetravail.aae.notification.NotificationService;
import org.springframework.stereotype.Component;

/** An e-mail to every manager of the operation's region, through the outbox: how the processes alert managers without holding a task open. */
@Component
public class ManagerAlerts {

    private final GroupDirectory groups;
    private final NotificationService notifications;

    ManagerAlerts(GroupDirectory groups, NotificationService notifications) {
        this.groups = groups;
        this.notifications = notifications;
    }

    /** Returns how many managers were written to. */
    public int alert(Operation operation, String subject, String text) {
        var recipients = groups.emailsOf(Viewer.MANAGERS, operation.getRegion());
        recipients.forEach(email -> notifications.queue(operation.getId(), email, subject, """
                Bonjour,

                %s

                Opération %s (%s).
                France Travail
                """.formatted(text, operation.getReference(), operation.getVenue())));
        return recipients.size();
    }
}
