package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.ServiceIT;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the service shows to whoever asks: the API documentation to staff only, no simulator outside {@code dev}, health
 * probes without details for anyone but administrators, and a Content-Security-Policy (with the other browser headers)
 * on every page: the dashboard, Swagger UI, the survey page, error pages, the Camunda webapps.
 */
class PublicSurfaceIT extends ServiceIT {

    /** This context delivers mails by SMTP: its readiness waits for the server. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theApiDocumentationIsForStaffOnly() {
        createUser("ps-conseiller", "conseillers");
        createUser("ps-sans-profil");
        Http anonymous = as(null);

        for (String page : new String[] {"/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html", "/swagger-ui/index.html"}) {
            assertThat(anonymous.page(page).statusCode()).as(page).isEqualTo(401);
            assertThat(as("ps-sans-profil").page(page).statusCode()).as(page).isEqualTo(403);
        }
        Http counsellor = as("ps-conseiller");
        assertThat(counsellor.get("/v3/api-docs").expect(200).json().path("paths").has("/api/operations")).isTrue();
        assertThat(counsellor.page("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void noSimulatorAnswersOutsideDevAndNothingIsPaid() {
        Integer payments = jdbc.queryForObject("select count(*) from payment", Integer.class);
        Integer events = jdbc.queryForObject("select count(*) from payment_event", Integer.class);

        as(null).post("/simulators/afdas/payments", """
                {"operationReference": "AAE-2026-HDF-0001", "amount": 2700.00, "currency": "EUR", "submissionNumber": 1}""",
                "Idempotency-Key", "ps-attack").expect(404);
        as(ADMIN).post("/simulators/afdas/payments", "{}", "Idempotency-Key", "ps-attack").expect(404);
        as(null).get("/simulators/employment-status/job-seekers/1234567A/situation?date=2026-01-01").expect(404);

        assertThat(jdbc.queryForObject("select count(*) from payment", Integer.class)).isEqualTo(payments);
        assertThat(jdbc.queryForObject("select count(*) from payment_event", Integer.class)).isEqualTo(events);
    }

    @Test
    void healthProbesAreUpAndOnlyAdministratorsSeeWhy() {
        createUser("ps-manager", "managers");
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            JsonNode health = as(null).get(probe).expect(200).json();
            assertThat(health.path("status").asText()).as(probe).isEqualTo("UP");
            assertThat(health.has("components")).as(probe).isFalse();
            assertThat(as("ps-manager").get(probe).expect(200).json().has("components")).as(probe).isFalse();
        }

        assertThat(names(as(ADMIN).get("/actuator/health/liveness").expect(200).json().path("components"))).isEqualTo("livenessState");
        assertThat(names(as(ADMIN).get("/actuator/health/readiness").expect(200).json().path("components"))).isEqualTo("db,jobExecutor,mail,processEngine,readinessState");

        assertThat(as(null).get("/actuator/env").status()).isIn(401, 404);
        as(ADMIN).get("/actuator/env").expect(404);
        as(ADMIN).get("/actuator/beans").expect(404);
    }

    @Test
    void everyPageHasAContentSecurityPolicy() {
        createUser("ps-manager2", "managers");
        Http manager = as("ps-manager2");

        HttpResponse<String> dashboard = manager.page("/pilotage/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertStaffPageHeaders(dashboard);
        HttpResponse<String> swagger = as(ADMIN).page("/swagger-ui/index.html");
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertStaffPageHeaders(swagger);

        HttpResponse<String> survey = as(null).page("/enquete/not-a-token");
        assertThat(survey.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));

        HttpResponse<String> missing = as(null).page("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Security-Policy")).contains(SecurityConfiguration.BARE_PAGES_POLICY);
        assertThat(missing.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        HttpResponse<String> tasklist = as(null).page("/camunda/app/tasklist/default/");
        assertThat(tasklist.statusCode()).isEqualTo(200);
        assertThat(tasklist.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'"));
        assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    private static void assertStaffPageHeaders(HttpResponse<String> page) {
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(SecurityConfiguration.STAFF_PAGES_POLICY);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    private static String names(JsonNode components) {
        Iterable<String> names = components::fieldNames;
        return String.join(",", names);
    }
}
