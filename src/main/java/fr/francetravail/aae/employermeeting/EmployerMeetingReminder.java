package fr.francetravail.aae.employermeeting;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The reminder of an operation's employer meeting, sent once: to how many participants and employers, and when. */
@Table("employer_meeting_reminder")
class EmployerMeetingReminder {

    @Id
    private Long id;
    private Long operationId;
    private int participants;
    private int employers;
    private Instant sentAt;

    private EmployerMeetingReminder() {
    }

    EmployerMeetingReminder(long operationId, int participants, int employers, Instant sentAt) {
        this.operationId = operationId;
        this.participants = participants;
        this.employers = employers;
        this.sentAt = sentAt;
    }

    Instant getSentAt() {
        return sentAt;
    }
}
