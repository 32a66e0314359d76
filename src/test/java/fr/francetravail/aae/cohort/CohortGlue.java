package fr.francetravail.aae.cohort;

import fr.francetravail.aae.operation.OperationService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Registers the cohort's real process glue, on the given (mocked) services, for process tests of other packages. */
public final class CohortGlue {

    private CohortGlue() {
    }

    public static void register(CohortService cohort, OperationService operations) {
        Mocks.register("inviteCandidateDelegate", new InviteCandidateDelegate(cohort));
        Mocks.register("candidateDecisionListener", new CandidateDecisionListener(cohort));
        Mocks.register("tagPriorityPublicsDelegate", new TagPriorityPublicsDelegate(cohort));
        Mocks.register("placeCandidateDelegate", new PlaceCandidateDelegate(cohort));
        Mocks.register("expireCandidateDelegate", new ExpireCandidateDelegate(cohort));
        Mocks.register("cohortBuiltListener", new CohortBuiltListener(cohort));
        Mocks.register("closeRecruitmentDelegate", new CloseRecruitmentDelegate(cohort));
        Mocks.register("extendRecruitmentDelegate", new ExtendRecruitmentDelegate(cohort));
        Mocks.register("cohortValidatedListener", new CohortValidatedListener(operations));
        Mocks.register("absenceFollowedUpListener", new AbsenceFollowedUpListener(cohort));
        Mocks.register("identifyParticipantListener", new IdentifyParticipantListener(cohort));
        Mocks.register("reportPlaceTakenDelegate", new ReportPlaceTakenDelegate(cohort, BpmnAwareTests.runtimeService()));
        Mocks.register("endActionDelegate", new EndActionDelegate(cohort, operations));
    }
}
