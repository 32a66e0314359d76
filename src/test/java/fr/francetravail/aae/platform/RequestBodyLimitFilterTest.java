package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** Each path's body limit, with a declared length or without (chunked), and the refusals' wording. */
class RequestBodyLimitFilterTest {

    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(new RequestBodySettings(DataSize.ofKilobytes(256),
            DataSize.ofKilobytes(16), DataSize.ofKilobytes(128), DataSize.ofMegabytes(1), DataSize.ofKilobytes(8), DataSize.ofKilobytes(4)),
            new ProblemSecurityHandler(Jackson2ObjectMapperBuilder.json().build()));

    @Test
    void eachPathFamilyHasItsLimit() throws Exception {
        Map<String, Integer> limits = Map.of(
                "/api/operations/AAE-2026-HDF-0001/candidates", 256 * 1024,
                "/api/afdas/callbacks", 16 * 1024,
                "/api/operations/AAE-2026-HDF-0001/employers", 128 * 1024,
                "/engine-rest/task/1/complete", 1024 * 1024,
                "/camunda/api/engine/engine/default/task/1/submit-form", 1024 * 1024,
                "/enquete/abc", 8 * 1024,
                "/simulators/afdas/payments", 4 * 1024,
                "/api/afdas/callbacks;jsessionid=1", 16 * 1024);
        for (Map.Entry<String, Integer> limit : limits.entrySet()) {
            assertThat(filter(declared(limit.getKey(), limit.getValue())).getStatus()).as(limit.getKey()).isEqualTo(200);
            assertThat(filter(declared(limit.getKey(), limit.getValue() + 1)).getStatus()).as(limit.getKey()).isEqualTo(413);
        }
    }

    @Test
    void aDeclaredLengthAboveTheLimitIsRefusedWithoutGoingFurther() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(declared("/api/afdas/callbacks", 20 * 1024 * 1024), response, chain);

        assertThat(chain.getRequest()).as("ni authentification ni lecture du corps").isNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"title\":\"Requête trop volumineuse\"",
                "\"detail\":\"Le corps de la requête dépasse la limite de 16 Ko pour cette adresse\"", "\"limit\":16384");
    }

    @Test
    void aBodyWithoutLengthIsReadUpToTheLimitOnly() throws Exception {
        assertThat(filter(chunked("/api/afdas/callbacks", 16 * 1024 + 1, "application/json")).getStatus()).isEqualTo(413);

        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(chunked("/api/afdas/callbacks", 16 * 1024, "application/json"), new MockHttpServletResponse(), chain);
        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
        assertThat(passed.getInputStream().readAllBytes()).hasSize(16 * 1024);
        assertThat(passed.getContentLengthLong()).isEqualTo(16 * 1024);
    }

    @Test
    void aBodyReadInMemoryRefusesAnUnknownEncodingAsTheServletApiSays() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(chunked("/api/operations", 10, "application/json;charset=inconnu"), new MockHttpServletResponse(), chain);

        assertThatThrownBy(() -> ((HttpServletRequest) chain.getRequest()).getReader()).isInstanceOf(UnsupportedEncodingException.class);
    }

    @Test
    void aFormWithoutLengthIsRefused() throws Exception {
        MockHttpServletResponse response = filter(chunked("/enquete/abc", 10, "application/x-www-form-urlencoded"));

        assertThat(response.getStatus()).isEqualTo(411);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Content-Length");
    }

    @Test
    void limitsReadInFrench() {
        assertThat(RequestBodyLimitFilter.inFrench(DataSize.ofMegabytes(1))).isEqualTo("1 Mo");
        assertThat(RequestBodyLimitFilter.inFrench(DataSize.ofKilobytes(256))).isEqualTo("256 Ko");
        assertThat(RequestBodyLimitFilter.inFrench(DataSize.ofBytes(1500))).isEqualTo("1500 octets");
    }

    private MockHttpServletResponse filter(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest declared(String path, int length) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType("application/json");
        request.setContent(new byte[length]);
        return request;
    }

    /** A body sent in chunks: no declared length. */
    private static MockHttpServletRequest chunked(String path, int length, String contentType) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContentType(contentType);
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContent(new byte[length]);
        return request;
    }
}
