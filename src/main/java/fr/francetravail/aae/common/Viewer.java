package fr.francetravail.aae.common;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is asking: the user id, the groups that decide what they may do, and the regions they belong to (their Camunda
 * tenants, one per region, directly or through a group: the engine shows them those regions' process instances).
 */
public record Viewer(String userId, Set<String> groups, Set<Region> regions) {

    public static final String MANAGERS = "managers";
    public static final String COUNSELLORS = "conseillers";
    public static final String AFDAS = "afdas";
    public static final String ADMINS = "camunda-admin";
    /** National steering (« Pilotage national »): every region. */
    public static final String NATIONAL = "pilotage-national";
    /** Regional observers (DRAC): their region's aggregated KPIs, nothing personal. */
    public static final String OBSERVERS = "observateurs";
    public static final String AGENCY_GROUP_PREFIX = "agence-";
    public static final String PARTNER_GROUP_PREFIX = "partenaire-";

    /**
     * The viewer from a user id, its group ids and its tenant ids, however the caller holds them (none for {@code null});
     * a tenant that is not a region's code is no region.
     */
    public static Viewer of(String userId, Collection<String> groups, Collection<String> tenantIds) {
        Set<String> regionCodes = Arrays.stream(Region.values()).map(Region::name).collect(Collectors.toSet());
        return new Viewer(userId, groups == null ? Set.of() : Set.copyOf(groups), tenantIds == null ? Set.of()
                : tenantIds.stream().filter(regionCodes::contains).map(Region::valueOf).collect(Collectors.toUnmodifiableSet()));
    }

    /** Administrators, national steering and AFDAS (which pays every region's partners) see every region's operations. */
    public boolean seesEveryRegion() {
        return groups.contains(ADMINS) || groups.contains(NATIONAL) || groups.contains(AFDAS);
    }

    /** A manager of the region, or an administrator: who validates, signs and cancels there. */
    public boolean managesRegion(Region region) {
        return groups.contains(ADMINS) || groups.contains(MANAGERS) && regions.contains(region);
    }

    /** Every operation of the region: whoever sees every region, and the region's managers. */
    public boolean seesOperationsOf(Region region) {
        return seesEveryRegion() || managesRegion(region);
    }

    /** The region's aggregated indicators: administrators, national steering, the region's managers and observers. */
    public boolean readsIndicatorsOf(Region region) {
        return groups.contains(ADMINS) || groups.contains(NATIONAL)
                || (groups.contains(MANAGERS) || groups.contains(OBSERVERS)) && regions.contains(region);
    }

    public boolean isMemberOfAgency(String agencyCode) {
        return groups.contains(AGENCY_GROUP_PREFIX + agencyCode);
    }

    /**
     * A counsellor of the agency, a manager of the region, national steering or an administrator: who may see
     * participants' and employers' details.
     */
    public boolean isStaffOf(String agencyCode, Region region) {
        return isMemberOfAgency(agencyCode) || managesRegion(region) || groups.contains(NATIONAL);
    }

    public boolean isMemberOfPartner(String partnerSlug) {
        return groups.contains(PARTNER_GROUP_PREFIX + partnerSlug);
    }
}
