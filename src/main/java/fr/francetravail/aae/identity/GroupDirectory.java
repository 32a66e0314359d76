package fr.francetravail.aae.identity;

/** Keeps one Tasklist group per agency and per cultural partner, so tasks can be routed to them. */
public interface GroupDirectory {

    void ensureGroup(String groupId, String name);
}
