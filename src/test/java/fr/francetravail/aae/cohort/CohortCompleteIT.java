package fr.francetravail.aae.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.support.Journey;
import fr.francetravail.aae.support.Journey.Cohort;
import fr.francetravail.aae.support.Scenario;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The last places of a cohort taken at the same instant: their « Signaler le groupe complet » jobs run together (as the
 * job executors of one node or several run them) and the operation hears once that its target is reached, without a
 * job failing on the operation and waiting for its retry.
 */
class CohortCompleteIT extends ServiceIT {

    private static final String REPORT_PLACE_TAKEN = "Task_ReportPlaceTaken";
    private static final int GROUP = 6;

    @Autowired
    private ManagementService management;
    @Autowired
    private HistoryService history;
    @Autowired
    private RuntimeService runtime;

    @Test
    void placesTakenTogetherTellTheOperationOnceAndNoneFails() throws Exception {
        Scenario scenario = scenario("cc-manager").agency(Agency.of("cc-laval", "Laval").in("PDL"))
                .partner(Partner.of("cc-musee", "Musée de Laval", "53000000000014").in("PDL", "Laval").contact("Accueil", "accueil@laval.example"))
                .counsellor("cc-conseiller", "cc-laval").mediator("cc-mediateur", "cc-musee");
        LocalDate firstWorkshop = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(40);
        Journey journey = scenario.journey(Proposal.of("cc-musee", "cc-laval", firstWorkshop).workshops(firstWorkshop, 3).groupSize(GROUP),
                new Cohort("53077", "Ensemble", "cc-"), "cc-conseiller", "cc-mediateur", "cc-manager");
        journey.signConvention().buildCohort(1, GROUP);

        // the reports are held back while the candidates accept, then released all at once
        String definition = management.createJobDefinitionQuery().processDefinitionKey("aae-enrolment").activityIdIn(REPORT_PLACE_TAKEN)
                .singleResult().getId();
        List<Job> reports;
        management.suspendJobDefinitionById(definition, true);
        try {
            journey.candidatesAccept();
            reports = reportsOf(definition, journey.reference());
        } finally {
            management.activateJobDefinitionById(definition, true);
        }
        assertThat(reports).as("une place prise par candidat").hasSize(GROUP);

        CyclicBarrier together = new CyclicBarrier(GROUP);
        ExecutorService nodes = Executors.newFixedThreadPool(GROUP);
        List<Future<?>> runs = new ArrayList<>();
        for (Job report : reports) {
            runs.add(nodes.submit(() -> {
                together.await();
                management.executeJob(report.getId());
                return null;
            }));
        }
        nodes.shutdown();
        for (Future<?> run : runs) {
            run.get();
        }

        assertThat(reportsOf(definition, journey.reference()))
                .as("signalements en attente d'un nouvel essai").isEmpty();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(journey.instance()).activityId("Event_CohortTargetReached")
                .finished().count()).as("l'opération apprend une fois que le groupe est complet").isEqualTo(1);
        assertThat(tasks(as("cc-manager"), journey.reference(), "Task_ValidateCohort")).hasSize(1);
    }

    /** The operation's « Signaler le groupe complet » jobs (its candidates' enrolment processes carry its reference). */
    private List<Job> reportsOf(String definition, String reference) {
        Set<String> enrolments = runtime.createProcessInstanceQuery().processDefinitionKey("aae-enrolment").processInstanceBusinessKey(reference)
                .list().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        return management.createJobQuery().jobDefinitionId(definition).list().stream()
                .filter(job -> enrolments.contains(job.getProcessInstanceId())).toList();
    }
}
