package fr.francetravail.aae.demo;

import fr.francetravail.aae.cohort.EnrolmentStatus;
import fr.francetravail.aae.common.Region;
import fr.francetravail.aae.common.WorkingDays;
import fr.francetravail.aae.operation.ArtDiscipline;
import fr.francetravail.aae.operation.CancellationReason;
import fr.francetravail.aae.operation.OperationStatus;
import fr.francetravail.aae.outcome.Situation;
import fr.francetravail.aae.partner.PartnerType;
import fr.francetravail.aae.survey.Helpfulness;
import fr.francetravail.aae.survey.Satisfaction;
import fr.francetravail.aae.workshop.Presence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The demo history as values, computed from a fixed seed and the day it is written: about fifty operations over the
 * previous and the current year in five regions, most of them closed, some cancelled, some running at each later
 * phase. The same seed and day always give the same plan. Shares that the programme's deck reports (employed or in
 * training at six months, served at the employer meeting, satisfaction) are dealt as exact quotas, then shuffled.
 */
record HistoryPlan(LocalDate today, List<Site> sites, List<PlannedOperation> operations) {

    static final long SEED = 20211201L;
    static final int CLOSED = 40;
    static final double EMPLOYED_AT_M6 = 0.58;
    static final double TRAINING_AT_M6 = 0.15;
    static final double SERVED = 0.76;
    static final double PARTICIPANT_SATISFIED = 0.92;
    static final double COUNSELLOR_SATISFIED = 0.93;
    static final int LUMP_SUM = 2700;

    /** Where an operation of the plan stands today. */
    enum Stage {
        CLOSED, CANCELLED,
        /** Recruitment over: « Valider le groupe » for the managers. */
        COHORT_VALIDATION,
        /** Some workshops done: « Saisir la feuille d'émargement » of the last working day's workshop for the partner. */
        WORKSHOPS,
        /** Every workshop done: « Inviter les entreprises » for the counsellors. */
        EMPLOYER_REGISTRATION,
        /** The employer meeting was on the last working day: « Saisir les résultats de la rencontre ». */
        MEETING_RESULTS,
        /** Bilan and surveys under way. */
        END_OF_ACTION,
        /** Follow-ups waiting for M1, the payment waiting for a manager's validation. */
        PAYMENT_VALIDATION,
        /** Follow-ups waiting for M1, the partner already paid. */
        FOLLOW_UP;

        boolean running() {
            return this != CLOSED && this != CANCELLED;
        }

        /** The operation's status at this stage. */
        OperationStatus status() {
            return switch (this) {
                case CLOSED -> OperationStatus.CLOSED;
                case CANCELLED -> OperationStatus.CANCELLED;
                case COHORT_VALIDATION -> OperationStatus.COHORT_DECISION;
                case WORKSHOPS -> OperationStatus.WORKSHOPS;
                case EMPLOYER_REGISTRATION, MEETING_RESULTS -> OperationStatus.EMPLOYER_MEETING;
                case END_OF_ACTION -> OperationStatus.END_OF_ACTION;
                case PAYMENT_VALIDATION, FOLLOW_UP -> OperationStatus.FOLLOW_UP;
            };
        }
    }

    /** An agency, its counsellor and a cultural partner of the same region, with its mediator and venues. */
    record Site(Region region, String agencyCode, String agencyName, String counsellor, String counsellorName,
            String partnerSlug, String partnerName, PartnerType partnerType, String city, String siretPrefix,
            String mediator, String mediatorName, List<String> venues, boolean created) {
    }

    record Candidate(String franceTravailId, String lastName, String firstName, int birthYear, LocalDate registeredSince,
            boolean rsa, boolean qpv, boolean disability, Fate fate, int leavesAfterWorkshop, List<Presence> attendance,
            MeetingOutcome meeting, SurveyAnswer survey, List<Situation> outcomes) {

        /** The enrolment's status today in an operation at this stage. */
        EnrolmentStatus status(Stage stage) {
            return switch (fate) {
                case COMPLETED -> EnrolmentStatus.COMPLETED;
                case WITHDRAWN -> EnrolmentStatus.WITHDRAWN;
                case DECLINED -> EnrolmentStatus.DECLINED;
                case NO_SHOW -> EnrolmentStatus.NOT_ENROLLED;
                case ENROLLED -> stage == Stage.CANCELLED ? EnrolmentStatus.CANCELLED : EnrolmentStatus.ENROLLED;
            };
        }
    }

    /** What became of a candidate. */
    enum Fate { COMPLETED, WITHDRAWN, DECLINED, NO_SHOW, ENROLLED }

    record MeetingOutcome(int interviews, int jobOffersProposed, boolean hired, boolean trainingProposed, boolean serviceProposed) {
        boolean served() {
            return jobOffersProposed > 0 || trainingProposed || serviceProposed;
        }
    }

    record SurveyAnswer(Satisfaction satisfaction, Helpfulness helped, boolean recommends) {
    }

    record Employer(String companyName, String sector, String contactName, String offerTitle, String contractType, int positions) {
    }

    record PlannedOperation(int number, Stage stage, Site site, String venue, ArtDiscipline discipline, int targetGroupSize,
            LocalDate proposedOn, LocalDate infoMeetingDate, List<LocalDate> workshops, LocalDate employerMeetingDate,
            int workshopsDone, CancellationReason cancellation, String cancellationComment, List<Candidate> candidates,
            List<Employer> employers, SurveyAnswer partnerSurvey, SurveyAnswer counsellorSurvey) {

        int year() {
            return proposedOn.getYear();
        }

        boolean conventionSigned() {
            return cancellation != CancellationReason.CONVENTION_DECLINED && cancellation != CancellationReason.PARTNERSHIP_ABANDONED;
        }

        boolean cohortValidated() {
            return conventionSigned() && cancellation != CancellationReason.COHORT_TOO_SMALL && cancellation != CancellationReason.COHORT_REJECTED
                    && stage != Stage.COHORT_VALIDATION;
        }

        boolean actionEnded() {
            return stage.compareTo(Stage.END_OF_ACTION) >= 0 || stage == Stage.CLOSED;
        }
    }

    private static final List<Site> SITES = List.of(
            new Site(Region.HDF, "lens", "France Travail Lens", "cdupont", null, "louvre-lens", "Louvre-Lens", PartnerType.MUSEE, "Lens",
                    null, "jleroy", null, List.of("Galerie du temps, Louvre-Lens", "Pavillon de verre, Louvre-Lens"), true),
            new Site(Region.HDF, "lille-vauban", "France Travail Lille Vauban", "lbernard", null, "palais-beaux-arts-lille",
                    "Palais des Beaux-Arts de Lille", PartnerType.MUSEE, "Lille", null, "tpetit", null,
                    List.of("Atrium du Palais des Beaux-Arts", "Auditorium du Palais des Beaux-Arts"), true),
            new Site(Region.HDF, "valenciennes", "France Travail Valenciennes", "smoreau", null, "phenix-valenciennes",
                    "Le Phénix, scène nationale de Valenciennes", PartnerType.SCENE_NATIONALE, "Valenciennes", null, "nfaure", null,
                    List.of("Grande salle du Phénix", "Studio du Phénix"), true),
            new Site(Region.IDF, "paris-belleville", "France Travail Paris Belleville", "aroux", "Antoine Roux", "quai-branly",
                    "Musée du quai Branly – Jacques Chirac", PartnerType.MUSEE, "Paris", "7500000000001", "cblanc", "Camille Blanc",
                    List.of("Salle de cinéma du quai Branly", "Plateau des collections"), false),
            new Site(Region.IDF, "saint-denis", "France Travail Saint-Denis", "aroux", null, "theatre-gerard-philipe",
                    "Théâtre Gérard Philipe, centre dramatique national de Saint-Denis", PartnerType.THEATRE, "Saint-Denis",
                    "9320000000002", "mgautier", "Mathilde Gautier", List.of("Grande salle du TGP", "Salle Mehmet Ulusoy"), false),
            new Site(Region.ARA, "lyon-part-dieu", "France Travail Lyon Part-Dieu", "emichel", "Émilie Michel", "mba-lyon",
                    "Musée des Beaux-Arts de Lyon", PartnerType.MUSEE, "Lyon", "6900000000003", "hlopez", "Hugo Lopez",
                    List.of("Cloître du Palais Saint-Pierre", "Salle des médailles"), false),
            new Site(Region.ARA, "lyon-part-dieu", "France Travail Lyon Part-Dieu", "emichel", null, "celestins-lyon",
                    "Théâtre des Célestins", PartnerType.THEATRE, "Lyon", "6900200000004", "rdavid", "Romain David",
                    List.of("Grande salle des Célestins", "Célestine"), false),
            new Site(Region.OCC, "montpellier-centre", "France Travail Montpellier Centre", "ngirard", "Nicolas Girard", "musee-fabre",
                    "Musée Fabre", PartnerType.MUSEE, "Montpellier", "3400000000005", "pmasson", "Pauline Masson",
                    List.of("Atrium du musée Fabre", "Hôtel de Lunaret"), false),
            new Site(Region.OCC, "toulouse-compans", "France Travail Toulouse Compans", "ngirard", null, "abattoirs-toulouse",
                    "Les Abattoirs, musée – Frac Occitanie Toulouse", PartnerType.CENTRE_ART, "Toulouse", "3100000000006",
                    "vsimon", "Valérie Simon", List.of("Nef des Abattoirs", "Salle pédagogique des Abattoirs"), false),
            new Site(Region.NAQ, "bordeaux-bastide", "France Travail Bordeaux Bastide", "fmercier", "François Mercier", "capc-bordeaux",
                    "CAPC musée d'art contemporain de Bordeaux", PartnerType.MUSEE, "Bordeaux", "3300000000007", "ylegrand",
                    "Yasmina Legrand", List.of("Nef de l'Entrepôt Lainé", "Galeries du CAPC"), false),
            new Site(Region.NAQ, "bordeaux-bastide", "France Travail Bordeaux Bastide", "fmercier", null, "tnba-bordeaux",
                    "Théâtre national de Bordeaux en Aquitaine", PartnerType.THEATRE, "Bordeaux", "3300100000008", "odumas",
                    "Olivier Dumas", List.of("Grande salle Vitez du TnBA", "Studio de création du TnBA"), false));

    private static final List<String> SURNAMES = List.of("Martin", "Bernard", "Thomas", "Robert", "Richard", "Durand", "Moreau",
            "Laurent", "Simon", "Michel", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont",
            "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefevre", "Faure", "André", "Mercier", "Blanc", "Guerin",
            "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin",
            "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie",
            "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet",
            "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin",
            "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier",
            "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte",
            "Lopez", "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis", "Moulin", "Louis",
            "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet", "Adam", "Paris", "Poirier",
            "Marty", "Aubry", "Guyot", "Carré", "Charles", "Renault", "Charpentier", "Ménard", "Maillard", "Baron", "Bertin",
            "Bailly", "Hervé", "Schneider", "Fernandez", "Le Gall", "Collet", "Léger", "Bouvier", "Julien", "Prévost", "Millet",
            "Perrot", "Daniel", "Le Roux", "Cousin", "Germain", "Breton", "Besson", "Langlois", "Rémy", "Le Goff", "Pelletier",
            "Lévêque", "Perrier", "Leblanc", "Barré", "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob",
            "Monnier", "Michaud", "Rodriguez", "Guichard", "Gillet", "Étienne", "Grondin", "Poulain", "Tessier", "Chevallier",
            "Collin", "Chauvin", "Da Silva", "Bouchet", "Gay", "Lemaître", "Bénard", "Maréchal", "Humbert", "Reynaud", "Antoine",
            "Hoarau", "Perret", "Barthélemy", "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy", "Delaunay", "Pasquier",
            "Carlier", "Laporte", "Diallo", "Traoré", "Benali", "Haddad", "Nguyen", "Mendy", "Kone", "Benoit", "Cissé", "Ferreira");
    private static final List<String> FIRST_NAMES = List.of("Léa", "Karim", "Élodie", "Mathieu", "Fatou", "Julien", "Inès",
            "Patrick", "Chloé", "Yanis", "Martine", "Nathalie", "Samir", "Bruno", "Amina", "Kevin", "Sandrine", "Mehdi", "Aurélie",
            "Christophe", "Sabrina", "Jérôme", "Laetitia", "Rachid", "Céline", "Damien", "Nadia", "Sébastien", "Aïcha", "Thierry",
            "Émilie", "Moussa", "Isabelle", "Loïc", "Sonia", "Frédéric", "Manon", "Abdel", "Virginie", "Gaël", "Audrey", "Youssef",
            "Stéphanie", "Ludovic", "Marine", "Hakim", "Corinne", "Anthony", "Camille", "Ibrahima", "Sylvie", "Maxime", "Océane",
            "Dominique", "Leïla", "Franck", "Justine", "Omar", "Valérie", "Dylan");
    private static final List<String> SECTORS = List.of("Commerce", "Logistique", "Restauration", "Propreté", "Aide à la personne",
            "Bâtiment", "Hôtellerie", "Sécurité", "Industrie", "Spectacle vivant", "Transport", "Espaces verts");
    private static final List<String> COMPANY_KINDS = List.of("Boulangerie", "Transports", "Services", "Menuiserie", "Hôtel",
            "Nettoyage", "Jardins", "Logistique", "Traiteur", "Sécurité", "Atelier", "Librairie");
    private static final List<String> OFFER_TITLES = List.of("Vendeur(se)", "Préparateur(trice) de commandes", "Commis de cuisine",
            "Agent(e) d'entretien", "Aide à domicile", "Manœuvre", "Réceptionniste", "Agent(e) de sécurité", "Opérateur(trice) de production",
            "Technicien(ne) de plateau", "Chauffeur(se) livreur(se)", "Jardinier(ère)");
    private static final List<String> CONTRACTS = List.of("CDI", "CDD", "INTERIM", "ALTERNANCE", "CONTRAT_AIDE");
    private static final List<Situation> EMPLOYMENTS = List.of(Situation.CDI, Situation.CDD_6_MONTHS_OR_MORE, Situation.CDD_6_MONTHS_OR_MORE,
            Situation.CDD_UNDER_6_MONTHS, Situation.CDD_UNDER_6_MONTHS, Situation.TEMPORARY_WORK, Situation.TEMPORARY_WORK,
            Situation.SUBSIDISED_CONTRACT, Situation.BUSINESS_CREATION, Situation.CDI);
    private static final List<String> WITHDRAWAL_REASONS = List.of("A retrouvé un emploi", "Raisons de santé", "Déménagement",
            "Entrée en formation", "Contraintes de garde d'enfants");
    private static final List<CancellationReason> CANCELLATIONS = List.of(CancellationReason.CONVENTION_DECLINED,
            CancellationReason.COHORT_TOO_SMALL, CancellationReason.MANAGER_DECISION, CancellationReason.PARTNERSHIP_ABANDONED,
            CancellationReason.COHORT_REJECTED);
    private static final List<String> CANCELLATION_COMMENTS = List.of(
            "La structure ne peut pas accueillir le groupe cette saison.",
            "Quatre candidats seulement ont accepté : moins que le minimum de six.",
            "La structure ferme pour travaux : les ateliers ne peuvent pas continuer.",
            "Sans réponse de la structure malgré les relances.",
            "Le groupe ne correspond pas aux publics visés : à reconstituer.");
    /**
     * The running operations, one or two per later phase, with how many days ago their employer meeting is (negative:
     * ahead) and how many workshops are behind them. The follow-ups started three weeks after the meeting wait for M1.
     */
    private static final List<Stage> RUNNING = List.of(Stage.COHORT_VALIDATION, Stage.WORKSHOPS, Stage.WORKSHOPS,
            Stage.EMPLOYER_REGISTRATION, Stage.MEETING_RESULTS, Stage.END_OF_ACTION, Stage.PAYMENT_VALIDATION, Stage.FOLLOW_UP,
            Stage.FOLLOW_UP);
    private static final int[] RUNNING_MEETING_DAYS_AGO = {-50, -29, -15, -5, 1, 4, 25, 23, 27};
    private static final int[] RUNNING_WORKSHOPS_DONE = {0, 2, 4, 6, 6, 6, 6, 6, 6};

    /** The plan of the day: always the same for the same day. */
    static HistoryPlan of(LocalDate today) {
        return of(today, SEED);
    }

    static HistoryPlan of(LocalDate today, long seed) {
        return new Planner(today, new Random(seed)).plan();
    }

    /** The sites whose agency, partner and users the demo data of {@code dev} does not create already. */
    List<Site> newSites() {
        return sites.stream().filter(site -> !site.created()).toList();
    }

    List<Candidate> completers() {
        return operations.stream().filter(o -> o.stage() == Stage.CLOSED).flatMap(o -> o.candidates().stream())
                .filter(c -> c.fate() == Fate.COMPLETED).toList();
    }

    private static final class Planner {
        private final LocalDate today;
        private final Random random;
        private int nextFranceTravailId = 1;

        Planner(LocalDate today, Random random) {
            this.today = today;
            this.random = random;
        }

        HistoryPlan plan() {
            List<PlannedOperation> operations = new ArrayList<>();
            LocalDate firstStart = LocalDate.of(today.getYear() - 1, 3, 10);
            LocalDate lastStart = today.minusMonths(6).minusWeeks(8);
            long span = firstStart.until(lastStart, ChronoUnit.DAYS);
            int cancelEvery = CLOSED / CANCELLATIONS.size();
            int cancelled = 0;
            for (int i = 0; i < CLOSED + CANCELLATIONS.size(); i++) {
                LocalDate start = weekday(firstStart.plusDays(span * i / (CLOSED + CANCELLATIONS.size() - 1)));
                boolean cancel = i % (cancelEvery + 1) == cancelEvery / 2 && cancelled < CANCELLATIONS.size();
                operations.add(cancel ? operation(operations.size() + 1, Stage.CANCELLED, start.plusWeeks(6), 6, CANCELLATIONS.get(cancelled++))
                        : operation(operations.size() + 1, Stage.CLOSED, start.plusWeeks(6), 6, null));
            }
            for (int i = 0; i < RUNNING.size(); i++) {
                operations.add(operation(operations.size() + 1, RUNNING.get(i), today.minusDays(RUNNING_MEETING_DAYS_AGO[i]),
                        RUNNING_WORKSHOPS_DONE[i], null));
            }
            dealOutcomes(operations);
            return new HistoryPlan(today, SITES, List.copyOf(operations));
        }

        /**
         * Six weekly workshops, the last a week before the employer meeting, every date on a working day; in the workshops
         * phase, the last working day's is the next to record.
         */
        private PlannedOperation operation(int number, Stage stage, LocalDate meeting, int workshopsDone, CancellationReason reason) {
            Site site = SITES.get(random.nextInt(SITES.size()));
            LocalDate firstWorkshop = stage == Stage.WORKSHOPS ? today.minusDays(1).minusWeeks(workshopsDone) : meeting.minusWeeks(6);
            List<LocalDate> workshops = IntStream.range(0, 6).mapToObj(week -> working(firstWorkshop.plusWeeks(week))).toList();
            LocalDate meetingDay = working(stage == Stage.WORKSHOPS ? firstWorkshop.plusWeeks(6) : meeting);
            int target = List.of(8, 10, 10, 10, 12).get(random.nextInt(5));
            int done = reason == CancellationReason.MANAGER_DECISION ? 2 : reason != null ? 0 : workshopsDone;
            int enrolled = reason == CancellationReason.COHORT_TOO_SMALL ? 4 : target;
            List<Candidate> candidates = new ArrayList<>();
            int extra = 1 + random.nextInt(3);
            boolean recruited = reason == null || reason == CancellationReason.COHORT_TOO_SMALL || reason == CancellationReason.COHORT_REJECTED
                    || reason == CancellationReason.MANAGER_DECISION;
            if (recruited) {
                int withdrawer = stage == Stage.CLOSED && random.nextInt(3) == 0 ? random.nextInt(enrolled) : -1;
                for (int n = 0; n < enrolled + extra; n++) {
                    Fate fate = n >= enrolled ? (random.nextBoolean() ? Fate.DECLINED : Fate.NO_SHOW)
                            : n == withdrawer ? Fate.WITHDRAWN
                            : stage == Stage.CLOSED || stage.compareTo(Stage.END_OF_ACTION) >= 0 && stage.running() ? Fate.COMPLETED : Fate.ENROLLED;
                    int leaves = fate == Fate.WITHDRAWN ? 2 + random.nextInt(3) : 6;
                    candidates.add(candidate(fate, leaves, firstWorkshop, done));
                }
            }
            List<Employer> employers = stage == Stage.CLOSED || stage.compareTo(Stage.MEETING_RESULTS) >= 0 && stage.running()
                    ? IntStream.range(0, 2 + random.nextInt(2)).mapToObj(n -> employer()).toList() : List.of();
            return new PlannedOperation(number, stage, site, site.venues().get(random.nextInt(site.venues().size())),
                    ArtDiscipline.values()[random.nextInt(ArtDiscipline.values().length - 1)], target,
                    working(weekday(firstWorkshop.minusWeeks(9))), working(weekday(firstWorkshop.minusWeeks(3))), workshops, meetingDay,
                    stage == Stage.CLOSED || stage.running() && stage.compareTo(Stage.EMPLOYER_REGISTRATION) >= 0 ? 6 : done,
                    reason, reason == null ? null : CANCELLATION_COMMENTS.get(CANCELLATIONS.indexOf(reason)), candidates, employers,
                    null, null);
        }

        private Candidate candidate(Fate fate, int leavesAfter, LocalDate firstWorkshop, int workshopsDone) {
            int id = nextFranceTravailId++;
            int age = pick(new int[] {20, 23, 25, 31, 36, 42, 47, 52, 55, 58}, new int[] {6, 7, 7, 14, 16, 16, 14, 8, 7, 5});
            int monthsRegistered = random.nextInt(100) < 52 ? 12 + random.nextInt(36) : 2 + random.nextInt(10);
            List<Presence> attendance = new ArrayList<>();
            int sessions = fate == Fate.COMPLETED || fate == Fate.ENROLLED || fate == Fate.WITHDRAWN ? Math.min(leavesAfter, workshopsDone) : 0;
            for (int w = 0; w < sessions; w++) {
                int draw = random.nextInt(100);
                attendance.add(draw < 88 ? Presence.PRESENT : draw < 96 ? Presence.EXCUSED : Presence.UNEXCUSED);
            }
            return new Candidate("8%06dD".formatted(id), SURNAMES.get(random.nextInt(SURNAMES.size())),
                    FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())), firstWorkshop.getYear() - age,
                    firstWorkshop.minusWeeks(3).minusMonths(monthsRegistered), random.nextInt(100) < 30, random.nextInt(100) < 25,
                    random.nextInt(100) < 12, fate, leavesAfter, List.copyOf(attendance), null, null, List.of());
        }

        private Employer employer() {
            int kind = random.nextInt(COMPANY_KINDS.size());
            return new Employer(COMPANY_KINDS.get(kind) + " " + SURNAMES.get(random.nextInt(SURNAMES.size())),
                    SECTORS.get(kind), FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " " + SURNAMES.get(random.nextInt(SURNAMES.size())),
                    OFFER_TITLES.get(kind), CONTRACTS.get(random.nextInt(CONTRACTS.size())), 1 + random.nextInt(3));
        }

        /**
         * The deck's shares as exact quotas over every participant who completed a closed operation: situation at six
         * months, then M3 and M1 on the way there, the employer meeting's offers, the survey answers.
         */
        private void dealOutcomes(List<PlannedOperation> operations) {
            List<int[]> completers = new ArrayList<>();
            for (int o = 0; o < operations.size(); o++) {
                List<Candidate> candidates = operations.get(o).candidates();
                for (int c = 0; c < candidates.size(); c++) {
                    if (candidates.get(c).fate() == Fate.COMPLETED) {
                        completers.add(new int[] {o, c});
                    }
                }
            }
            int n = completers.size();
            List<Integer> m6 = quotas(n, EMPLOYED_AT_M6, TRAINING_AT_M6);
            List<Integer> served = quotas(n, SERVED);
            List<Integer> answered = quotas(n, 0.85);
            List<Integer> satisfied = quotas(n, PARTICIPANT_SATISFIED);
            List<List<Candidate>> rewritten = operations.stream().map(o -> (List<Candidate>) new ArrayList<>(o.candidates())).toList();
            for (int i = 0; i < n; i++) {
                int[] at = completers.get(i);
                Candidate c = rewritten.get(at[0]).get(at[1]);
                Situation six = m6.get(i) == 0 ? EMPLOYMENTS.get(random.nextInt(EMPLOYMENTS.size()))
                        : m6.get(i) == 1 ? Situation.TRAINING : random.nextInt(100) < 85 ? Situation.STILL_SEEKING : Situation.OTHER;
                Situation three = random.nextInt(100) < 75 ? six : Situation.STILL_SEEKING;
                Situation one = random.nextInt(100) < 55 ? three : Situation.STILL_SEEKING;
                boolean isServed = served.get(i) == 0;
                boolean offers = isServed && random.nextInt(100) < 65;
                boolean training = isServed && (!offers || random.nextInt(100) < 25);
                MeetingOutcome meeting = new MeetingOutcome(offers ? 1 + random.nextInt(3) : random.nextInt(2), offers ? 1 + random.nextInt(3) : 0,
                        offers && six != Situation.TRAINING && m6.get(i) == 0 && random.nextInt(100) < 20, training,
                        isServed && random.nextInt(100) < 40);
                SurveyAnswer survey = answered.get(i) != 0 ? null : answer(satisfied.get(i) == 0);
                rewritten.get(at[0]).set(at[1], new Candidate(c.franceTravailId(), c.lastName(), c.firstName(), c.birthYear(),
                        c.registeredSince(), c.rsa(), c.qpv(), c.disability(), c.fate(), c.leavesAfterWorkshop(), c.attendance(), meeting,
                        survey, operations.get(at[0]).stage() == Stage.CLOSED ? List.of(one, three, six) : List.of()));
            }
            List<Integer> counsellors = quotas(operations.size(), COUNSELLOR_SATISFIED);
            for (int o = 0; o < operations.size(); o++) {
                PlannedOperation p = operations.get(o);
                boolean surveyed = p.stage() == Stage.CLOSED || p.stage().running() && p.stage().compareTo(Stage.PAYMENT_VALIDATION) >= 0;
                operations.set(o, new PlannedOperation(p.number(), p.stage(), p.site(), p.venue(), p.discipline(), p.targetGroupSize(),
                        p.proposedOn(), p.infoMeetingDate(), p.workshops(), p.employerMeetingDate(), p.workshopsDone(), p.cancellation(),
                        p.cancellationComment(), List.copyOf(rewritten.get(o)), p.employers(), surveyed ? answer(true) : null,
                        surveyed ? answer(counsellors.get(o) == 0) : null));
            }
        }

        private SurveyAnswer answer(boolean satisfied) {
            Satisfaction satisfaction = satisfied ? (random.nextInt(100) < 55 ? Satisfaction.VERY_SATISFIED : Satisfaction.RATHER_SATISFIED)
                    : (random.nextInt(100) < 75 ? Satisfaction.RATHER_DISSATISFIED : Satisfaction.NOT_AT_ALL_SATISFIED);
            Helpfulness helped = satisfied ? (random.nextInt(100) < 70 ? Helpfulness.YES : Helpfulness.PARTLY)
                    : (random.nextBoolean() ? Helpfulness.PARTLY : Helpfulness.NO);
            return new SurveyAnswer(satisfaction, helped, satisfied && random.nextInt(100) < 90);
        }

        /** {@code n} class numbers: the first share's count of 0, the next share's count of 1, …, the rest the last class; shuffled. */
        private List<Integer> quotas(int n, double... shares) {
            List<Integer> classes = new ArrayList<>();
            for (int k = 0; k < shares.length; k++) {
                classes.addAll(Collections.nCopies((int) Math.round(n * shares[k]), k));
            }
            classes.addAll(Collections.nCopies(Math.max(0, n - classes.size()), shares.length));
            Collections.shuffle(classes, random);
            return classes.subList(0, n);
        }

        private int pick(int[] values, int[] weights) {
            int draw = random.nextInt(IntStream.of(weights).sum());
            for (int i = 0; i < values.length; i++) {
                draw -= weights[i];
                if (draw < 0) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }

        private static LocalDate weekday(LocalDate day) {
            return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        }

        /**
         * The day itself if it is a working day, else the working day before it if it is past (what was done stays done),
         * or after it if not: workshops and meetings a week apart keep their order.
         */
        private LocalDate working(LocalDate day) {
            return day.isBefore(today) ? WorkingDays.onOrBefore(day) : WorkingDays.onOrAfter(day);
        }
    }
}
