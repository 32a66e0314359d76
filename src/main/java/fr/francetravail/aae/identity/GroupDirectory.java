package fr.francetravail.aae.identity;

import java.util.List;

/** Keeps one Tasklist group per agency and per cultural partner, so tasks can be routed to them; says who is in a group. */
public interface GroupDirectory {

    void ensureGroup(String groupId, String name);

    /** The e-mail addresses of the group's members who have one. */
    List<String> emailsOf(String groupId);
}
