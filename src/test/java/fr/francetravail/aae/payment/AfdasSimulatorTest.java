package fr.francetravail.aae.payment;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.francetravail.aae.support.ProfileBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.client.RestClient;

/**
 * The {@code dev} AFDAS simulator, with the {@code dev} profile's settings, keeps the real API's contract: without the
 * API key nothing is received and no signed settlement is ever scheduled for the callback.
 */
class AfdasSimulatorTest {

    private static final String PAYMENT = """
            {"operationReference": "AAE-2026-HDF-0001", "partnerSiret": "14000000000004", "partnerName": "Musée",
             "amount": 2700.00, "currency": "EUR", "actionEndedOn": "2026-06-30", "bilanDate": "2026-07-03", "submissionNumber": 1}""";

    private final TaskScheduler scheduler = mock(TaskScheduler.class);
    private AfdasSettings afdas;
    private MockMvc simulator;

    @BeforeEach
    void devSimulator() {
        afdas = ProfileBinder.of("dev", Map.of()).bindOrCreate("aae.afdas", AfdasSettings.class);
        AfdasSimulator.SimulatorSettings settings = new AfdasSimulator.SimulatorSettings(Duration.ofSeconds(30), "http://localhost/callbacks");
        simulator = MockMvcBuilders.standaloneSetup(new AfdasSimulator(settings, afdas, scheduler, RestClient.builder(), new ObjectMapper(),
                Clock.fixed(Instant.parse("2026-07-10T10:00:00Z"), Clock.systemUTC().getZone()))).build();
    }

    @Test
    void anAnonymousCallerGetsNoPaymentAndNoSettlement() throws Exception {
        simulator.perform(payment("attack-1")).andExpect(status().isUnauthorized());
        simulator.perform(payment("attack-2").header(AfdasClient.API_KEY, "guessed-key")).andExpect(status().isUnauthorized());

        verifyNoInteractions(scheduler);
    }

    @Test
    void theServiceWithItsApiKeyIsPaidAndSettledLater() throws Exception {
        simulator.perform(payment("aae-1").header(AfdasClient.API_KEY, afdas.apiKey())).andExpect(status().isCreated());

        verify(scheduler).schedule(any(Runnable.class), any(Instant.class));
    }

    private static MockHttpServletRequestBuilder payment(String idempotencyKey) {
        return post("/simulators/afdas/payments").contentType(MediaType.APPLICATION_JSON).header(AfdasClient.IDEMPOTENCY_KEY, idempotencyKey)
                .content(PAYMENT);
    }
}
