package fr.francetravail.aae.outcome;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stands in for the job seekers' status service in {@code dev} only, under the same contract: the answer depends on the
 * France Travail id alone, so a demo is repeatable. Of eleven ids, nine get one of the situations, one « UNKNOWN » and
 * one a 404 (job seeker unknown).
 */
@Profile("dev")
@RestController
class EmploymentStatusSimulator {

    private static final List<Situation> SITUATIONS = Arrays.asList(Situation.values());

    @GetMapping("/simulators/employment-status/job-seekers/{franceTravailId}/situation")
    ResponseEntity<Map<String, String>> situation(@PathVariable String franceTravailId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        int draw = Math.floorMod(franceTravailId.hashCode(), SITUATIONS.size() + 2);
        if (draw == SITUATIONS.size() + 1) {
            return ResponseEntity.notFound().build();
        }
        String situation = draw < SITUATIONS.size() ? SITUATIONS.get(draw).name() : OutcomeFollowUpProcess.SITUATION_UNKNOWN;
        return ResponseEntity.ok(Map.of("franceTravailId", franceTravailId, "date", date.toString(), "situation", situation));
    }
}
