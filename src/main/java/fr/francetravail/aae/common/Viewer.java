package fr.francetravail.aae.common;

import java.util.Set;

/** Who is asking: the user id and the groups that decide what they may see. */
public record Viewer(String userId, Set<String> groups) {

    public static final String MANAGERS = "managers";
    public static final String COUNSELLORS = "conseillers";
    public static final String AFDAS = "afdas";
    public static final String ADMINS = "camunda-admin";
    public static final String AGENCY_GROUP_PREFIX = "agence-";
    public static final String PARTNER_GROUP_PREFIX = "partenaire-";

    public boolean seesEverything() {
        return groups.contains(MANAGERS) || groups.contains(ADMINS) || groups.contains(AFDAS);
    }

    public boolean isMemberOfAgency(String agencyCode) {
        return groups.contains(AGENCY_GROUP_PREFIX + agencyCode);
    }

    public boolean isMemberOfPartner(String partnerSlug) {
        return groups.contains(PARTNER_GROUP_PREFIX + partnerSlug);
    }
}
