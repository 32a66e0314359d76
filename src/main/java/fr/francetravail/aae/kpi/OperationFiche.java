package fr.francetravail.aae.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One operation at a glance for managers (« fiche opération »): its phase, its milestones, what is due next, the tasks
 * open, the mails sent and the payment. Participants are counted, never named; mails are listed by subject, never by
 * recipient.
 */
record OperationFiche(String reference, String status, String phase, String agencyCode, String partnerSlug,
        String processInstanceId, List<Milestone> timeline, List<Deadline> deadlines, List<OpenTask> openTasks,
        List<MailsSent> mails, Payment payment, List<Participants> participants) {

    /** A dated step of the operation, planned ({@code done} false) or behind it. */
    record Milestone(String label, LocalDate date, boolean done) {
    }

    /** What is due, and when: an open task's due date ({@code TASK}) or a timer of the processes ({@code TIMER}). */
    record Deadline(String label, Instant due, String kind) {
    }

    /** A task waiting to be done: its assignee, or the groups that may take it. */
    record OpenTask(String name, String assignee, List<String> candidateGroups, Instant created, Instant due) {
    }

    /** The mails sent with this subject: how many, the first and the last. */
    record MailsSent(String subject, long count, Instant first, Instant last) {
    }

    /** The partner's lump sum: where it stands ({@code state}, in French in {@code label}); none before the action ends. */
    record Payment(String state, String label, BigDecimal amount, LocalDate settledOn) {
    }

    /** How many people are at this stage of enrolment ({@code status}, in French in {@code label}). */
    record Participants(String status, String label, long count) {
    }
}
