package fr.francetravail.aae.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.francetravail.aae.common.WorkingDays;
import fr.francetravail.aae.demo.HistoryPlan.Candidate;
import fr.francetravail.aae.demo.HistoryPlan.Fate;
import fr.francetravail.aae.demo.HistoryPlan.PlannedOperation;
import fr.francetravail.aae.demo.HistoryPlan.Stage;
import fr.francetravail.aae.demo.HistoryPlan.SurveyAnswer;
import fr.francetravail.aae.outcome.Situation;
import fr.francetravail.aae.survey.Satisfaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo history as planned: the same every time for a day, every phase present, the deck's figures within a few points. */
class HistoryPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final HistoryPlan plan = HistoryPlan.of(TODAY);

    @Test
    void theSameDayGivesTheSamePlanAndTheSeedMatters() {
        assertThat(HistoryPlan.of(TODAY)).isEqualTo(plan);
        assertThat(HistoryPlan.of(TODAY).hashCode()).isEqualTo(plan.hashCode());
        assertThat(HistoryPlan.of(TODAY, HistoryPlan.SEED + 1)).isNotEqualTo(plan);
    }

    @Test
    void aboutSixtyOperationsOverTwoYearsInFiveRegionsAtEveryPhase() {
        assertThat(plan.operations()).as("avec les six opérations de dev : une soixantaine").hasSize(54);
        assertThat(plan.operations().stream().map(o -> o.site().region()).distinct()).hasSize(5);
        assertThat(plan.operations().stream().map(PlannedOperation::stage).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Stage.class));
        assertThat(count(o -> o.stage() == Stage.CLOSED)).isEqualTo(40);
        assertThat(plan.operations().stream().filter(o -> o.stage() == Stage.CANCELLED).map(PlannedOperation::cancellation).distinct()).hasSize(5);
        assertThat(plan.operations()).allSatisfy(o -> assertThat(o.year()).isBetween(2025, 2026));
        assertThat(plan.operations()).filteredOn(o -> o.stage() == Stage.CLOSED)
                .allSatisfy(o -> assertThat(o.employerMeetingDate().plusMonths(6)).as("M6 passé").isBefore(TODAY));
        assertThat(plan.operations()).filteredOn(o -> o.stage().running())
                .allSatisfy(o -> assertThat(o.year()).isEqualTo(2026));
        assertThat(plan.operations()).filteredOn(o -> o.stage() == Stage.WORKSHOPS)
                .allSatisfy(o -> assertThat(o.workshops().get(o.workshopsDone())).as("atelier du dernier jour ouvré à émarger")
                        .isEqualTo(WorkingDays.onOrBefore(TODAY.minusDays(1))));
        assertThat(plan.operations().stream().flatMap(o -> o.candidates().stream()).map(Candidate::franceTravailId).distinct().count())
                .as("un demandeur d'emploi par candidature").isEqualTo(plan.operations().stream().mapToLong(o -> o.candidates().size()).sum());
    }

    /**
     * Whatever the day of the start (a Monday after a weekend, the day after a public holiday, Christmas week), every date
     * of the history falls on a working day, the workshops a week or so apart and in order, and what is past stays past.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30", "2026-12-01", "2026-12-05", "2026-12-28", "2027-05-02", "2027-05-10", "2027-07-15", "2027-11-12"})
    void everyDateOfTheHistoryIsAWorkingDay(LocalDate today) {
        for (PlannedOperation o : HistoryPlan.of(today).operations()) {
            List<LocalDate> days = new ArrayList<>(List.of(o.proposedOn(), o.infoMeetingDate()));
            days.addAll(o.workshops());
            days.add(o.employerMeetingDate());
            assertThat(days).as("opération %d (%s)", o.number(), o.stage()).allSatisfy(day -> assertThat(WorkingDays.isWorkingDay(day))
                    .as("%s, %s", day, day.getDayOfWeek()).isTrue()).isSorted().doesNotHaveDuplicates();
            assertThat(o.workshops().stream().filter(day -> day.isBefore(today)).count()).as("ateliers passés de l'opération %d", o.number())
                    .isEqualTo(o.stage() == Stage.WORKSHOPS ? o.workshopsDone() + 1 : o.stage() == Stage.COHORT_VALIDATION ? 0 : 6);
        }
    }

    @Test
    void theDecksFiguresLandWithinAFewPoints() {
        List<Candidate> completers = plan.completers();
        long closed = count(o -> o.stage() == Stage.CLOSED);
        assertThat((double) completers.size() / closed).as("participants par groupe").isCloseTo(10, within(1.0));
        assertThat(share(completers, c -> employment(c.outcomes().get(2)))).as("en emploi à 6 mois").isCloseTo(0.58, within(0.03));
        assertThat(share(completers, c -> c.outcomes().get(2) == Situation.TRAINING)).as("en formation").isCloseTo(0.15, within(0.03));
        assertThat(share(completers, c -> c.meeting().served())).as("au moins une proposition").isCloseTo(0.76, within(0.03));
        List<SurveyAnswer> answers = completers.stream().map(Candidate::survey).filter(Objects::nonNull).toList();
        assertThat(share(answers, HistoryPlanTest::satisfied)).as("participants satisfaits").isCloseTo(0.92, within(0.03));
        List<PlannedOperation> surveyed = plan.operations().stream().filter(o -> o.partnerSurvey() != null).toList();
        assertThat(share(surveyed, o -> satisfied(o.partnerSurvey()))).as("structures satisfaites").isEqualTo(1.0);
        assertThat(share(surveyed, o -> satisfied(o.counsellorSurvey()))).as("conseillers satisfaits").isCloseTo(0.93, within(0.04));
        List<Candidate> enrolled = plan.operations().stream().flatMap(o -> o.candidates().stream())
                .filter(c -> c.fate() != Fate.DECLINED && c.fate() != Fate.NO_SHOW).toList();
        assertThat(share(enrolled, Candidate::rsa)).as("bénéficiaires du RSA").isCloseTo(0.30, within(0.05));
        assertThat(share(enrolled, Candidate::disability)).as("travailleurs handicapés").isCloseTo(0.12, within(0.04));
    }

    private static boolean employment(Situation situation) {
        return situation != Situation.TRAINING && situation != Situation.STILL_SEEKING && situation != Situation.OTHER;
    }

    private static boolean satisfied(SurveyAnswer answer) {
        return answer.satisfaction() == Satisfaction.VERY_SATISFIED || answer.satisfaction() == Satisfaction.RATHER_SATISFIED;
    }

    private long count(Predicate<PlannedOperation> filter) {
        return plan.operations().stream().filter(filter).count();
    }

    private static <T> double share(List<T> items, Predicate<T> filter) {
        return (double) items.stream().filter(filter).count() / items.size();
    }
}
