package fr.francetravail.aae.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.support.ServiceNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first start, as a newcomer runs it: the service on its {@code dev} default (H2 file database in a fresh
 * home), in a JVM of its own. It is ready (readiness probe, as a load balancer sees it) only once its demo data is
 * written, says so in the log, and stops cleanly on SIGTERM: no error from a database closed under the engine.
 */
class FirstStartIT {

    private static final String READY = "Service prêt, données en place";

    @TempDir
    private Path home;

    @Test
    void theServiceIsReadyOnlyWithItsDemoDataSaysSoAndStopsCleanlyOnSigterm() {
        try (ServiceNode node = ServiceNode.of("premier-demarrage", Map.of("spring.profiles.active", "dev"),
                "-Duser.home=" + home, "-Xmx512m")) {
            node.start().awaitReady();

            assertThat(node.as("cdupont").get("/engine-rest/task?processDefinitionKey=aae-partnership").expect(200).json())
                    .as("les tâches de démonstration de cdupont dès que le service se dit prêt").isNotEmpty();
            List<String> started = node.log();
            assertThat(started).as("l'annonce, après les données et l'historique de démonstration")
                    .filteredOn(line -> line.contains(READY)).hasSize(1);
            assertThat(indexOf(started, READY)).isGreaterThan(indexOf(started, "Historique de démonstration écrit"))
                    .isGreaterThan(indexOf(started, "Données de démonstration créées"));

            int exit = node.stop();
            assertThat(exit).as("arrêt par SIGTERM").isIn(0, 143);
            assertThat(node.log()).as("journal de l'arrêt").noneMatch(line -> line.contains(" ERROR ") || line.contains("Database is already closed"))
                    .anyMatch(line -> line.contains("Shutdown completed"));
        }
    }

    private static int indexOf(List<String> log, String text) {
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("absent du journal : " + text);
    }
}
