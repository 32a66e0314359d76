package fr.francetravail.aae.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.francetravail.aae.agency.Agency;
import fr.francetravail.aae.agency.AgencyService;
import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.partner.CulturalPartner;
import fr.francetravail.aae.partner.PartnerService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the start forms of {@code aae-operation} and {@code aae-operation-cancellation} offer each user: their agencies and
 * the structures of those agencies' regions (everything for a manager); the operations a manager may cancel.
 */
class StartFormChoicesTest {

    private static final Viewer ARRAS_COUNSELLOR = Viewer.of("conseiller", Set.of("conseillers", "agence-arras"), Set.of("HDF"));
    private static final Viewer MANAGER = Viewer.of("manager", Set.of("managers"), Set.of("HDF", "NOR"));
    private static final Viewer MEDIATOR = Viewer.of("mediateur", Set.of("partenaire-louvre-lens"), Set.of("HDF"));
    private static final Viewer AFDAS = Viewer.of("afdas", Set.of("afdas"), Set.of("HDF", "NOR"));

    private final AgencyService agencies = mock(AgencyService.class);
    private final PartnerService partners = mock(PartnerService.class);
    private final OperationStartChoices start = new OperationStartChoices(
            new OperationProposals(null, null, agencies, partners, null, null, null, null));

    @BeforeEach
    void referenceData() {
        List<Agency> all = List.of(agency("caen", "France Travail Caen", Region.NOR), agency("lens", "France Travail Lens", Region.HDF),
                agency("arras", "France Travail Arras", Region.HDF));
        when(agencies.list()).thenReturn(all);
        List<CulturalPartner> structures = List.of(partner("mba-caen", "Musée des Beaux-Arts de Caen", "Caen", Region.NOR),
                partner("louvre-lens", "Louvre-Lens", "Lens", Region.HDF), partner("mba-arras", "Musée des beaux-arts d'Arras", "Arras", Region.HDF));
        when(partners.list()).thenReturn(structures);
    }

    @Test
    void aCounsellorChoosesAmongTheirAgenciesAndTheirRegionsStructuresByName() {
        Map<String, Object> lists = start.startFormValuesFor(ARRAS_COUNSELLOR);

        assertThat(lists.get("agencies")).isEqualTo(List.of(option("France Travail Arras", "arras")));
        assertThat(lists.get("partners")).as("Hauts-de-France, by name").isEqualTo(List.of(
                option("Louvre-Lens — Lens", "louvre-lens"), option("Musée des beaux-arts d'Arras — Arras", "mba-arras")));
    }

    @Test
    void aManagerChoosesAmongEveryAgencyAndStructure() {
        Map<String, Object> lists = start.startFormValuesFor(MANAGER);

        assertThat(values(lists.get("agencies"))).containsExactly("arras", "caen", "lens");
        assertThat(values(lists.get("partners"))).as("« beaux-arts d'Arras » before « Beaux-Arts de Caen »: French order, not case")
                .containsExactly("louvre-lens", "mba-arras", "mba-caen");
    }

    @Test
    void whoIsNoCounsellorNorManagerIsOfferedNothing() {
        for (Viewer viewer : List.of(MEDIATOR, AFDAS, Viewer.of("système", null, null))) {
            Map<String, Object> lists = start.startFormValuesFor(viewer);

            assertThat(lists.get("agencies")).as(viewer.userId()).isEqualTo(List.of());
            assertThat(lists.get("partners")).as(viewer.userId()).isEqualTo(List.of());
        }
    }

    @Test
    void theStartFormOfTheOperationProcessShowsThem() {
        assertThat(start.processDefinitionKeys()).containsExactly(OperationProcess.KEY);
        assertThat(start.taskDefinitionKeys()).isEmpty();
    }

    @Test
    void aManagerIsOfferedTheOperationsStillRunningByReferenceAndStructure() {
        OperationService operations = mock(OperationService.class);
        Operation running = mock(Operation.class);
        when(running.getReference()).thenReturn("AAE-2027-HDF-0004");
        when(running.getPartnerSlug()).thenReturn("louvre-lens");
        when(running.getRegion()).thenReturn(Region.HDF);
        when(operations.running(MANAGER)).thenReturn(List.of(running));
        CancellationChoices cancellation = new CancellationChoices(operations, new OperationOptions(partners));

        assertThat(cancellation.startFormValuesFor(MANAGER))
                .isEqualTo(Map.of("operations", List.of(option("AAE-2027-HDF-0004 — Louvre-Lens", "AAE-2027-HDF-0004"))));
        assertThat(cancellation.processDefinitionKeys()).containsExactly(CancellationProcess.KEY);
    }

    @Test
    void whoMayNotCancelIsOfferedNoOperation() {
        OperationService operations = mock(OperationService.class);
        Operation running = mock(Operation.class);
        when(running.getRegion()).thenReturn(Region.HDF);
        Viewer otherRegionsManager = Viewer.of("manager-ara", Set.of("managers"), Set.of("ARA"));
        for (Viewer viewer : List.of(ARRAS_COUNSELLOR, otherRegionsManager)) {
            when(operations.running(viewer)).thenReturn(List.of(running));
        }
        CancellationChoices cancellation = new CancellationChoices(operations, new OperationOptions(partners));

        assertThat(cancellation.startFormValuesFor(ARRAS_COUNSELLOR)).isEqualTo(Map.of("operations", List.of()));
        assertThat(cancellation.startFormValuesFor(otherRegionsManager)).as("a manager of another region").isEqualTo(Map.of("operations", List.of()));
    }

    private static Agency agency(String code, String name, Region region) {
        Agency agency = mock(Agency.class);
        when(agency.getCode()).thenReturn(code);
        when(agency.getName()).thenReturn(name);
        when(agency.getRegion()).thenReturn(region);
        return agency;
    }

    private static CulturalPartner partner(String slug, String name, String city, Region region) {
        CulturalPartner partner = mock(CulturalPartner.class);
        when(partner.getSlug()).thenReturn(slug);
        when(partner.getName()).thenReturn(name);
        when(partner.getCity()).thenReturn(city);
        when(partner.getRegion()).thenReturn(region);
        return partner;
    }

    private static Map<String, String> option(String label, String value) {
        return Map.of("label", label, "value", value);
    }

    private static List<String> values(Object options) {
        return ((List<?>) options).stream().map(option -> ((Map<?, ?>) option).get("value").toString()).toList();
    }
}
