package fr.francetravail.aae.survey;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SurveyResponseRepository extends ListCrudRepository<SurveyResponse, Long> {

    boolean existsByOperationIdAndRespondent(long operationId, String respondent);

    int countByOperationIdAndRespondentType(long operationId, RespondentType type);

    int countByOperationIdAndRespondentTypeAndSatisfiedTrue(long operationId, RespondentType type);

    /** Participants who answered through a counsellor before any link was sent to them. */
    @Query("""
            select count(*) from survey_response r where r.operation_id = :operationId and r.respondent_type = 'PARTICIPANT'
            and not exists (select 1 from survey_invitation i where i.enrolment_id = r.enrolment_id)""")
    int countParticipantsAnsweredWithoutLink(long operationId);
}
