package fr.francetravail.aae.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What an integration test starts from, created as its users would: a manager, then agencies and cultural partners
 * through {@code /api}, accounts and their groups through the engine's REST API, then operations proposed by a
 * counsellor. Every integration test shares one database: each gives its own codes, slugs, SIRETs and user ids.
 * The JSON of each resource is written here only.
 */
public final class Scenario {

    private final ServiceIT service;
    private final Http manager;

    Scenario(ServiceIT service, String manager) {
        this.service = service;
        service.createUser(manager, "managers");
        this.manager = service.as(manager);
    }

    /** Created by the manager. */
    public Scenario agency(Agency agency) {
        manager.post("/api/agencies", agency.json()).expect(201);
        return this;
    }

    /** Created by the manager. */
    public Scenario partner(Partner partner) {
        manager.post("/api/partners", partner.json()).expect(201);
        return this;
    }

    /** A counsellor of these agencies (and of any further group given). */
    public Scenario counsellor(String user, String agency, String... otherGroups) {
        List<String> groups = new ArrayList<>(List.of("conseillers", "agence-" + agency));
        groups.addAll(List.of(otherGroups));
        service.createUser(user, groups.toArray(String[]::new));
        return this;
    }

    /** A mediator of the cultural partner. */
    public Scenario mediator(String user, String partner) {
        service.createUser(user, "partenaire-" + partner);
        return this;
    }

    /** An account in these groups, a member of this region only (its Camunda tenant, e.g. {@code HDF}). */
    public Scenario userIn(String region, String user, String... groups) {
        service.createUserIn(new String[] {region}, user, groups);
        return this;
    }

    /** Any other account, in these groups (a manager or an observer of every region). */
    public Scenario user(String user, String... groups) {
        service.createUser(user, groups);
        return this;
    }

    /** An operation the counsellor proposed. */
    public Operation propose(String counsellor, Proposal proposal) {
        JsonNode created = service.as(counsellor).post("/api/operations", proposal.json()).expect(201).json();
        return new Operation(created.path("id").asLong(), created.path("reference").asText());
    }

    /**
     * An operation the counsellor proposed, its cohort to be these job seekers, to be driven through its phases by the
     * counsellor, the partner's mediator and the manager.
     */
    public Journey journey(Proposal proposal, Journey.Cohort cohort, String counsellor, String mediator, String manager) {
        return new Journey(service, cohort, counsellor, mediator, manager, propose(counsellor, proposal).reference());
    }

    /** A proposed operation: its id in the database, its reference for users. */
    public record Operation(long id, String reference) {
    }

    /** An agency as its manager creates it. */
    public record Agency(String code, String name, String region, String email) {

        /** « France Travail <city> », in Hauts-de-France, without a mailbox. */
        public static Agency of(String code, String city) {
            return new Agency(code, "France Travail " + city, "HDF", null);
        }

        public Agency in(String region) {
            return new Agency(code, name, region, email);
        }

        public Agency mailbox(String email) {
            return new Agency(code, name, region, email);
        }

        /** The body of {@code POST /api/agencies} and {@code PUT /api/agencies/<code>}. */
        public String json() {
            return """
                    {"code": "%s", "name": "%s", "region": "%s"%s}""".formatted(code, name, region,
                    email == null ? "" : ", \"email\": \"" + email + "\"");
        }
    }

    /** A cultural partner as a manager registers it. */
    public record Partner(String slug, String name, String siret, String type, String region, String city, String contactName,
            String contactEmail, String contactPhone) {

        /** A museum of Lens (Hauts-de-France), its mediation service reached at {@code mediation@<slug>.example}. */
        public static Partner of(String slug, String name, String siret) {
            return new Partner(slug, name, siret, "MUSEE", "HDF", "Lens", "Médiation", "mediation@" + slug + ".example", null);
        }

        public Partner type(String type) {
            return new Partner(slug, name, siret, type, region, city, contactName, contactEmail, contactPhone);
        }

        public Partner in(String region, String city) {
            return new Partner(slug, name, siret, type, region, city, contactName, contactEmail, contactPhone);
        }

        public Partner contact(String name, String email) {
            return new Partner(slug, this.name, siret, type, region, city, name, email, contactPhone);
        }

        public Partner phone(String phone) {
            return new Partner(slug, name, siret, type, region, city, contactName, contactEmail, phone);
        }

        /** The body of {@code POST /api/partners} and {@code PUT /api/partners/<slug>}. */
        public String json() {
            return """
                    {"slug": "%s", "name": "%s", "siret": "%s", "type": "%s", "region": "%s", "city": "%s", "contactName": "%s",
                     "contactEmail": "%s"%s}""".formatted(slug, name, siret, type, region, city, contactName, contactEmail,
                    contactPhone == null ? "" : ", \"contactPhone\": \"" + contactPhone + "\"");
        }
    }

    /**
     * An operation as a counsellor proposes it through {@code POST /api/operations}. Its dates are relative to the day the
     * test runs, so by default it confirms those that fall on a weekend or a public holiday ({@code nonWorkingDaysConfirmed}):
     * a test behaves the same whatever the day; {@link #unconfirmed()} sends the dates alone.
     */
    public record Proposal(String partner, String agency, String venue, String discipline, List<LocalDate> workshops,
            LocalDate employerMeeting, int groupSize, boolean nonWorkingDaysConfirmed) {

        /** Four weekly workshops from {@code firstWorkshop}, the employer meeting a month after the first, ten places. */
        public static Proposal of(String partner, String agency, LocalDate firstWorkshop) {
            return new Proposal(partner, agency, "Galerie du temps", "DANSE", weekly(firstWorkshop, 4), firstWorkshop.plusDays(30), 10, true);
        }

        public Proposal venue(String venue, String discipline) {
            return new Proposal(partner, agency, venue, discipline, workshops, employerMeeting, groupSize, nonWorkingDaysConfirmed);
        }

        /** {@code count} weekly workshops from {@code first}. */
        public Proposal workshops(LocalDate first, int count) {
            return new Proposal(partner, agency, venue, discipline, weekly(first, count), employerMeeting, groupSize, nonWorkingDaysConfirmed);
        }

        /** These workshops' dates. */
        public Proposal workshops(List<LocalDate> dates) {
            return new Proposal(partner, agency, venue, discipline, dates, employerMeeting, groupSize, nonWorkingDaysConfirmed);
        }

        public Proposal employerMeeting(LocalDate date) {
            return new Proposal(partner, agency, venue, discipline, workshops, date, groupSize, nonWorkingDaysConfirmed);
        }

        public Proposal groupSize(int places) {
            return new Proposal(partner, agency, venue, discipline, workshops, employerMeeting, places, nonWorkingDaysConfirmed);
        }

        /** Without the confirmation of dates on a weekend or a public holiday: such a date is refused. */
        public Proposal unconfirmed() {
            return new Proposal(partner, agency, venue, discipline, workshops, employerMeeting, groupSize, false);
        }

        /** The body of {@code POST /api/operations}. */
        public String json() {
            return """
                    {"partnerSlug": "%s", "agencyCode": "%s", "venue": "%s", "discipline": "%s", "workshopDates": [%s],
                     "employerMeetingDate": "%s", "targetGroupSize": %d%s}""".formatted(partner, agency, venue, discipline,
                    String.join(", ", workshops.stream().map(date -> "\"" + date + "\"").toList()), employerMeeting, groupSize,
                    nonWorkingDaysConfirmed ? ", \"nonWorkingDaysConfirmed\": true" : "");
        }

        private static List<LocalDate> weekly(LocalDate first, int count) {
            return IntStream.range(0, count).mapToObj(week -> first.plusWeeks(week)).toList();
        }
    }
}
