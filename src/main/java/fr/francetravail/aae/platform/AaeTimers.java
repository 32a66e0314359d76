package fr.francetravail.aae.platform;

import java.time.Instant;
import java.time.ZonedDateTime;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Every duration the models wait for ({@code aae.timers.*}, ISO-8601), read by the BPMN as
 * {@code ${aaeTimers.partnerReminder()}} so a demo can compress months into minutes. A malformed value stops start-up.
 */
@Component("aaeTimers")
@ConfigurationProperties("aae.timers")
public class AaeTimers {

    private String partnerReminder = "P5D";
    private String partnerEscalation = "P21D";
    private String conventionDraftDue = "P7D";
    private String conventionSignatureDue = "P5D";
    private String recruitmentDecisionDelay = "P7D";
    private String workshopReminderBefore = "PT14H";
    private String attendanceSheetAfter = "PT17H";
    private String attendanceDue = "P2D";
    private String inactivityAlert = "P30D";
    private String afdasSilence = "P30D";
    private String inactivityCheck = "P1D";
    private String employerMeetingReminderBefore = "PT14H";
    private String meetingResultsAfter = "PT17H";
    private String surveyReminderAfter = "P7D";
    private String surveyCloseAfter = "P14D";
    private String outcomeM1 = "P1M";
    private String outcomeM3 = "P3M";
    private String outcomeM6 = "P6M";
    private String outcomeQualificationDue = "P7D";

    public String partnerReminder() {
        return partnerReminder;
    }

    public void setPartnerReminder(String value) {
        partnerReminder = checked("partner-reminder", value);
    }

    public String partnerEscalation() {
        return partnerEscalation;
    }

    public void setPartnerEscalation(String value) {
        partnerEscalation = checked("partner-escalation", value);
    }

    public String conventionDraftDue() {
        return conventionDraftDue;
    }

    public void setConventionDraftDue(String value) {
        conventionDraftDue = checked("convention-draft-due", value);
    }

    public String conventionSignatureDue() {
        return conventionSignatureDue;
    }

    public void setConventionSignatureDue(String value) {
        conventionSignatureDue = checked("convention-signature-due", value);
    }

    /** After the information meeting's day, how long candidates have to answer: the recruitment deadline. */
    public String recruitmentDecisionDelay() {
        return recruitmentDecisionDelay;
    }

    public void setRecruitmentDecisionDelay(String value) {
        recruitmentDecisionDelay = checked("recruitment-decision-delay", value);
    }

    /** Before the workshop's day begins, when participants get their reminder (PT14H: 10:00 the day before). */
    public String workshopReminderBefore() {
        return workshopReminderBefore;
    }

    public void setWorkshopReminderBefore(String value) {
        workshopReminderBefore = checked("workshop-reminder-before", value);
    }

    /** After the workshop's day begins, when the attendance sheet opens (PT17H: 17:00 the same day). */
    public String attendanceSheetAfter() {
        return attendanceSheetAfter;
    }

    public void setAttendanceSheetAfter(String value) {
        attendanceSheetAfter = checked("attendance-sheet-after", value);
    }

    /** How long the partner has to record attendance once the sheet opens. */
    public String attendanceDue() {
        return attendanceDue;
    }

    public void setAttendanceDue(String value) {
        attendanceDue = checked("attendance-due", value);
    }

    /** How often managers are reminded while AFDAS has not answered a payment request, as a timer cycle ({@code R/P30D}). */
    public String afdasSilenceCycle() {
        return "R/" + afdasSilence;
    }

    public void setAfdasSilence(String value) {
        afdasSilence = checked("afdas-silence", value);
    }

    /** How long an operation may go without progress before managers are alerted. */
    public String inactivityAlert() {
        return inactivityAlert;
    }

    public void setInactivityAlert(String value) {
        inactivityAlert = checked("inactivity-alert", value);
    }

    /** How often a running action checks for inactivity, as the timer cycle the BPMN reads ({@code R/P1D}). */
    public String inactivityCheckCycle() {
        return "R/" + inactivityCheck;
    }

    public void setInactivityCheck(String value) {
        inactivityCheck = checked("inactivity-check", value);
    }

    /** Before the employer meeting's day begins, when participants and employers get their reminder (PT14H: 10:00 the day before). */
    public String employerMeetingReminderBefore() {
        return employerMeetingReminderBefore;
    }

    public void setEmployerMeetingReminderBefore(String value) {
        employerMeetingReminderBefore = checked("employer-meeting-reminder-before", value);
    }

    /** After the employer meeting's day begins, when the counsellor records the results (PT17H: 17:00 the same day). */
    public String meetingResultsAfter() {
        return meetingResultsAfter;
    }

    public void setMeetingResultsAfter(String value) {
        meetingResultsAfter = checked("meeting-results-after", value);
    }

    /** After the surveys are sent, when those who have not answered are reminded. */
    public String surveyReminderAfter() {
        return surveyReminderAfter;
    }

    public void setSurveyReminderAfter(String value) {
        surveyReminderAfter = checked("survey-reminder-after", value);
    }

    /** The whole survey window: the staff's survey tasks close, unanswered, when it ends. */
    public String surveyWindow() {
        try {
            DatatypeFactory factory = DatatypeFactory.newInstance();
            return factory.newDuration(surveyReminderAfter).add(factory.newDuration(surveyCloseAfter)).toString();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After the participants' reminder, when the survey window closes. */
    public String surveyCloseAfter() {
        return surveyCloseAfter;
    }

    public void setSurveyCloseAfter(String value) {
        surveyCloseAfter = checked("survey-close-after", value);
    }

    /** After the end of the action, the first check-in of a participant's situation. */
    public String outcomeM1() {
        return outcomeM1;
    }

    public void setOutcomeM1(String value) {
        outcomeM1 = checked("outcome-m1", value);
    }

    /** After the end of the action, the second check-in. */
    public String outcomeM3() {
        return outcomeM3;
    }

    public void setOutcomeM3(String value) {
        outcomeM3 = checked("outcome-m3", value);
    }

    /** After the end of the action, the measured outcome of the programme. */
    public String outcomeM6() {
        return outcomeM6;
    }

    public void setOutcomeM6(String value) {
        outcomeM6 = checked("outcome-m6", value);
    }

    /** How long a counsellor has to qualify a situation the status service does not know. */
    public String outcomeQualificationDue() {
        return outcomeQualificationDue;
    }

    public void setOutcomeQualificationDue(String value) {
        outcomeQualificationDue = checked("outcome-qualification-due", value);
    }

    /** {@code from} plus an ISO-8601 duration of this configuration, in French calendar terms (see below). */
    public static Instant plus(Instant from, String duration) {
        return shifted(from.atZone(TimeConfiguration.FRANCE), duration, 1).toInstant();
    }

    /** {@code from} minus an ISO-8601 duration, in French calendar terms. */
    public static Instant minus(Instant from, String duration) {
        return shifted(from.atZone(TimeConfiguration.FRANCE), duration, -1).toInstant();
    }

    /**
     * {@code from} plus an ISO-8601 duration, in calendar terms of {@code from}'s zone: the last day of March plus P1M is
     * the last day of April there, whatever the JVM's time zone.
     */
    public static ZonedDateTime plus(ZonedDateTime from, String duration) {
        return shifted(from, duration, 1);
    }

    private static ZonedDateTime shifted(ZonedDateTime from, String duration, int direction) {
        try {
            Duration parsed = DatatypeFactory.newInstance().newDuration(duration);
            long sign = (long) direction * parsed.getSign();
            return from.plusYears(sign * parsed.getYears()).plusMonths(sign * parsed.getMonths()).plusDays(sign * parsed.getDays())
                    .plusHours(sign * parsed.getHours()).plusMinutes(sign * parsed.getMinutes()).plusSeconds(sign * parsed.getSeconds());
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String checked(String name, String value) {
        try {
            DatatypeFactory.newInstance().newDuration(value);
            return value;
        } catch (IllegalArgumentException | NullPointerException | DatatypeConfigurationException e) {
            throw new IllegalArgumentException("aae.timers." + name + " : durée ISO-8601 attendue (ex. P5D, PT10M), reçu « " + value + " »", e);
        }
    }
}
