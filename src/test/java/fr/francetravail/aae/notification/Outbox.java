package fr.francetravail.aae.notification;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** Delivers the outbox now, for integration tests of other packages (the dispatcher's schedule is off in tests). */
public final class Outbox {

    private Outbox() {
    }

    /** Sends every message due, batch after batch; returns how many were sent. */
    public static int deliverDue(ApplicationContext service) {
        NotificationDispatcher dispatcher = service.getBean(NotificationDispatcher.class);
        int total = 0;
        for (int sent = dispatcher.dispatchDueAt(Instant.now()); sent > 0; sent = dispatcher.dispatchDueAt(Instant.now())) {
            total += sent;
        }
        return total;
    }
}
