package fr.francetravail.aae.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The callbacks' HMAC-SHA256 signature: only the exact body under the shared secret passes. */
class AfdasSignatureTest {

    private static final String SECRET = "secret-partagé-avec-l-afdas";
    private static final byte[] BODY = """
            {"paymentReference": "AFD-1", "operationReference": "AAE-2026-HDF-0001", "status": "SETTLED", "amount": 2700.00}"""
            .getBytes(StandardCharsets.UTF_8);

    private final AfdasSignature signature = new AfdasSignature(SECRET);

    @Test
    void theSignatureOfTheBodyWithTheSecretPasses() {
        assertThat(signature.sign(BODY)).matches("sha256=[0-9a-f]{64}");
        assertThat(signature.isValid(BODY, signature.sign(BODY))).isTrue();
        assertThat(signature.isValid(BODY, signature.sign(BODY).toUpperCase().replace("SHA256=", "sha256="))).as("hex en majuscules").isTrue();
    }

    @Test
    void aKnownVectorComputedWithOpenssl() {
        // printf '%s' 'hello' | openssl dgst -sha256 -hmac 'key'
        assertThat(new AfdasSignature("key").sign("hello".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=9307b3b915efb5171ff14d8cb55fbcc798c6c0ef1456d66ded1a6aa723a58b7b");
    }

    @Test
    void aMissingMalformedOrForgedSignatureFails() {
        assertThat(signature.isValid(BODY, null)).isFalse();
        assertThat(signature.isValid(BODY, "")).isFalse();
        assertThat(signature.isValid(BODY, signature.sign(BODY).substring("sha256=".length()))).as("sans préfixe").isFalse();
        assertThat(signature.isValid(BODY, "sha256=pas-de-l-hexadecimal")).isFalse();
        assertThat(signature.isValid(BODY, "sha256=" + "0".repeat(64))).isFalse();
        assertThat(signature.isValid(BODY, signature.sign(BODY).substring(0, 40))).as("tronquée").isFalse();
    }

    @Test
    void anotherSecretFails() {
        assertThat(signature.isValid(BODY, new AfdasSignature("un-autre-secret").sign(BODY))).isFalse();
    }

    @Test
    void anAlteredBodyFails() {
        String signed = signature.sign(BODY);
        byte[] altered = new String(BODY, StandardCharsets.UTF_8).replace("2700.00", "27000.00").getBytes(StandardCharsets.UTF_8);
        byte[] spaced = (new String(BODY, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        assertThat(signature.isValid(altered, signed)).isFalse();
        assertThat(signature.isValid(spaced, signed)).as("un espace de plus").isFalse();
    }
}
