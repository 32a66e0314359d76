package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.support.ProfileBinder;
import java.util.Map;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.WebappProperty;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * Cookies and HSTS as each profile binds them: {@code postgres} runs behind a TLS proxy (Secure cookies, HSTS, the proxy's
 * forwarded headers believed from its address only); {@code dev} stays usable over plain http.
 */
class TransportSecuritySettingsTest {

    @Test
    void postgresMakesCookiesSecureAndSendsHstsBehindItsTrustedProxy() {
        Binder postgres = ProfileBinder.of("postgres", Map.of("AAE_TRUSTED_PROXIES", "10\\.0\\.0\\.7"));
        ServerProperties server = server(postgres);
        WebappProperty webapps = webapps(postgres);

        assertThat(server.getForwardHeadersStrategy()).isEqualTo(ServerProperties.ForwardHeadersStrategy.NATIVE);
        assertThat(server.getTomcat().getRemoteip().getInternalProxies()).isEqualTo("10\\.0\\.0\\.7");
        assertThat(server.getServlet().getSession().getCookie().getSecure()).as("the webapps' session cookie (Spring Session)").isTrue();
        assertThat(webapps.getCsrf().isEnableSecureCookie()).isTrue();
        assertThat(webapps.getHeaderSecurity().isHstsDisabled()).isFalse();
        assertThat(webapps.getHeaderSecurity().getHstsMaxAge()).isEqualTo("31536000");
    }

    @Test
    void postgresBelievesForwardedHeadersFromThisHostOnlyByDefault() {
        String proxies = server(ProfileBinder.of("postgres", Map.of())).getTomcat().getRemoteip().getInternalProxies();

        assertThat("127.0.0.1").matches(proxies);
        assertThat("0:0:0:0:0:0:0:1").matches(proxies);
        assertThat("10.0.0.7").doesNotMatch(proxies);
        assertThat("192.168.1.20").doesNotMatch(proxies);
    }

    @Test
    void devKeepsPlainHttpWorking() {
        Binder dev = ProfileBinder.of("dev", Map.of());

        assertThat(server(dev).getServlet().getSession().getCookie().getSecure()).isNull();
        assertThat(server(dev).getForwardHeadersStrategy()).isNull();
        assertThat(webapps(dev).getHeaderSecurity().isHstsDisabled()).isTrue();
    }

    private static ServerProperties server(Binder binder) {
        return binder.bindOrCreate("server", ServerProperties.class);
    }

    private static WebappProperty webapps(Binder binder) {
        return binder.bindOrCreate("camunda.bpm", CamundaBpmProperties.class).getWebapp();
    }
}
