package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may call which route of {@code /api} and the dashboard ({@link SecurityConfiguration}), each role against each
 * family of routes, in a web slice: the service's security chain in front of a controller that answers every route and
 * notes each call it receives. A refused call gets a French problem and never reaches a controller.
 */
@WebMvcTest
@ContextConfiguration(classes = {ApiAccessRulesTest.EveryRoute.class, SecurityConfiguration.class, ProblemSecurityHandler.class,
        CamundaIdentityAuthenticationProvider.class})
class ApiAccessRulesTest {

    private static final List<String> REACHED = new ArrayList<>();

    @MockitoBean
    private IdentityService identity;

    @MockitoBean
    private LoginThrottle throttle;

    /** The password check's transaction (no database in this slice). */
    @MockitoBean
    private PlatformTransactionManager transactions;

    @Autowired
    private MockMvc mvc;

    @BeforeEach
    void noCallYet() {
        REACHED.clear();
    }

    @ParameterizedTest(name = "{0} {1} par {2} : {3}")
    @CsvSource({
            // reference data: read by staff, changed by managers
            "GET,    /api/agencies/lens,                      conseillers,        200",
            "GET,    /api/agencies/lens,                      partenaire-louvre,  403",
            "POST,   /api/agencies,                           conseillers,        403",
            "POST,   /api/agencies,                           managers,           200",
            "PUT,    /api/partners/louvre,                    partenaire-louvre,  403",
            "DELETE, /api/partners/louvre,                    managers,           200",
            // operations: proposed and filled by counsellors, cancelled by managers, read by whoever is logged in
            "POST,   /api/operations,                         conseillers,        200",
            "POST,   /api/operations,                         managers,           403",
            "POST,   /api/operations,                         partenaire-louvre,  403",
            "POST,   /api/operations/AAE-1/candidates,        partenaire-louvre,  403",
            "POST,   /api/operations/AAE-1/cancellation,      conseillers,        403",
            "POST,   /api/operations/AAE-1/cancellation,      managers,           200",
            "POST,   /api/operations/AAE-1/enrolments/7/withdrawal, partenaire-louvre, 403",
            "POST,   /api/operations/AAE-1/employers,         partenaire-louvre,  403",
            "PUT,    /api/operations/AAE-1/meeting-results,   partenaire-louvre,  403",
            "GET,    /api/operations/AAE-1,                   partenaire-louvre,  200",
            "POST,   /api/operations/AAE-1/anything-else,     conseillers,        200",
            // figures: managers, national steering and observers (the service keeps each to their regions), the
            // fiche of an operation not for observers; the outbox (every region's recipients): national steering only
            "GET,    /api/kpis,                               conseillers,        403",
            "GET,    /api/kpis.csv,                           managers,           200",
            "GET,    /api/kpis,                               observateurs,       200",
            "GET,    /api/kpis,                               pilotage-national,  200",
            "GET,    /api/operations/AAE-1/fiche,             conseillers,        403",
            "GET,    /api/operations/AAE-1/fiche,             partenaire-louvre,  403",
            "GET,    /api/operations/AAE-1/fiche,             observateurs,       403",
            "GET,    /api/operations/AAE-1/fiche,             managers,           200",
            "GET,    /api/operations/AAE-1/fiche,             pilotage-national,  200",
            "GET,    /api/notifications,                      conseillers,        403",
            "GET,    /api/notifications,                      managers,           403",
            "GET,    /api/notifications,                      pilotage-national,  200",
            "POST,   /api/operations/AAE-1/cancellation,      pilotage-national,  403",
            "POST,   /api/operations/AAE-1/cancellation,      observateurs,       403",
            "GET,    /pilotage/,                              conseillers,        403",
            "GET,    /pilotage/,                              managers,           200",
            "GET,    /pilotage/,                              observateurs,       200",
            "GET,    /v3/api-docs,                            partenaire-louvre,  403",
            "GET,    /v3/api-docs,                            conseillers,        200",
            // the administrator passes every rule
            "POST,   /api/operations/AAE-1/cancellation,      camunda-admin,      200",
            "GET,    /api/kpis,                               camunda-admin,      200",
            // no account: only AFDAS's signed callbacks and the health probes
            "GET,    /api/operations/AAE-1,                   ,                   401",
            "POST,   /api/operations,                         ,                   401",
            "POST,   /api/afdas/callbacks,                    ,                   200",
            "GET,    /actuator/health,                        ,                   200",
    })
    void eachRoleReachesItsRoutesOnly(String method, String path, String group, int expected) throws Exception {
        MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(method), path).contentType(MediaType.APPLICATION_JSON)
                .content("{}");
        if (group != null) {
            call.with(user("utilisateur").authorities(() -> group));
        }

        MockHttpServletResponse response = mvc.perform(call).andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        if (expected == 200) {
            assertThat(REACHED).containsExactly(method + " " + path);
        } else {
            assertThat(REACHED).as("aucun contrôleur atteint").isEmpty();
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(response.getContentAsString()).contains(expected == 401 ? "Authentification requise" : "Accès refusé")
                    .doesNotContain("Unauthorized", "Forbidden");
        }
    }

    /** A browser not logged in is sent to Tasklist's login, which will send it back to the page; no Basic prompt. */
    @Test
    void aBrowserNotLoggedInIsSentToTheWebappsLoginAndBack() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/pilotage/").queryParam("year", "2027").queryParam("agency", "lens"))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).isEqualTo("/camunda/app/tasklist/default/?retour=%2Fpilotage%2F%3Fyear%3D2027%26agency%3Dlens");
        assertThat(page.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isNull();
        assertThat(REACHED).isEmpty();
    }

    /** The page's own calls get their 401 without the challenge that opens the browser's prompt; API clients with it. */
    @Test
    void onlyApiClientsAreChallengedForBasicCredentials() throws Exception {
        MockHttpServletResponse fromThePage = mvc.perform(get("/api/kpis").header("Sec-Fetch-Site", "same-origin")).andReturn().getResponse();
        MockHttpServletResponse fromAClient = mvc.perform(get("/api/kpis")).andReturn().getResponse();

        assertThat(fromThePage.getStatus()).isEqualTo(401);
        assertThat(fromThePage.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isNull();
        assertThat(fromAClient.getStatus()).isEqualTo(401);
        assertThat(fromAClient.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic ");
        assertThat(REACHED).isEmpty();
    }

    /** Answers every route and notes the call. */
    @RestController
    static class EveryRoute {

        @RequestMapping({"/api/**", "/pilotage/**", "/v3/api-docs", "/actuator/health"})
        String any(HttpServletRequest request) {
            REACHED.add(request.getMethod() + " " + request.getRequestURI());
            return "{}";
        }
    }
}
