package fr.francetravail.aae.common;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The programme's dates: on French time, and how users read them in messages and refusals. */
public final class FrenchDates {

    /** The zone of the programme's calendar: "today", a day's start, a month later. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** How users read a date: « 30/11/2026 ». */
    public static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FrenchDates() {
    }
}
