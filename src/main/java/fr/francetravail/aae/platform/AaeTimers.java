package fr.francetravail.aae.platform;

import fr.francetravail.aae.common.Delay;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Every delay the models wait for ({@code aae.timers.*}, ISO-8601: {@code P5D}, {@code PT14H}, {@code P1M}), so a demo
 * can compress months into minutes. The models read it as bean {@code aaeTimers} ({@link TimeConfiguration}), e.g.
 * {@code ${aaeTimers.partnerReminder().iso()}}. A missing or malformed value stops start-up with the property's name.
 *
 * @param partnerReminder how long the partner has to answer the convention before being reminded
 * @param partnerEscalation how long before an unanswered convention is escalated to the managers
 * @param conventionDraftDue due date of « Rédiger la convention »
 * @param conventionSignatureDue due date of « Signer la convention »
 * @param recruitmentDecisionDelay after the information meeting's day, how long candidates have to answer: the
 *        recruitment deadline
 * @param workshopReminderBefore before the workshop's day begins, when participants get their reminder (PT14H: 10:00
 *        the day before)
 * @param attendanceSheetAfter after the workshop's day begins, when the attendance sheet opens (PT17H: 17:00 the same
 *        day)
 * @param attendanceDue how long the partner has to record attendance once the sheet opens
 * @param inactivityAlert how long an operation may go without progress before managers are alerted
 * @param afdasSilence how often managers are reminded while AFDAS has not answered a payment request
 * @param inactivityCheck how often a running action checks for inactivity
 * @param employerMeetingReminderBefore before the employer meeting's day begins, when participants and employers get
 *        their reminder (PT14H: 10:00 the day before)
 * @param meetingResultsAfter after the employer meeting's day begins, when the counsellor records the results (PT17H:
 *        17:00 the same day)
 * @param surveyReminderAfter after the surveys are sent, when those who have not answered are reminded
 * @param surveyCloseAfter after the participants' reminder, when the survey window closes
 * @param outcomeM1 after the end of the action, the first check-in of a participant's situation
 * @param outcomeM3 after the end of the action, the second check-in
 * @param outcomeM6 after the end of the action, the measured outcome of the programme
 * @param outcomeQualificationDue how long a counsellor has to qualify a situation the status service does not know
 */
@Validated
@ConfigurationProperties("aae.timers")
public record AaeTimers(
        @NotNull Delay partnerReminder,
        @NotNull Delay partnerEscalation,
        @NotNull Delay conventionDraftDue,
        @NotNull Delay conventionSignatureDue,
        @NotNull Delay recruitmentDecisionDelay,
        @NotNull Delay workshopReminderBefore,
        @NotNull Delay attendanceSheetAfter,
        @NotNull Delay attendanceDue,
        @NotNull Delay inactivityAlert,
        @NotNull Delay afdasSilence,
        @NotNull Delay inactivityCheck,
        @NotNull Delay employerMeetingReminderBefore,
        @NotNull Delay meetingResultsAfter,
        @NotNull Delay surveyReminderAfter,
        @NotNull Delay surveyCloseAfter,
        @NotNull Delay outcomeM1,
        @NotNull Delay outcomeM3,
        @NotNull Delay outcomeM6,
        @NotNull Delay outcomeQualificationDue) {

    /** {@code afdas-silence} as the timer cycle the BPMN reads ({@code R/P30D}). */
    public String afdasSilenceCycle() {
        return "R/" + afdasSilence.iso();
    }

    /** {@code inactivity-check} as the timer cycle the BPMN reads ({@code R/P1D}). */
    public String inactivityCheckCycle() {
        return "R/" + inactivityCheck.iso();
    }

    /** The whole survey window: the staff's survey tasks close, unanswered, when it ends. */
    public Delay surveyWindow() {
        return surveyReminderAfter.plus(surveyCloseAfter);
    }
}
