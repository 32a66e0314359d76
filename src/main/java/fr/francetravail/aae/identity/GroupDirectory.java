package fr.francetravail.aae.identity;

import fr.francetravail.aae.common.Region;
import java.util.List;

/**
 * Keeps one Tasklist group per agency and per cultural partner, so tasks can be routed to them, each a member of the
 * regions it works in (the Camunda tenants of those regions); says who is in a group.
 */
public interface GroupDirectory {

    /** The group exists and its members see the region's process instances, on top of the regions they already see. */
    void ensureGroup(String groupId, String name, Region region);

    /** The existing group's members see the region's process instances too. */
    void joinRegion(String groupId, Region region);

    /** The e-mail addresses of the group's members of the region who have one. */
    List<String> emailsOf(String groupId, Region region);
}
