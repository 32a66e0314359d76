package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Which requests take an {@code Idempotency-Key}, and the refusal of a malformed key before anything is stored or run. */
class IdempotencyFilterTest {

    private final IdempotencyKeys keys = mock(IdempotencyKeys.class);
    private final IdempotencyFilter filter = new IdempotencyFilter(keys, new ProblemSecurityHandler(Jackson2ObjectMapperBuilder.json().build()));

    @BeforeEach
    void loggedIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("cdupont", null,
                AuthorityUtils.createAuthorityList("conseillers")));
    }

    @AfterEach
    void loggedOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyPostOfTheApiTakesAKeyButAfdasCallbacks() {
        assertThat(IdempotencyFilter.takesKey("POST", "/api/operations")).isTrue();
        assertThat(IdempotencyFilter.takesKey("POST", "/api/operations/{reference}/candidates")).isTrue();
        assertThat(IdempotencyFilter.takesKey("POST", "/api/agencies")).isTrue();
        assertThat(IdempotencyFilter.takesKey("PUT", "/api/agencies/lens")).isFalse();
        assertThat(IdempotencyFilter.takesKey("POST", "/api/afdas/callbacks")).isFalse();
        assertThat(IdempotencyFilter.takesKey("POST", "/engine-rest/task/1/complete")).isFalse();
        assertThat(IdempotencyFilter.takesKey("POST", "/enquete/abc")).isFalse();
    }

    @Test
    void aKeyTooLongOrWithAControlCharacterOrAnAccentIsRefusedNamingTheHeaderAndTheLimit() throws Exception {
        for (String key : new String[] {"a".repeat(256), "clé", "abc\tdef", ""}) {
            MockFilterChain chain = new MockFilterChain();
            MockHttpServletResponse response = new MockHttpServletResponse();

            filter.doFilter(post(key), response, chain);

            assertThat(response.getStatus()).as(key).isEqualTo(400);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(key).contains(
                    "\"detail\":\"Idempotency-Key : de 1 à 255 caractères ASCII imprimables", "\"field\":\"Idempotency-Key\"",
                    "\"limit\":255");
            assertThat(chain.getRequest()).as("requête arrêtée").isNull();
        }
        verify(keys, never()).claim(anyString(), anyString(), anyString());
    }

    @Test
    void aKeyGivenTwiceIsRefused() throws Exception {
        MockHttpServletRequest request = post("a");
        request.addHeader(IdempotencyFilter.HEADER, "b");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Idempotency-Key : doit être donné une seule fois");
    }

    @Test
    void aKeyOf255PrintableCharactersIsTheUsers() throws Exception {
        String key = "k".repeat(254) + "~";
        when(keys.claim(anyString(), anyString(), anyString())).thenReturn(new IdempotencyKeys.Claimed(7));
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(post(key), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
        verify(keys).claim(eq("cdupont"), eq(key), anyString());
        verify(keys).answer(eq(7L), any());
    }

    @Test
    void withoutTheHeaderNothingIsStored() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/operations");
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
        verify(keys, never()).claim(anyString(), anyString(), anyString());
    }

    @Test
    void aRequestThatWroteNothingFreesItsKey() throws Exception {
        when(keys.claim(anyString(), anyString(), anyString())).thenReturn(new IdempotencyKeys.Claimed(8));
        when(keys.stopRunning()).thenReturn(false);

        filter.doFilter(post("k"), new MockHttpServletResponse(), (request, response) -> ((HttpServletResponse) response).setStatus(400));

        verify(keys).startRunning(8);
        verify(keys).release(8);
        verify(keys, never()).answer(anyLong(), any());
    }

    @Test
    void aFailureAfterAWriteKeepsTheKeyUnanswered() throws Exception {
        when(keys.claim(anyString(), anyString(), anyString())).thenReturn(new IdempotencyKeys.Claimed(9));
        when(keys.stopRunning()).thenReturn(true);

        filter.doFilter(post("k"), new MockHttpServletResponse(), (request, response) -> ((HttpServletResponse) response).setStatus(500));

        verify(keys, never()).release(anyLong());
        verify(keys, never()).answer(anyLong(), any());
    }

    @Test
    void anErrorBeforeAnyWriteFreesTheKeyAndGoesOn() {
        when(keys.claim(anyString(), anyString(), anyString())).thenReturn(new IdempotencyKeys.Claimed(10));
        when(keys.stopRunning()).thenReturn(false);

        assertThatThrownBy(() -> filter.doFilter(post("k"), new MockHttpServletResponse(), (request, response) -> {
            throw new StackOverflowError();
        })).isInstanceOf(StackOverflowError.class);

        verify(keys).release(10);
    }

    private static MockHttpServletRequest post(String key) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/operations");
        request.addHeader(IdempotencyFilter.HEADER, key);
        request.setContentType("application/json");
        request.setContent("{}".getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
