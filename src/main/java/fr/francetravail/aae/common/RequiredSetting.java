package fr.francetravail.aae.common;

import java.util.regex.Pattern;

/**
 * Start-up checks of the settings production must give (secrets, addresses). A missing or weak value stops start-up with
 * the property's name and the reason, in French and English, never with the value itself.
 */
public final class RequiredSetting {

    /** The shortest secret accepted: 32 characters, 256 bits once a random key is written in base 64. */
    public static final int MINIMUM_SECRET_LENGTH = 32;

    private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s/]+\\S*");

    private RequiredSetting() {
    }

    /** The secret, set and at least {@value #MINIMUM_SECRET_LENGTH} characters long. */
    public static String secret(String property, String value) {
        if (value == null || value.isBlank() || value.strip().length() < MINIMUM_SECRET_LENGTH) {
            throw new IllegalArgumentException(property + " : secret obligatoire d'au moins " + MINIMUM_SECRET_LENGTH
                    + " caractères / required secret of at least " + MINIMUM_SECRET_LENGTH + " characters");
        }
        return value;
    }

    /** The address, set and starting with {@code http://} or {@code https://}. */
    public static String httpUrl(String property, String value) {
        if (value == null || !HTTP_URL.matcher(value).matches()) {
            throw new IllegalArgumentException(property + " : adresse http(s):// obligatoire / required http(s):// address");
        }
        return value;
    }
}
