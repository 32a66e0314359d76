package fr.francetravail.aae.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on an embedded PostgreSQL, on a random port, driven as a client would drive it. All integration
 * tests share this one context; each creates its own agencies, partners and users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.admin-user.id=" + ServiceIT.ADMIN,
        "camunda.bpm.admin-user.password=" + ServiceIT.ADMIN,
        // the embedded server may stop before the context at JVM exit: fail fast instead of waiting for it
        "spring.datasource.hikari.connection-timeout=2000",
        // a real SMTP server (GreenMail) on its test port; tests dispatch the outbox themselves
        "spring.mail.host=127.0.0.1", "spring.mail.port=" + ServiceIT.SMTP_PORT, "aae.notifications.dispatch-interval=PT1H",
        // tests run the external task worker themselves (ExternalTaskWorker.runOnce), against EmploymentStatusStub.shared()
        "aae.external-tasks.polling=false", "aae.employment-status.read-timeout=PT2S"})
public abstract class ServiceIT {

    protected static final String ADMIN = "itadmin";
    protected static final int SMTP_PORT = 3025;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedDatabase.register(registry);
        EmploymentStatusStub.register(registry);
    }

    /** A client authenticated as the user (password = user id), or anonymous for {@code null}. */
    protected Http as(String user) {
        return new Http("http://localhost:" + port, user);
    }

    /** Creates a Camunda user through the engine REST API and puts it in the groups. */
    protected void createUser(String user, String... groups) {
        Http admin = as(ADMIN);
        admin.post("/engine-rest/user/create", """
                {"profile": {"id": "%s", "firstName": "Test", "lastName": "%s", "email": "%s@aae.example"},
                 "credentials": {"password": "%s"}}""".formatted(user, user, user, user)).expect(204);
        for (String group : groups) {
            admin.put("/engine-rest/group/" + group + "/members/" + user).expect(204);
        }
    }
}
