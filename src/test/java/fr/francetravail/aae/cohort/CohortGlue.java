package fr.francetravail.aae.cohort;

import fr.francetravail.aae.operation.OperationService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Registers the cohort's real process glue, on the given (mocked) services, for process tests of other packages. */
public final class CohortGlue {

    private CohortGlue() {
    }

    public static void register(RecruitmentService recruitment, ParticipationService participation, CohortService cohort,
            OperationService operations) {
        Mocks.register("inviteCandidateDelegate", new InviteCandidateDelegate(recruitment, cohort));
        Mocks.register("candidateDecisionListener", new CandidateDecisionListener(recruitment));
        Mocks.register("tagPriorityPublicsDelegate", new TagPriorityPublicsDelegate(recruitment));
        Mocks.register("placeCandidateDelegate", new PlaceCandidateDelegate(recruitment));
        Mocks.register("expireCandidateDelegate", new ExpireCandidateDelegate(recruitment));
        Mocks.register("cohortBuiltListener", new CohortBuiltListener(recruitment));
        Mocks.register("closeRecruitmentDelegate", new CloseRecruitmentDelegate(recruitment));
        Mocks.register("extendRecruitmentDelegate", new ExtendRecruitmentDelegate(recruitment));
        Mocks.register("cohortValidatedListener", new CohortValidatedListener(operations));
        Mocks.register("absenceFollowedUpListener", new AbsenceFollowedUpListener(participation));
        Mocks.register("identifyParticipantListener", new IdentifyParticipantListener(cohort));
        Mocks.register("reportPlaceTakenDelegate", new ReportPlaceTakenDelegate(recruitment, BpmnAwareTests.runtimeService()));
        Mocks.register("endActionDelegate", new EndActionDelegate(participation, operations));
    }
}
