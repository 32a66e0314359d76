package fr.francetravail.aae.cohort;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ParticipantRepository extends ListCrudRepository<Participant, Long> {

    Optional<Participant> findByFranceTravailId(String franceTravailId);

    List<Participant> findByFranceTravailIdIn(Collection<String> franceTravailIds);

    /** The enrolment's participant, who always exists (an enrolment references them). */
    default Participant of(Enrolment enrolment) {
        return findById(enrolment.getParticipantId()).orElseThrow();
    }
}
