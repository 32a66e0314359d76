package fr.francetravail.aae.kpi;

import fr.francetravail.aae.agency.Agency;
import fr.francetravail.aae.agency.AgencyService;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.NotFoundException;
import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.kpi.KpiQueries.CompletedParticipants;
import fr.francetravail.aae.kpi.KpiQueries.Figures;
import fr.francetravail.aae.kpi.KpiQueries.PublicCounts;
import fr.francetravail.aae.kpi.KpiQueries.Satisfaction;
import fr.francetravail.aae.kpi.KpiReport.Amount;
import fr.francetravail.aae.kpi.KpiReport.Child;
import fr.francetravail.aae.kpi.KpiReport.Coherence;
import fr.francetravail.aae.kpi.KpiReport.Deployment;
import fr.francetravail.aae.kpi.KpiReport.Efficacy;
import fr.francetravail.aae.kpi.KpiReport.EfficacyReference;
import fr.francetravail.aae.kpi.KpiReport.Efficiency;
import fr.francetravail.aae.kpi.KpiReport.Level;
import fr.francetravail.aae.kpi.KpiReport.Phase;
import fr.francetravail.aae.kpi.KpiReport.PublicShare;
import fr.francetravail.aae.kpi.KpiReport.Quality;
import fr.francetravail.aae.kpi.KpiReport.QualityReference;
import fr.francetravail.aae.kpi.KpiReport.Rate;
import fr.francetravail.aae.kpi.KpiReport.RegionDeployment;
import fr.francetravail.aae.kpi.KpiReport.Relevance;
import fr.francetravail.aae.kpi.KpiReport.Scope;
import fr.francetravail.aae.kpi.KpiReport.YearDeployment;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.operation.OperationStatus;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deck's five criteria (efficacy, relevance, efficiency, coherence, quality), the deployment against the national
 * targets and the operations per phase, for France, a region, an agency or an operation, optionally one year (of the
 * operation's first workshop). Computed in one query over the figures of the operations in scope ({@link KpiQueries}).
 */
@Service
public class KpiService {

    private static final Set<OperationStatus> ENDED = EnumSet.of(OperationStatus.CLOSED, OperationStatus.CANCELLED);
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final KpiQueries queries;
    private final KpiSettings settings;
    private final AgencyService agencies;
    private final OperationService operations;
    private final OperationInstances instances;

    KpiService(KpiQueries queries, KpiSettings settings, AgencyService agencies, OperationService operations,
            OperationInstances instances) {
        this.queries = queries;
        this.settings = settings;
        this.agencies = agencies;
        this.operations = operations;
        this.instances = instances;
    }

    /**
     * The report of the most specific filter given (operation, then agency, then region, else France), for the year if
     * given (ignored for an operation). An unknown agency or operation is not found; a malformed year or region is refused.
     */
    @Transactional(readOnly = true)
    public KpiReport report(KpiFilter filter, Viewer viewer) {
        KpiScope scope = resolve(filter, viewer);
        List<Figures> figures = queries.figures(scope);
        CompletedParticipants participants = sum(figures, Figures::completed, CompletedParticipants.NONE, CompletedParticipants::plus);
        BigDecimal paid = sum(figures, Figures::amountSettled, BigDecimal.ZERO, BigDecimal::add).setScale(2);
        KpiSettings.References references = settings.references();
        return new KpiReport(
                new Scope(scope.level(), scope.year(), scope.region(), scope.agencyCode(),
                        scope.operationReference(), scope.label()),
                new Efficacy(Rate.of(participants.employed(), participants.followed()), Rate.of(participants.trained(), participants.followed()),
                        new EfficacyReference(references.employment(), references.training())),
                new Relevance(Rate.of(participants.served(), participants.completed()), references.served()),
                new Efficiency(paid, Amount.of(paid, participants.completed()), Amount.of(paid, participants.employed()), references.lumpSum()),
                coherence(sum(figures, Figures::publics, PublicCounts.NONE, PublicCounts::plus)),
                new Quality(satisfied(figures, Figures::participants), satisfied(figures, Figures::partners), satisfied(figures, Figures::counsellors),
                        new QualityReference(references.participantsSatisfied(), references.partnersSatisfied(), references.counsellorsSatisfied())),
                deployment(figures),
                phases(figures),
                children(scope, figures),
                scope.operationReference() == null ? null : instances.idOf(scope.operationReference()));
    }

    private static <T> T sum(List<Figures> figures, Function<Figures, T> part, T none, BinaryOperator<T> plus) {
        return figures.stream().map(part).reduce(none, plus);
    }

    /**
     * The scope within the viewer's regions: another region's operation or agency is not found (as an unknown one), another
     * region is refused; without a filter, a regional viewer gets their region (or their regions together).
     */
    private KpiScope resolve(KpiFilter filter, Viewer viewer) {
        Integer year = year(filter.year());
        if (present(filter.operation())) {
            Operation operation = operations.get(filter.operation().trim(), viewer);
            return KpiScope.operation(operation.getId(), operation.getReference());
        }
        if (present(filter.agency())) {
            Agency agency = agencies.find(filter.agency().trim()).filter(a -> viewer.readsIndicatorsOf(a.getRegion()))
                    .orElseThrow(() -> new NotFoundException("Agence inconnue : " + filter.agency().trim()));
            return KpiScope.agency(agency.getCode(), agency.getName(), year);
        }
        if (present(filter.region())) {
            Region region = region(filter.region().trim());
            if (!viewer.readsIndicatorsOf(region)) {
                throw new AccessDeniedException("La région " + region.label() + " n'est pas dans votre périmètre");
            }
            return KpiScope.region(region, year);
        }
        Set<Region> regions = Arrays.stream(Region.values()).filter(viewer::readsIndicatorsOf).collect(Collectors.toSet());
        return regions.size() == Region.values().length ? KpiScope.national(year)
                : regions.size() == 1 ? KpiScope.region(regions.iterator().next(), year) : KpiScope.regions(regions, year);
    }

    private static Integer year(String value) {
        if (!present(value)) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("year", "année « " + value + " » invalide : une année de " + FIRST_YEAR + " à " + LAST_YEAR + " est attendue");
    }

    private static Region region(String code) {
        try {
            return Region.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("region", "région « " + code + " » inconnue (codes possibles : "
                    + Arrays.stream(Region.values()).map(Region::name).collect(Collectors.joining(", ")) + ")");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private Coherence coherence(PublicCounts counts) {
        return new Coherence(Arrays.stream(PriorityPublic.values())
                .map(p -> new PublicShare(p, p.label(), Rate.of(counts.byPublic().get(p), counts.participants()), settings.territoryShares().get(p)))
                .toList());
    }

    private static Rate satisfied(List<Figures> figures, Function<Figures, Satisfaction> respondents) {
        Satisfaction answers = sum(figures, respondents, Satisfaction.NONE, Satisfaction::plus);
        return Rate.of(answers.satisfied(), answers.answered());
    }

    private Deployment deployment(List<Figures> figures) {
        Map<Integer, Long> byYear = new TreeMap<>(figures.stream().filter(f -> !isCancelled(f) && f.year() != null)
                .collect(Collectors.groupingBy(Figures::year, Collectors.summingLong(Figures::operations))));
        Map<Region, Long> byRegion = new TreeMap<>(figures.stream().filter(f -> !isCancelled(f))
                .collect(Collectors.groupingBy(f -> Region.valueOf(f.regionCode()), Collectors.summingLong(Figures::operations))));
        return new Deployment(
                byYear.entrySet().stream().map(e -> new YearDeployment(e.getKey(), e.getValue(), settings.targetOf(e.getKey()))).toList(),
                byRegion.entrySet().stream().map(e -> new RegionDeployment(e.getKey(), e.getKey().label(), e.getValue())).toList());
    }

    private static List<Phase> phases(List<Figures> figures) {
        Map<String, Long> byStatus = figures.stream()
                .collect(Collectors.groupingBy(Figures::status, Collectors.summingLong(Figures::operations)));
        return Arrays.stream(OperationStatus.values()).filter(status -> !ENDED.contains(status))
                .map(status -> new Phase(status, PhaseLabels.of(status), byStatus.getOrDefault(status.name(), 0L)))
                .toList();
    }

    private static List<Child> children(KpiScope scope, List<Figures> figures) {
        Level level = scope.childLevel();
        if (level == null) {
            return List.of();
        }
        Map<String, List<Figures>> byChild = new TreeMap<>(figures.stream().collect(Collectors.groupingBy(Figures::childKey)));
        return byChild.entrySet().stream().map(child -> {
            CompletedParticipants completed = sum(child.getValue(), Figures::completed, CompletedParticipants.NONE, CompletedParticipants::plus);
            String label = child.getValue().get(0).childLabel();
            return new Child(level, child.getKey(), level == Level.REGION ? Region.valueOf(label).label() : label,
                    child.getValue().stream().filter(f -> !isCancelled(f)).mapToLong(Figures::operations).sum(),
                    Rate.of(completed.employed(), completed.followed()), Rate.of(completed.served(), completed.completed()));
        }).toList();
    }

    private static boolean isCancelled(Figures figures) {
        return OperationStatus.CANCELLED.name().equals(figures.status());
    }
}
