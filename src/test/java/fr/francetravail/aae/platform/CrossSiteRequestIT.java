package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager's browser, logged in with HTTP Basic for the dashboard, made to post by another site: refused, nothing
 * changes. The service's own pages and server-to-server clients (no {@code Origin}) are answered as usual.
 */
class CrossSiteRequestIT extends ServiceIT {

    private static final String EVIL = "https://evil.example";

    @LocalServerPort
    private int port;

    @Test
    void aPostFromAnotherSiteIsRefusedAndChangesNothing() {
        createUser("cs-manager", "managers");
        Http manager = as("cs-manager");

        Http.Response forged = manager.post("/api/agencies", agency("cs-evil"), "Origin", EVIL);
        forged.expect(403);
        assertThat(forged.json().path("detail").asText()).isEqualTo("Requête refusée : elle vient d'un autre site que le service AAE");
        manager.post("/api/agencies", agency("cs-evil"), "Sec-Fetch-Site", "cross-site").expect(403);
        manager.post("/api/agencies", agency("cs-evil"), "Sec-Fetch-Site", "same-site").expect(403);
        manager.post("/api/agencies", agency("cs-evil"), "Origin", "http://localhost:" + (port + 1)).expect(403);
        manager.get("/api/agencies/cs-evil").expect(404);
        manager.send("DELETE", "/api/agencies/cs-evil", null).expect(404);
    }

    @Test
    void theServiceItselfAndClientsWithoutOriginAreAnswered() {
        createUser("cs-manager2", "managers");
        Http manager = as("cs-manager2");

        manager.post("/api/agencies", agency("cs-script")).expect(201);
        manager.post("/api/agencies", agency("cs-page"), "Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin").expect(201);
        assertThat(manager.get("/api/agencies/cs-page").expect(200).json().path("name").asText()).isEqualTo("France Travail cs-page");
        manager.get("/api/agencies/cs-script").expect(200);
    }

    private static String agency(String code) {
        return "{\"code\": \"%s\", \"name\": \"France Travail %s\", \"region\": \"HDF\"}".formatted(code, code);
    }
}
