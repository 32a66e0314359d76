package fr.francetravail.aae.cohort;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ParticipantRepository extends ListCrudRepository<Participant, Long> {

    Optional<Participant> findByFranceTravailId(String franceTravailId);

    List<Participant> findByFranceTravailIdIn(Collection<String> franceTravailIds);
}
