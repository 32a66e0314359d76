package fr.francetravail.aae.employermeeting;

/**
 * The user tasks of phase 4 in {@code aae-operation} and what their forms show at read time. Form keys of the submitted
 * lists are {@code OperationProcess.Variables.EMPLOYERS} and {@code MEETING_RESULTS}.
 */
final class EmployerMeetingTasks {

    /** « Inviter les entreprises », form {@value #FORM_EMPLOYER_REGISTRATION}. */
    static final String TASK_REGISTER_EMPLOYERS = "Task_RegisterEmployers";
    static final String FORM_EMPLOYER_REGISTRATION = "aae-employer-registration";
    /** « Saisir les résultats du job dating », form {@value #FORM_MEETING_RESULTS}. */
    static final String TASK_RECORD_MEETING_RESULTS = "Task_RecordMeetingResults";
    static final String FORM_MEETING_RESULTS = "aae-meeting-results";

    /** Read-time form values, never stored: the companies already registered and the meeting's day, in French. */
    static final String REGISTERED_EMPLOYERS = "registeredEmployers";
    static final String EMPLOYER_MEETING_DAY = "employerMeetingDay";

    private EmployerMeetingTasks() {
    }
}
