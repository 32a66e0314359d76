package fr.francetravail.aae.demo;

import static fr.francetravail.aae.common.Viewer.AFDAS;
import static fr.francetravail.aae.common.Viewer.COUNSELLORS;
import static fr.francetravail.aae.common.Viewer.MANAGERS;
import static fr.francetravail.aae.common.Viewer.NATIONAL;
import static fr.francetravail.aae.common.Viewer.OBSERVERS;

import fr.francetravail.aae.agency.AgencyRequest;
import fr.francetravail.aae.agency.AgencyService;
import fr.francetravail.aae.cohort.CandidateBatch;
import fr.francetravail.aae.cohort.CandidateRequest;
import fr.francetravail.aae.cohort.RecruitmentService;
import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.common.WorkingDays;
import fr.francetravail.aae.operation.ArtDiscipline;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationCalendar;
import fr.francetravail.aae.operation.OperationProcess;
import fr.francetravail.aae.operation.OperationProposals;
import fr.francetravail.aae.operation.ProposeOperationCommand;
import fr.francetravail.aae.partner.PartnerRequest;
import fr.francetravail.aae.partner.PartnerService;
import fr.francetravail.aae.partner.PartnerType;
import fr.francetravail.aae.partnership.PartnershipProcess;
import fr.francetravail.aae.platform.DemoSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo content for the {@code dev} profile ({@code aae.demo-data=true}): users whose password is their user name,
 * three agencies and three cultural structures of Hauts-de-France, and six operations waiting at different steps of
 * the partnership and the recruitment. Written once, into an empty database. With compressed days ({@code demo}
 * profile, {@code aae.demo.day-length}), a seventh operation proposed now runs its whole course in minutes: its
 * convention is signed and its six candidates are invited, the counsellor records their answers. Then the history of
 * the last two years ({@link HistoryPlan}, written by {@link DemoHistory}).
 */
@Component
@ConditionalOnProperty("aae.demo-data")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /** The smallest cohort the programme runs with: the compressed operation starts once six candidates accept. */
    private static final int DEMO_GROUP_SIZE = 6;

    /** A demo account, its groups and the regions it is a member of itself (agencies and partners bring theirs). */
    private record DemoUser(String id, String firstName, String lastName, List<String> groups, List<Region> regions) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("mmartin", "Marie", "Martin", List.of(MANAGERS), List.of(Region.HDF)),
            new DemoUser("pgarnier", "Pauline", "Garnier", List.of(MANAGERS), List.of(Region.ARA)),
            new DemoUser("kbenali", "Karim", "Benali", List.of(MANAGERS), List.of(Region.IDF)),
            new DemoUser("cfournier", "Camille", "Fournier", List.of(MANAGERS), List.of(Region.OCC, Region.NAQ)),
            new DemoUser("ldurand", "Louise", "Durand", List.of(NATIONAL), List.of()),
            new DemoUser("vrenaud", "Valérie", "Renaud", List.of(OBSERVERS), List.of(Region.HDF)),
            new DemoUser("cdupont", "Claire", "Dupont", List.of(COUNSELLORS, "agence-lens"), List.of()),
            new DemoUser("lbernard", "Lucas", "Bernard", List.of(COUNSELLORS, "agence-lille-vauban"), List.of()),
            new DemoUser("smoreau", "Sophie", "Moreau", List.of(COUNSELLORS, "agence-valenciennes"), List.of()),
            new DemoUser("jleroy", "Julie", "Leroy", List.of("partenaire-louvre-lens"), List.of()),
            new DemoUser("tpetit", "Thomas", "Petit", List.of("partenaire-palais-beaux-arts-lille"), List.of()),
            new DemoUser("nfaure", "Nadia", "Faure", List.of("partenaire-phenix-valenciennes"), List.of()),
            new DemoUser("gafdas", "Gaëlle", "Fabre", List.of(AFDAS), List.of()));

    private final AgencyService agencies;
    private final PartnerService partners;
    private final OperationProposals proposals;
    private final RecruitmentService recruitment;
    private final IdentityService identity;
    private final TaskService tasks;
    private final DemoSettings demo;
    private final OperationCalendar calendar;
    private final Clock clock;
    private final DemoHistory history;

    DemoData(AgencyService agencies, PartnerService partners, OperationProposals proposals, RecruitmentService recruitment,
            IdentityService identity, TaskService tasks, DemoSettings demo, OperationCalendar calendar, Clock clock, DemoHistory history) {
        this.agencies = agencies;
        this.partners = partners;
        this.proposals = proposals;
        this.recruitment = recruitment;
        this.identity = identity;
        this.tasks = tasks;
        this.demo = demo;
        this.calendar = calendar;
        this.clock = clock;
        this.history = history;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    void load() {
        if (!agencies.list().isEmpty()) {
            log.info("Données de démonstration déjà présentes");
            return;
        }
        agencies.create(new AgencyRequest("lens", "France Travail Lens", Region.HDF, "ape.lens@francetravail.example"));
        agencies.create(new AgencyRequest("lille-vauban", "France Travail Lille Vauban", Region.HDF, "ape.lille-vauban@francetravail.example"));
        agencies.create(new AgencyRequest("valenciennes", "France Travail Valenciennes", Region.HDF, "ape.valenciennes@francetravail.example"));
        partners.create(new PartnerRequest("louvre-lens", "Louvre-Lens", "62000000000005", PartnerType.MUSEE, Region.HDF,
                "Lens", "Julie Leroy", "mediation@louvrelens.example", "03 21 00 00 00"));
        partners.create(new PartnerRequest("palais-beaux-arts-lille", "Palais des Beaux-Arts de Lille", "59000000000000",
                PartnerType.MUSEE, Region.HDF, "Lille", "Thomas Petit", "publics@pba-lille.example", "03 20 00 00 00"));
        partners.create(new PartnerRequest("phenix-valenciennes", "Le Phénix, scène nationale de Valenciennes", "59300000000004",
                PartnerType.SCENE_NATIONALE, Region.HDF, "Valenciennes", "Nadia Faure", "rp@lephenix.example", "03 27 00 00 00"));
        USERS.forEach(this::createUser);
        identity.createMembership("demo", MANAGERS);

        Operation waitingDraft = propose("cdupont", "louvre-lens", "lens", "Galerie du temps, Louvre-Lens", ArtDiscipline.ARTS_PLASTIQUES, 20);
        Operation waitingReview = propose("lbernard", "palais-beaux-arts-lille", "lille-vauban", "Atrium du Palais des Beaux-Arts",
                ArtDiscipline.PATRIMOINE, 27);
        draft("lbernard", waitingReview);
        Operation changesRequested = propose("smoreau", "phenix-valenciennes", "valenciennes", "Grande salle du Phénix",
                ArtDiscipline.THEATRE, 34);
        draft("smoreau", changesRequested);
        review("nfaure", changesRequested, "CHANGES_REQUESTED",
                "Nous ne pouvons pas accueillir le groupe le lundi : pouvez-vous décaler les ateliers au mardi ?");
        Operation waitingSignature = propose("cdupont", "louvre-lens", "lens", "Pavillon de verre, Louvre-Lens", ArtDiscipline.DANSE, 41);
        draft("cdupont", waitingSignature);
        review("jleroy", waitingSignature, "ACCEPTED", null);
        Operation signed = propose("lbernard", "palais-beaux-arts-lille", "lille-vauban", "Auditorium du Palais des Beaux-Arts",
                ArtDiscipline.MUSIQUE, 48);
        signConvention("lbernard", "tpetit", signed);
        addCandidates("lbernard", signed, 0, 8);
        complete("lbernard", signed, OperationProcess.TASK_BUILD_COHORT,
                Map.of(OperationProcess.Variables.INFO_MEETING_DATE, WorkingDays.onOrAfter(LocalDate.now(clock).plusDays(10)).toString()));
        Operation building = propose("cdupont", "louvre-lens", "lens", "Salle d'exposition temporaire, Louvre-Lens",
                ArtDiscipline.PHOTOGRAPHIE, 55);
        signConvention("cdupont", "jleroy", building);
        addCandidates("cdupont", building, 8, 11);
        log.info("Données de démonstration créées : {} en attente de rédaction, {} en attente de la structure, {} à reprendre, "
                + "{} à signer, {} en recrutement (8 candidats invités), {} en constitution du groupe (3 candidats)",
                waitingDraft.getReference(), waitingReview.getReference(), changesRequested.getReference(),
                waitingSignature.getReference(), signed.getReference(), building.getReference());
        if (demo.dayLength() != null) {
            compressedOperation();
        }
        long started = System.nanoTime();
        HistoryPlan plan = HistoryPlan.of(LocalDate.now(clock));
        List<String> processes = history.write(plan);
        log.info("Historique de démonstration écrit en {} ms : {} opérations dans {} régions, dont {} en cours dans leur processus",
                (System.nanoTime() - started) / 1_000_000, plan.operations().size(),
                plan.sites().stream().map(HistoryPlan.Site::region).distinct().count(), processes.size());
    }

    /**
     * Proposed now, so that its days run from now: information meeting today, answers due
     * {@code recruitment-decision-delay} later, workshops on the first three working days from day 6 (days 6, 7 and 8
     * from a Monday or a Tuesday), employer meeting two days after the last workshop, or the next working day: the mails
     * name plausible days, never a weekend or a public holiday.
     */
    private void compressedOperation() {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> workshops = Stream.iterate(WorkingDays.onOrAfter(today.plusDays(6)), day -> WorkingDays.onOrAfter(day.plusDays(1)))
                .limit(3).toList();
        LocalDate meeting = WorkingDays.onOrAfter(workshops.get(2).plusDays(2));
        Operation operation = as("cdupont", viewer -> proposals.propose(new ProposeOperationCommand("louvre-lens", "lens",
                "Scène du Louvre-Lens", ArtDiscipline.THEATRE, workshops, meeting, DEMO_GROUP_SIZE, false), viewer));
        signConvention("cdupont", "jleroy", operation);
        addCandidates("cdupont", operation, 11, 11 + DEMO_GROUP_SIZE);
        complete("cdupont", operation, OperationProcess.TASK_BUILD_COHORT,
                Map.of(OperationProcess.Variables.INFO_MEETING_DATE, calendar.today(operation).toString(),
                        OperationProcess.Variables.FORM_NON_WORKING_DAYS_CONFIRMED, true));
        log.info("Opération de démonstration {} : un jour dure {} ; {} candidats invités, ateliers aux jours {}, rencontre "
                + "employeurs au jour {}", operation.getReference(), demo.dayLength(), DEMO_GROUP_SIZE,
                workshops.stream().map(day -> String.valueOf(ChronoUnit.DAYS.between(today, day))).collect(Collectors.joining(", ")),
                ChronoUnit.DAYS.between(today, meeting));
    }

    /** Fictitious job seekers: the first is a long-term job seeker with a recognised disability, some are seniors or young. */
    private void addCandidates(String counsellor, Operation operation, int from, int to) {
        int year = LocalDate.now(clock).getYear();
        List<CandidateRequest> candidates = IntStream.range(from, to).mapToObj(n -> new CandidateRequest("900%04dA".formatted(n + 1),
                SURNAMES.get(n), FIRST_NAMES.get(n), email(n),
                "06 00 00 00 " + "%02d".formatted(n + 1), year - (n % 3 == 0 ? 52 : n % 3 == 1 ? 24 : 37),
                LocalDate.now(clock).minusMonths(n % 2 == 0 ? 18 : 4), n % 4 == 1, n % 5 == 2, n == from)).toList();
        as(counsellor, viewer -> recruitment.addCandidates(operation.getId(), new DemoCandidates(candidates), viewer.userId()));
    }

    private static String email(int n) {
        return (FIRST_NAMES.get(n) + "." + SURNAMES.get(n)).toLowerCase(Locale.FRENCH).replace('é', 'e').replace('è', 'e') + "@exemple.fr";
    }

    private static final List<String> SURNAMES = List.of("Lefebvre", "Dubois", "Lambert", "Fontaine", "Rousseau", "Vincent",
            "Mercier", "Blanchard", "Garnier", "Chevalier", "Perrin", "Morel", "Girard", "André", "Lemaire", "Bonnet", "Marchand");
    private static final List<String> FIRST_NAMES = List.of("Sophie", "Karim", "Élodie", "Mathieu", "Fatou", "Julien", "Inès",
            "Patrick", "Chloé", "Yanis", "Martine", "Nathalie", "Samir", "Léa", "Bruno", "Amina", "Kevin");

    private record DemoCandidates(List<CandidateRequest> candidates) implements CandidateBatch {
        @Override
        public String field(int index, String property) {
            return "candidat de démonstration n° " + (index + 1) + (property == null ? "" : " (" + property + ")");
        }
    }

    private void createUser(DemoUser demo) {
        DemoUsers.create(identity, demo.id(), demo.firstName(), demo.lastName(), demo.groups());
        demo.regions().forEach(region -> identity.createTenantUserMembership(region.name(), demo.id()));
    }

    /** Six weekly workshops from {@code startInDays} on, the employer meeting a week after the last, on working days. */
    private Operation propose(String counsellor, String partner, String agency, String venue, ArtDiscipline discipline, int startInDays) {
        LocalDate first = LocalDate.now(clock).plusDays(startInDays);
        List<LocalDate> workshops = IntStream.range(0, 6).mapToObj(week -> WorkingDays.onOrAfter(first.plusWeeks(week))).toList();
        return as(counsellor, viewer -> proposals.propose(new ProposeOperationCommand(partner, agency, venue, discipline, workshops,
                WorkingDays.onOrAfter(first.plusWeeks(7)), 10, false), viewer));
    }

    private void draft(String counsellor, Operation operation) {
        complete(counsellor, operation, PartnershipProcess.TASK_DRAFT_CONVENTION, Map.of(
                PartnershipProcess.Variables.OBJECTIVES,
                "Remobiliser dix demandeurs d'emploi par la pratique artistique et préparer la rencontre avec les employeurs.",
                PartnershipProcess.Variables.WORKSHOP_PLAN,
                "Six ateliers hebdomadaires de trois heures co-animés par la médiation culturelle et le conseiller."));
    }

    /** Drafted by the counsellor, accepted by the mediator, signed by the demo manager. */
    private void signConvention(String counsellor, String mediator, Operation operation) {
        draft(counsellor, operation);
        review(mediator, operation, "ACCEPTED", null);
        complete("mmartin", operation, PartnershipProcess.TASK_SIGN_CONVENTION, Map.of(PartnershipProcess.Variables.SIGNATURE_CONFIRMED, true));
    }

    private void review(String mediator, Operation operation, String decision, String comment) {
        Map<String, Object> answer = comment == null
                ? Map.of(PartnershipProcess.Variables.PARTNER_DECISION, decision)
                : Map.of(PartnershipProcess.Variables.PARTNER_DECISION, decision, PartnershipProcess.Variables.PARTNER_COMMENT, comment);
        complete(mediator, operation, PartnershipProcess.TASK_REVIEW_CONVENTION, answer);
    }

    private void complete(String user, Operation operation, String taskKey, Map<String, Object> variables) {
        as(user, viewer -> {
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(operation.getReference())
                    .taskDefinitionKey(taskKey).singleResult();
            tasks.claim(task.getId(), user);
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    private <T> T as(String user, Function<Viewer, T> work) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList();
        identity.setAuthentication(user, groups, tenants);
        try {
            return work.apply(Viewer.of(user, groups, tenants));
        } finally {
            identity.clearAuthentication();
        }
    }
}
