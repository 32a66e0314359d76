package fr.francetravail.aae.platform;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
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

    private static String checked(String name, String value) {
        try {
            DatatypeFactory.newInstance().newDuration(value);
            return value;
        } catch (IllegalArgumentException | NullPointerException | DatatypeConfigurationException e) {
            throw new IllegalArgumentException("aae.timers." + name + " : durée ISO-8601 attendue (ex. P5D, PT10M), reçu « " + value + " »", e);
        }
    }
}
