package fr.francetravail.aae.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.payment.Payment.CallbackOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * AFDAS's callbacks, authenticated by their signature alone (no user): the HMAC-SHA256 of the raw body with the shared
 * secret. A missing or wrong signature is refused (401) before anything is read or written.
 */
@RestController
@Tag(name = "AFDAS", description = "Réponses de l'AFDAS sur les paiements (signées HMAC-SHA256)")
class AfdasCallbackController {

    private static final Logger log = LoggerFactory.getLogger(AfdasCallbackController.class);

    private final PaymentService payments;
    private final AfdasSignature signature;
    private final ObjectMapper json;

    AfdasCallbackController(PaymentService payments, AfdasSettings settings, ObjectMapper json) {
        this.payments = payments;
        this.signature = new AfdasSignature(settings.callbackSecret());
        this.json = json;
    }

    @PostMapping(path = "/api/afdas/callbacks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Règlement ou rejet d'un paiement par l'AFDAS ; en-tête X-Afdas-Signature: sha256=<HMAC-SHA256 hexadécimal du corps>. "
            + "Un doublon répond 200 sans rien changer ; une réponse que le paiement n'attend pas répond 409.")
    Map<String, String> receive(@RequestBody byte[] body, @RequestHeader(name = AfdasSignature.HEADER, required = false) String signed) {
        if (!signature.isValid(body, signed)) {
            throw new ForgedCallback();
        }
        CallbackOutcome outcome = payments.receive(parse(body));
        return Map.of("outcome", outcome == CallbackOutcome.APPLIED ? "RECORDED" : "DUPLICATE_IGNORED");
    }

    private AfdasCallback parse(byte[] body) {
        try {
            return json.readValue(body, AfdasCallback.class);
        } catch (IOException e) {
            throw new InvalidInputException("(corps)", "réponse de l'AFDAS illisible (JSON attendu, voir openapi/afdas-payments.yaml)");
        }
    }

    @ExceptionHandler(ForgedCallback.class)
    ProblemDetail forged() {
        log.warn("Réponse de l'AFDAS refusée : signature absente ou invalide");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Signature " + AfdasSignature.HEADER + " absente ou invalide");
        problem.setTitle("Authentification requise");
        return problem;
    }

    /** The body is not signed by AFDAS. */
    private static class ForgedCallback extends RuntimeException {
    }
}
