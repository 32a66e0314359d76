package fr.francetravail.aae.workshop;

/** A participant's presence at one workshop, as the partner's attendance sheet records it. */
public enum Presence {
    PRESENT, EXCUSED, UNEXCUSED
}
