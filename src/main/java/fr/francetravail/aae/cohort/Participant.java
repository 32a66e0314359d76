package fr.francetravail.aae.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A job seeker, known by the France Travail id, with the contact details and the facts the priority publics are
 * decided on. Personal data: it lives in this table only; processes know the participant by enrolment id.
 */
@Table("participant")
public class Participant {

    @Id
    private Long id;
    private String franceTravailId;
    private String lastName;
    private String firstName;
    private String email;
    private String phone;
    private int birthYear;
    private LocalDate registeredSince;
    private boolean rsaBeneficiary;
    private boolean qpvResident;
    private boolean recognisedDisability;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    private Participant() {
    }

    Participant(CandidateRequest candidate, Instant now) {
        this.franceTravailId = candidate.franceTravailId();
        this.createdAt = now;
        update(candidate, now);
    }

    /** The latest details a counsellor entered replace the previous ones. */
    void update(CandidateRequest candidate, Instant now) {
        lastName = candidate.lastName().strip();
        firstName = candidate.firstName().strip();
        email = candidate.email().strip();
        phone = candidate.phone();
        birthYear = candidate.birthYear();
        registeredSince = candidate.registeredSince();
        rsaBeneficiary = candidate.rsaBeneficiary();
        qpvResident = candidate.qpvResident();
        recognisedDisability = candidate.recognisedDisability();
        updatedAt = now;
    }

    /** Age reached this year: the birth year is all the programme keeps. */
    int ageIn(LocalDate day) {
        return day.getYear() - birthYear;
    }

    int registrationMonthsOn(LocalDate day) {
        return (int) Period.between(registeredSince, day).toTotalMonths();
    }

    public Long getId() {
        return id;
    }

    public String getFranceTravailId() {
        return franceTravailId;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    /** « NOM Prénom », as counsellors and mediators write it on a sheet. */
    public String getDisplayName() {
        return lastName.toUpperCase(java.util.Locale.FRENCH) + " " + firstName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public int getBirthYear() {
        return birthYear;
    }

    public LocalDate getRegisteredSince() {
        return registeredSince;
    }

    public boolean isRsaBeneficiary() {
        return rsaBeneficiary;
    }

    public boolean isQpvResident() {
        return qpvResident;
    }

    public boolean isRecognisedDisability() {
        return recognisedDisability;
    }
}
