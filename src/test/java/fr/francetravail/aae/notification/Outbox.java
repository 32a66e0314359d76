package fr.francetravail.aae.notification;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** Delivers the outbox now, for integration tests of other packages (the dispatcher's schedule is off in tests). */
public final class Outbox {

    private Outbox() {
    }

    /** Sends every message due now; returns how many were sent. */
    public static int deliverDue(ApplicationContext service) {
        return service.getBean(NotificationDispatcher.class).dispatchDueAt(Instant.now());
    }
}
