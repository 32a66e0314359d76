package fr.francetravail.aae.common;

import java.time.LocalDate;

/**
 * What any value a client sends must be, whatever the channel (JSON, query or path parameter, CSV, form): text without
 * control characters, dates within a plausible range. Every entry applies these rules; domain rules (a workshop in
 * the future, a job seeker's age) come on top.
 * <p>
 * Text: refused are the C0/C1 control characters (NUL, ESC...), the Unicode line and paragraph separators (U+2028,
 * U+2029), the bidirectional overrides and isolates that make a name read otherwise than it is stored (U+202A–U+202E,
 * U+2066–U+2069) and lone surrogates. A multi-line text (a comment, a reason, a convention's plan, see
 * {@link MultiLineText}) may hold tabs and line breaks ({@code \t}, {@code \n}, {@code \r}); any other text may not.
 * <p>
 * Dates: from {@value #EARLIEST_YEAR}-01-01 to {@value #LATEST_YEAR}-12-31. No job seeker alive was born or registered
 * before 1900, and the programme plans months ahead, not a century; beyond, a date is a typo or an attack (PostgreSQL
 * would store the year 1000000 that no client can read back).
 */
public final class PlausibleInput {

    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2100;
    public static final LocalDate EARLIEST_DATE = LocalDate.of(EARLIEST_YEAR, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(LATEST_YEAR, 12, 31);

    private PlausibleInput() {
    }

    /** Why the text is refused, in French, or null when it is acceptable (null text included). */
    public static String textFault(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if (lineBreak && !multiLine) {
                return "retour à la ligne ou tabulation interdit (position " + (i + 1) + ")";
            }
            if (!lineBreak && refused(text, i)) {
                return "caractère interdit " + String.format("U+%04X", (int) c) + " (caractère de contrôle, position " + (i + 1) + ")";
            }
        }
        return null;
    }

    private static boolean refused(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /** Why the date is refused, in French, or null when it is within the plausible range (null date included). */
    public static String dateFault(LocalDate date) {
        if (date == null || !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE)) {
            return null;
        }
        return "date invraisemblable (" + date + ") : attendue entre le " + EARLIEST_DATE.format(FrenchDates.SHORT)
                + " et le " + LATEST_DATE.format(FrenchDates.SHORT);
    }

    /** The text, or an {@link InvalidInputException} naming the field. */
    public static String checkedText(String field, String text, boolean multiLine) {
        String fault = textFault(text, multiLine);
        if (fault != null) {
            throw new InvalidInputException(field, fault);
        }
        return text;
    }

    /** The date, or an {@link InvalidInputException} naming the field. */
    public static LocalDate checkedDate(String field, LocalDate date) {
        String fault = dateFault(date);
        if (fault != null) {
            throw new InvalidInputException(field, fault);
        }
        return date;
    }
}
