package fr.francetravail.aae.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The tokens of participants' personal links. Each invitation draws 256 random bits (its salt, from
 * {@link SecureRandom}); its token is the HMAC-SHA256 of that salt under the service's link key, written in 43 URL-safe
 * characters. The database keeps the salt and the token's SHA-256 hash, never the token: a link is found by its hash,
 * and each mail of the link (invitation, retries, reminder) derives the same token again from the salt and the key
 * while it is sent.
 */
@Component
class SurveyTokens {

    static final int TOKEN_LENGTH = 43;

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{" + TOKEN_LENGTH + "}");
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();
    private static final String HMAC = "HmacSHA256";

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    SurveyTokens(SurveySettings settings) {
        key = new SecretKeySpec(settings.linkKey().getBytes(StandardCharsets.UTF_8), HMAC);
    }

    /** A new token for an invitation: what to store (salt, hash) and what to send (the token). */
    Issued issue() {
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        String encodedSalt = URL_SAFE.encodeToString(salt);
        String token = tokenOf(encodedSalt);
        return new Issued(encodedSalt, token, hash(token));
    }

    /** The token of a stored salt, as it was first sent (while the key is the same). */
    String tokenOf(String salt) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return URL_SAFE.encodeToString(mac.doFinal(salt.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token first sent for a stored salt and hash, or nothing if the link key has changed since. */
    Optional<String> reissue(String salt, String hash) {
        return Optional.of(tokenOf(salt)).filter(token -> hash(token).equals(hash));
    }

    /** The hash the database knows a token by: SHA-256, 64 lower-case hex digits. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The hash to look a presented token up by, or nothing for text that cannot be a token (no query then). Lookup is by
     * hash, so the comparison an attacker could time is on a SHA-256 they cannot steer: no constant-time compare needed.
     */
    static Optional<String> hashOfPresented(String presented) {
        return presented != null && WELL_FORMED.matcher(presented).matches() ? Optional.of(hash(presented)) : Optional.empty();
    }

    /** A token just drawn: the salt and hash to store, the token to send. */
    record Issued(String salt, String token, String hash) {
    }
}
