package fr.francetravail.aae.employermeeting;

/**
 * The forms of phase 4's user tasks in {@code aae-operation} and what they show at read time. Form keys of the submitted
 * lists are {@code OperationProcess.Variables.EMPLOYERS} and {@code MEETING_RESULTS}.
 */
final class EmployerMeetingTasks {

    /** Form of « Inviter les entreprises » ({@code OperationProcess.TASK_REGISTER_EMPLOYERS}). */
    static final String FORM_EMPLOYER_REGISTRATION = "aae-employer-registration";
    /** Form of « Saisir les résultats de la rencontre » ({@code OperationProcess.TASK_RECORD_MEETING_RESULTS}). */
    static final String FORM_MEETING_RESULTS = "aae-meeting-results";

    /** Read-time form values, never stored: the companies already registered and the meeting's day, in French. */
    static final String REGISTERED_EMPLOYERS = "registeredEmployers";
    static final String EMPLOYER_MEETING_DAY = "employerMeetingDay";

    private EmployerMeetingTasks() {
    }
}
