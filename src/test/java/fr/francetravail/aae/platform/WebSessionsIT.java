package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.support.ServiceIT;
import fr.francetravail.aae.support.WebappSession;
import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Tasklist login lives in the database, not in the memory of the node that answered: what one node wrote, every node
 * reads (the cluster needs no sticky sessions), and a session the database no longer holds is no login anywhere.
 */
class WebSessionsIT extends ServiceIT {

    private static final String TASK_COUNT = "/camunda/api/engine/engine/default/task/count";
    /** The session attribute where the webapps keep who is logged in. */
    private static final String LOGIN = "authenticatedUser";

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aLoginIsARowOfTheDatabaseAndEndsWithIt() {
        createUser("ws-conseiller", "conseillers");
        WebappSession browser = WebappSession.login("http://localhost:" + port, "ws-conseiller");
        HttpCookie cookie = browser.cookie("SESSION").orElseThrow(() -> new AssertionError("no SESSION cookie: " + browser));
        assertThat(cookie.isHttpOnly()).as("session cookie HttpOnly").isTrue();
        browser.get(TASK_COUNT).expect(200);

        String session = decoded(cookie.getValue());
        assertThat(jdbc.sql("""
                select a.attribute_name from spring_session s join spring_session_attributes a on a.session_primary_id = s.primary_id
                where s.session_id = ?""").param(session).query(String.class).list())
                .as("the session's attributes in the database")
                .contains(LOGIN);

        assertThat(jdbc.sql("delete from spring_session where session_id = ?").param(session).update()).isEqualTo(1);
        assertThat(browser.get(TASK_COUNT).status()).as("the same cookie once the database forgot the session").isEqualTo(401);
    }

    /** A logout on one node is a logout on all: the webapps empty the login in place, and that change is written too. */
    @Test
    void loggingOutEmptiesTheLoginInTheDatabase() {
        createUser("ws-manager", "managers");
        WebappSession browser = WebappSession.login("http://localhost:" + port, "ws-manager");
        String session = decoded(browser.cookie("SESSION").orElseThrow().getValue());
        assertThat(storedLogin(session)).contains("ws-manager");

        browser.post("/camunda/api/admin/auth/user/default/logout", "").expect(200);
        assertThat(storedLogin(session)).doesNotContain("ws-manager");
        assertThat(browser.get(TASK_COUNT).status()).isEqualTo(401);
    }

    /** The serialized login of the session, as stored (Java serialization writes the user id as it is). */
    private String storedLogin(String session) {
        byte[] bytes = jdbc.sql("""
                select a.attribute_bytes from spring_session s join spring_session_attributes a on a.session_primary_id = s.primary_id
                where s.session_id = ? and a.attribute_name = ?""").params(session, LOGIN).query(byte[].class).single();
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Spring Session's cookie holds the session id in Base64. */
    private static String decoded(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);
    }
}
