package fr.francetravail.aae.common;

import java.util.Collection;
import java.util.Set;

/** Who is asking: the user id and the groups that decide what they may see. */
public record Viewer(String userId, Set<String> groups) {

    public static final String MANAGERS = "managers";
    public static final String COUNSELLORS = "conseillers";
    public static final String AFDAS = "afdas";
    public static final String ADMINS = "camunda-admin";
    public static final String AGENCY_GROUP_PREFIX = "agence-";
    public static final String PARTNER_GROUP_PREFIX = "partenaire-";

    /** The viewer from a user id and its group ids, however the caller holds them (none for {@code null}). */
    public static Viewer of(String userId, Collection<String> groups) {
        return new Viewer(userId, groups == null ? Set.of() : Set.copyOf(groups));
    }

    public boolean seesEverything() {
        return groups.contains(MANAGERS) || groups.contains(ADMINS) || groups.contains(AFDAS);
    }

    /** A manager or an administrator: who may cancel an operation. */
    public boolean isManager() {
        return groups.contains(MANAGERS) || groups.contains(ADMINS);
    }

    public boolean isMemberOfAgency(String agencyCode) {
        return groups.contains(AGENCY_GROUP_PREFIX + agencyCode);
    }

    /** A counsellor of the agency, a manager or an administrator: who may see participants' and employers' details. */
    public boolean isStaffOf(String agencyCode) {
        return isMemberOfAgency(agencyCode) || groups.contains(MANAGERS) || groups.contains(ADMINS);
    }

    public boolean isMemberOfPartner(String partnerSlug) {
        return groups.contains(PARTNER_GROUP_PREFIX + partnerSlug);
    }
}
