package fr.francetravail.aae.common;

import java.time.format.DateTimeFormatter;

/** How users read a date in messages and refusals: « 30/11/2026 ». */
public final class FrenchDates {

    public static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FrenchDates() {
    }
}
