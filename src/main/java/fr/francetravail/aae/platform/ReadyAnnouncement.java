package fr.francetravail.aae.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says in the log, last of the start-up, that the service is ready and where: Tomcat answers some seconds earlier, while
 * the groups, filters and (in {@code dev}) the demo data are still being written.
 */
@Component
class ReadyAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

    private final Environment environment;

    ReadyAnnouncement(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void announce() {
        String root = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        log.info("Service prêt, données en place : {}/camunda/app/ (Tasklist, Cockpit, Admin), {}/pilotage/, {}/swagger-ui.html",
                root, root, root);
    }
}
