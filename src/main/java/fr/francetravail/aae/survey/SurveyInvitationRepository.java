package fr.francetravail.aae.survey;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SurveyInvitationRepository extends ListCrudRepository<SurveyInvitation, Long> {

    /** The invitation of a link, locked until the transaction ends: two answers sent at once are taken one after the other. */
    @Query("select * from survey_invitation where token_hash = :tokenHash for update")
    Optional<SurveyInvitation> findForUpdateByTokenHash(String tokenHash);

    Optional<SurveyInvitation> findByTokenHash(String tokenHash);

    @Query("select * from survey_invitation where enrolment_id = :enrolmentId for update")
    Optional<SurveyInvitation> findForUpdateByEnrolmentId(long enrolmentId);

    boolean existsByEnrolmentId(long enrolmentId);

    List<SurveyInvitation> findByOperationIdOrderById(long operationId);

    int countByOperationId(long operationId);
}
