package fr.francetravail.aae.demo;

import static fr.francetravail.aae.common.Viewer.COUNSELLORS;

import fr.francetravail.aae.agency.AgencyRequest;
import fr.francetravail.aae.agency.AgencyService;
import fr.francetravail.aae.cohort.PriorityPublicsRule;
import fr.francetravail.aae.cohort.PriorityPublicsRule.PriorityProfile;
import fr.francetravail.aae.demo.HistoryPlan.Candidate;
import fr.francetravail.aae.demo.HistoryPlan.Employer;
import fr.francetravail.aae.demo.HistoryPlan.Fate;
import fr.francetravail.aae.demo.HistoryPlan.PlannedOperation;
import fr.francetravail.aae.demo.HistoryPlan.Site;
import fr.francetravail.aae.demo.HistoryPlan.Stage;
import fr.francetravail.aae.demo.HistoryPlan.SurveyAnswer;
import fr.francetravail.aae.kpi.OperationFigures;
import fr.francetravail.aae.operation.OperationProcess;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.outcome.Situation;
import fr.francetravail.aae.partner.PartnerRequest;
import fr.francetravail.aae.partner.PartnerService;
import fr.francetravail.aae.platform.ProcessGlue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the {@link HistoryPlan} into an empty database of the {@code dev} profile: the regions' agencies, cultural
 * partners and users, then every planned operation's rows straight into the domain tables (what the KPIs read: their
 * figures are refreshed as the transaction commits, {@link OperationFigures}), and for each running operation its
 * {@code aae-operation} process, started at the activity where the operation stands with the variables its next steps
 * read. Closed and cancelled operations have no process: history only.
 */
@Component
@ConditionalOnProperty("aae.demo-data")
class DemoHistory {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String MANAGER = "mmartin";
    private static final String AFDAS_SETTLED = "AFDAS";
    /** The workshop series as a whole: the remaining workshops in order, the past one's sheet opening at once. */
    private static final String SUBPROCESS_WORKSHOP_SERIES = "SubProcess_Workshop#multiInstanceBody";
    private static final String FOLLOW_UPS = OperationProcess.CALL_OUTCOME_FOLLOW_UP + "#multiInstanceBody";

    private final JdbcClient jdbc;
    private final AgencyService agencies;
    private final PartnerService partners;
    private final OperationService operations;
    private final PriorityPublicsRule priorityPublics;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final OperationFigures figures;

    DemoHistory(JdbcClient jdbc, AgencyService agencies, PartnerService partners, OperationService operations,
            PriorityPublicsRule priorityPublics, IdentityService identity, RuntimeService runtime, OperationFigures figures) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.partners = partners;
        this.operations = operations;
        this.priorityPublics = priorityPublics;
        this.identity = identity;
        this.runtime = runtime;
        this.figures = figures;
    }

    /** Writes the plan; returns the ids of the running operations' process instances. */
    @Transactional
    public List<String> write(HistoryPlan plan) {
        createSites(plan.newSites());
        Map<String, Integer> sequences = new HashMap<>();
        List<String> processes = new ArrayList<>();
        for (PlannedOperation planned : plan.operations()) {
            String key = planned.year() + "-" + planned.site().region();
            int seq = sequences.computeIfAbsent(key, k -> lastReference(planned)) + 1;
            sequences.put(key, seq);
            long id = new OperationWriter(planned, "AAE-%d-%s-%04d".formatted(planned.year(), planned.site().region(), seq), plan.today()).write();
            figures.changed(id);
            if (planned.stage().running()) {
                processes.add(start(planned, id));
            }
        }
        sequences.forEach((key, last) -> jdbc.sql("update operation_sequence set last_value = ? where reference_year = ? and region_code = ?")
                .params(last, Integer.parseInt(key.substring(0, 4)), key.substring(5)).update());
        return processes;
    }

    private int lastReference(PlannedOperation planned) {
        List<Integer> last = jdbc.sql("select last_value from operation_sequence where reference_year = ? and region_code = ?")
                .params(planned.year(), planned.site().region().name()).query(Integer.class).list();
        if (last.isEmpty()) {
            jdbc.sql("insert into operation_sequence (reference_year, region_code, last_value) values (?, ?, 0)")
                    .params(planned.year(), planned.site().region().name()).update();
            return 0;
        }
        return last.get(0);
    }

    private void createSites(List<Site> sites) {
        Set<String> agencyCodes = new LinkedHashSet<>();
        Map<String, List<String>> groups = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Site site : sites) {
            if (agencyCodes.add(site.agencyCode())) {
                agencies.create(new AgencyRequest(site.agencyCode(), site.agencyName(), site.region(),
                        "ape." + site.agencyCode() + "@francetravail.example"));
            }
            partners.create(new PartnerRequest(site.partnerSlug(), site.partnerName(), siret(site.siretPrefix()), site.partnerType(),
                    site.region(), site.city(), site.mediatorName(), "mediation@" + site.partnerSlug() + ".example", "01 00 00 00 00"));
            groups.computeIfAbsent(site.counsellor(), c -> new ArrayList<>(List.of(COUNSELLORS))).add("agence-" + site.agencyCode());
            groups.computeIfAbsent(site.mediator(), m -> new ArrayList<>()).add("partenaire-" + site.partnerSlug());
            if (site.counsellorName() != null) {
                names.put(site.counsellor(), site.counsellorName());
            }
            names.put(site.mediator(), site.mediatorName());
        }
        groups.forEach((user, memberships) -> {
            String[] name = names.get(user).split(" ", 2);
            DemoUsers.create(identity, user, name[0], name[1], List.copyOf(new LinkedHashSet<>(memberships)));
        });
    }

    /** A 14-digit SIRET whose Luhn key is valid. */
    static String siret(String thirteenDigits) {
        for (int key = 0; key < 10; key++) {
            String candidate = thirteenDigits + key;
            int sum = 0;
            for (int i = 0; i < 14; i++) {
                int digit = candidate.charAt(i) - '0';
                if (i % 2 == 0) {
                    digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
                }
                sum += digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("pas de clé de Luhn pour " + thirteenDigits);
    }

    /**
     * The process of a running operation, started at the activity where it stands: its routing variables come from
     * the stored operation, those of the next steps from the rows just written.
     */
    private String start(PlannedOperation planned, long operationId) {
        Map<String, Object> variables = new HashMap<>(operations.processVariables(operationId));
        String reference = (String) variables.get(OperationProcess.Variables.OPERATION_REFERENCE);
        List<Long> enrolled = ids("select id from enrolment where operation_id = ? and status in ('ENROLLED', 'COMPLETED') order by id", operationId);
        List<String> activities = switch (planned.stage()) {
            case COHORT_VALIDATION -> {
                variables.put(OperationProcess.Variables.CANDIDATE_IDS, new ArrayList<>(
                        ids("select id from enrolment where operation_id = ? order by id", operationId)));
                variables.put(OperationProcess.Variables.INFO_MEETING_DATE, planned.infoMeetingDate().toString());
                variables.put(OperationProcess.Variables.ENROLLED_COUNT, enrolled.size());
                variables.put(OperationProcess.Variables.WAITING_LIST_COUNT, 0);
                variables.put(OperationProcess.Variables.COHORT_DECISION, OperationProcess.CohortDecision.GO.name());
                yield List.of(OperationProcess.TASK_VALIDATE_COHORT);
            }
            case WORKSHOPS -> {
                variables.put(OperationProcess.Variables.WORKSHOP_IDS, new ArrayList<>(ids(
                        "select id from workshop_session where operation_id = ? and status <> 'ATTENDANCE_RECORDED' order by sequence_number",
                        operationId)));
                yield List.of(SUBPROCESS_WORKSHOP_SERIES);
            }
            case EMPLOYER_REGISTRATION -> List.of(OperationProcess.TASK_REGISTER_EMPLOYERS);
            case MEETING_RESULTS -> List.of(OperationProcess.TASK_RECORD_MEETING_RESULTS);
            case END_OF_ACTION -> {
                actionEnded(variables, planned, enrolled);
                yield List.of(OperationProcess.TASK_WRITE_BILAN, OperationProcess.TASK_PARTNER_SURVEY, OperationProcess.TASK_COUNSELLOR_SURVEY,
                        OperationProcess.TASK_SEND_PARTICIPANT_SURVEYS);
            }
            case PAYMENT_VALIDATION -> {
                actionEnded(variables, planned, enrolled);
                yield List.of(FOLLOW_UPS, OperationProcess.CALL_PARTNER_PAYMENT);
            }
            case FOLLOW_UP -> {
                actionEnded(variables, planned, enrolled);
                yield List.of(FOLLOW_UPS);
            }
            default -> throw new IllegalStateException("pas de processus pour l'étape " + planned.stage());
        };
        ProcessInstantiationBuilder builder = runtime.createProcessInstanceByKey(OperationProcess.KEY).businessKey(reference)
                .setVariables(variables);
        activities.forEach(builder::startBeforeActivity);
        if (planned.stage() == Stage.FOLLOW_UP) {
            builder.startAfterActivity(OperationProcess.CALL_PARTNER_PAYMENT);
        }
        return builder.execute().getId();
    }

    private static void actionEnded(Map<String, Object> variables, PlannedOperation planned, List<Long> completed) {
        variables.put(OperationProcess.Variables.COMPLETED_ENROLMENT_IDS, new ArrayList<>(completed));
        variables.put(OperationProcess.Variables.ACTION_ENDED_ON, planned.employerMeetingDate().toString());
    }

    private List<Long> ids(String sql, long operationId) {
        return jdbc.sql(sql).params(operationId).query(Long.class).list();
    }

    /** The rows of one planned operation, phase by phase as far as it went. */
    private final class OperationWriter {
        private final PlannedOperation op;
        private final String reference;
        private final LocalDate today;
        private final String counsellor;
        private final String mediator;
        private long id;

        OperationWriter(PlannedOperation op, String reference, LocalDate today) {
            this.op = op;
            this.reference = reference;
            this.today = today;
            this.counsellor = op.site().counsellor();
            this.mediator = op.site().mediator();
        }

        long write() {
            LocalDate ended = op.actionEnded() ? op.employerMeetingDate() : null;
            LocalDate lastProgress = op.stage().running() ? today.minusDays(1) : ended != null ? ended.plusMonths(6).plusDays(1)
                    : op.infoMeetingDate();
            id = insert("""
                    insert into operation (reference, status, agency_code, partner_slug, venue, discipline, target_group_size,
                      employer_meeting_date, proposed_by, proposed_at, cancellation_reason, cancellation_comment, cancelled_by,
                      process_attached, info_meeting_date, recruitment_deadline, recruitment_extended, action_ended_on, closed_at,
                      last_progress_at, updated_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, 1)""",
                    reference, op.stage().status().name(), op.site().agencyCode(), op.site().partnerSlug(), op.venue(), op.discipline().name(),
                    op.targetGroupSize(), op.employerMeetingDate(), counsellor, at(op.proposedOn(), 10), name(op.cancellation()),
                    op.cancellationComment(), op.cancellation() == null ? null : MANAGER, op.stage().running(), op.infoMeetingDate(),
                    at(op.infoMeetingDate().plusDays(7), 0), ended, op.stage() == Stage.CLOSED ? at(ended.plusMonths(6).plusDays(1), 9) : null,
                    at(lastProgress, 9), at(lastProgress, 9));
            for (int w = 0; w < op.workshops().size(); w++) {
                jdbc.sql("insert into planned_workshop (operation_id, position, workshop_date) values (?, ?, ?)").params(id, w, op.workshops().get(w)).update();
            }
            convention();
            if (!op.conventionSigned()) {
                return id;
            }
            List<Long> enrolments = cohort();
            if (op.workshopsDone() > 0 || op.stage() == Stage.WORKSHOPS) {
                workshops(enrolments);
            }
            if (!op.employers().isEmpty()) {
                employerMeeting(enrolments);
            }
            if (op.stage() == Stage.CLOSED || op.stage().compareTo(Stage.PAYMENT_VALIDATION) >= 0 && op.stage().running()) {
                endOfAction(enrolments);
            }
            return id;
        }

        private void convention() {
            boolean declined = op.cancellation() == fr.francetravail.aae.operation.CancellationReason.CONVENTION_DECLINED;
            String status = op.conventionSigned() ? "SIGNED" : declined ? "DECLINED" : "SUBMITTED";
            LocalDate drafted = op.proposedOn().plusDays(3);
            long convention = insert("""
                    insert into convention (operation_id, status, objectives, workshop_plan, lump_sum, signed_by, signed_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, 1)""", id, status,
                    "Remobiliser les demandeurs d'emploi par la pratique artistique et préparer la rencontre avec les employeurs.",
                    "Six ateliers hebdomadaires de trois heures co-animés par la médiation culturelle et le conseiller.", HistoryPlan.LUMP_SUM,
                    op.conventionSigned() ? MANAGER : null, op.conventionSigned() ? at(drafted.plusDays(9), 11) : null);
            List<Object[]> events = new ArrayList<>();
            events.add(new Object[] {"DRAFTED", counsellor, at(drafted, 15)});
            if (op.conventionSigned()) {
                events.add(new Object[] {"ACCEPTED", mediator, at(drafted.plusDays(4), 10)});
                events.add(new Object[] {"SIGNED", MANAGER, at(drafted.plusDays(9), 11)});
            } else if (declined) {
                events.add(new Object[] {"DECLINED", mediator, at(drafted.plusDays(6), 10)});
            } else {
                events.add(new Object[] {"PARTNER_REMINDED", ProcessGlue.SYSTEM_ACTOR, at(drafted.plusDays(5), 0)});
                events.add(new Object[] {"ABANDONED", MANAGER, at(drafted.plusDays(22), 9)});
            }
            for (int e = 0; e < events.size(); e++) {
                jdbc.sql("insert into convention_event (convention_id, position, type, actor, occurred_at) values (?, ?, ?, ?, ?)")
                        .params(convention, e, events.get(e)[0], events.get(e)[1], events.get(e)[2]).update();
            }
        }

        private List<Long> cohort() {
            List<Long> enrolments = new ArrayList<>();
            for (Candidate c : op.candidates()) {
                LocalDate decided = op.infoMeetingDate();
                long participant = insert("""
                        insert into participant (france_travail_id, last_name, first_name, email, phone, birth_year, registered_since,
                          rsa_beneficiary, qpv_resident, recognised_disability, created_at, updated_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""", c.franceTravailId(), c.lastName(), c.firstName(), email(c),
                        "06 " + c.franceTravailId().substring(1, 3) + " " + c.franceTravailId().substring(3, 5) + " "
                                + c.franceTravailId().substring(5, 7) + " 00", c.birthYear(), c.registeredSince(), c.rsa(), c.qpv(),
                        c.disability(), at(op.infoMeetingDate().minusDays(10), 14), at(op.infoMeetingDate().minusDays(10), 14));
                boolean accepted = c.fate() != Fate.DECLINED && c.fate() != Fate.NO_SHOW;
                String status = c.status(op.stage()).name();
                String publics = accepted ? String.join(",", priorityPublics.publicsOf(new PriorityProfile(
                        (int) Period.between(c.registeredSince(), decided).toTotalMonths(), decided.getYear() - c.birthYear(), c.rsa(),
                        c.qpv(), c.disability()))) : null;
                long enrolment = insert("""
                        insert into enrolment (operation_id, participant_id, status, priority_publics, consent, placed_at, unexcused_streak,
                          withdrawal_reason, added_by, added_at, version) values (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 1)""",
                        id, participant, status, publics == null || publics.isEmpty() ? null : publics, accepted ? Boolean.TRUE : null,
                        accepted ? at(decided, 16) : null, c.fate() == Fate.WITHDRAWN ? "Raisons personnelles" : null, counsellor,
                        at(decided.minusDays(10), 14));
                List<Object[]> events = new ArrayList<>(List.of(new Object[] {"ADDED", counsellor, at(decided.minusDays(10), 14)},
                        new Object[] {"INVITED", ProcessGlue.SYSTEM_ACTOR, at(decided.minusDays(10), 14)}));
                switch (c.fate()) {
                    case DECLINED -> events.add(new Object[] {"DECLINED", counsellor, at(decided, 16)});
                    case NO_SHOW -> events.add(new Object[] {"NO_SHOW", counsellor, at(decided, 16)});
                    default -> {
                        events.add(new Object[] {"ACCEPTED", counsellor, at(decided, 16)});
                        events.add(new Object[] {"ENROLLED", ProcessGlue.SYSTEM_ACTOR, at(decided, 16)});
                    }
                }
                if (c.fate() == Fate.WITHDRAWN) {
                    events.add(new Object[] {"WITHDRAWN", counsellor, at(op.workshops().get(c.leavesAfterWorkshop() - 1).plusDays(2), 11)});
                } else if (c.fate() == Fate.COMPLETED) {
                    events.add(new Object[] {"COMPLETED", ProcessGlue.SYSTEM_ACTOR, at(op.employerMeetingDate(), 18)});
                } else if ("CANCELLED".equals(status)) {
                    events.add(new Object[] {"OPERATION_CANCELLED", MANAGER, at(cancelledOn(), 10)});
                }
                for (int e = 0; e < events.size(); e++) {
                    jdbc.sql("insert into enrolment_event (enrolment_id, position, type, actor, occurred_at) values (?, ?, ?, ?, ?)")
                            .params(enrolment, e, events.get(e)[0], events.get(e)[1], events.get(e)[2]).update();
                }
                enrolments.add(enrolment);
            }
            return enrolments;
        }

        private LocalDate cancelledOn() {
            return op.workshops().get(Math.max(0, op.workshopsDone() - 1)).plusDays(3);
        }

        private void workshops(List<Long> enrolments) {
            for (int w = 0; w < op.workshops().size(); w++) {
                boolean recorded = w < op.workshopsDone();
                LocalDate day = op.workshops().get(w);
                long session = insert("""
                        insert into workshop_session (operation_id, sequence_number, workshop_date, status, attendance_recorded_by,
                          attendance_recorded_at, version) values (?, ?, ?, ?, ?, ?, 1)""", id, w + 1, day,
                        recorded ? "ATTENDANCE_RECORDED" : "SCHEDULED", recorded ? mediator : null, recorded ? at(day.plusDays(1), 10) : null);
                if (!recorded) {
                    continue;
                }
                for (int c = 0; c < op.candidates().size(); c++) {
                    Candidate candidate = op.candidates().get(c);
                    if (w < candidate.attendance().size()) {
                        jdbc.sql("insert into expected_participant (workshop_session_id, enrolment_id) values (?, ?)").params(session, enrolments.get(c)).update();
                        jdbc.sql("insert into attendance (workshop_session_id, enrolment_id, presence) values (?, ?, ?)")
                                .params(session, enrolments.get(c), candidate.attendance().get(w).name()).update();
                    }
                }
            }
        }

        private void employerMeeting(List<Long> enrolments) {
            LocalDate meeting = op.employerMeetingDate();
            for (Employer e : op.employers()) {
                long employer = insert("""
                        insert into employer (operation_id, company_name, company_key, sector, contact_name, contact_email, registered_by,
                          registered_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 1)""", id, e.companyName(),
                        e.companyName().toLowerCase(Locale.FRENCH), e.sector(), e.contactName(), ascii(e.contactName()) + "@entreprise.example",
                        counsellor, at(meeting.minusDays(12), 15));
                jdbc.sql("insert into job_offer (employer_id, position, title, contract_type, positions) values (?, 0, ?, ?, ?)")
                        .params(employer, e.offerTitle(), e.contractType(), e.positions()).update();
            }
            long participants = op.candidates().stream().filter(c -> c.fate() == Fate.COMPLETED || c.fate() == Fate.ENROLLED).count();
            jdbc.sql("insert into employer_meeting_reminder (operation_id, participants, employers, sent_at) values (?, ?, ?, ?)")
                    .params(id, participants, op.employers().size(), at(meeting.minusDays(1), 10)).update();
            if (op.stage() == Stage.MEETING_RESULTS) {
                return;
            }
            for (int c = 0; c < op.candidates().size(); c++) {
                Candidate candidate = op.candidates().get(c);
                if (candidate.meeting() != null) {
                    jdbc.sql("""
                            insert into meeting_result (operation_id, enrolment_id, interviews, job_offers_proposed, hired, training_proposed,
                              service_proposed, recorded_by, recorded_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                            .params(id, enrolments.get(c), candidate.meeting().interviews(), candidate.meeting().jobOffersProposed(),
                                    candidate.meeting().hired(), candidate.meeting().trainingProposed(), candidate.meeting().serviceProposed(),
                                    counsellor, at(meeting, 17)).update();
                }
            }
        }

        /** Bilan, surveys, outcomes and the partner's payment of an action over for three weeks at least. */
        private void endOfAction(List<Long> enrolments) {
            LocalDate ended = op.employerMeetingDate();
            jdbc.sql("""
                    insert into action_review (operation_id, course_of_action, strengths, improvements, renew_partnership, written_by,
                      written_at) values (?, ?, ?, ?, ?, ?, ?)""").params(id,
                    "Six ateliers menés dans le lieu, un groupe assidu, une rencontre employeurs riche en échanges.",
                    "La confiance retrouvée des participants ; l'implication de l'équipe de médiation.",
                    "Prévoir plus tôt la liste des entreprises invitées.", true, counsellor, at(ended.plusDays(3), 16)).update();
            staffSurvey("PARTNER", op.partnerSurvey(), mediator, ended.plusDays(5));
            staffSurvey("COUNSELLOR", op.counsellorSurvey(), counsellor, ended.plusDays(4));
            for (int c = 0; c < op.candidates().size(); c++) {
                Candidate candidate = op.candidates().get(c);
                if (candidate.fate() != Fate.COMPLETED) {
                    continue;
                }
                long enrolment = enrolments.get(c);
                SurveyAnswer answer = candidate.survey();
                jdbc.sql("""
                        insert into survey_invitation (operation_id, enrolment_id, token_salt, token_hash, created_at, expires_at, answered_at,
                          reminded_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 1)""").params(id, enrolment,
                        Base64.getUrlEncoder().withoutPadding().encodeToString(sha256("sel-" + candidate.franceTravailId())),
                        HexFormat.of().formatHex(sha256("lien-" + candidate.franceTravailId())), at(ended, 18), at(ended.plusDays(30), 23),
                        answer == null ? null : at(ended.plusDays(2), 20), at(ended.plusDays(7), 10)).update();
                if (answer != null) {
                    surveyResponse("PARTICIPANT", enrolment, "PARTICIPANT-" + enrolment, answer, "LINK", null, ended.plusDays(2));
                }
                List<Situation> outcomes = candidate.outcomes();
                for (int k = 0; k < outcomes.size(); k++) {
                    boolean byCounsellor = candidate.franceTravailId().hashCode() % 10 == 0;
                    LocalDate day = ended.plusMonths(List.of(1, 3, 6).get(k));
                    jdbc.sql("""
                            insert into outcome (enrolment_id, operation_id, checkpoint, situation, outcome_class, source, recorded_by,
                              recorded_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 1)""").params(enrolment, id, List.of("M1", "M3", "M6").get(k),
                            outcomes.get(k).name(), outcomeClass(outcomes.get(k)), byCounsellor ? "COUNSELLOR" : "STATUS_SERVICE",
                            byCounsellor ? counsellor : ProcessGlue.SYSTEM_ACTOR, at(day, byCounsellor ? 15 : 9)).update();
                }
            }
            if (op.stage() != Stage.PAYMENT_VALIDATION) {
                payment(ended.plusDays(21));
            }
        }

        private void staffSurvey(String type, SurveyAnswer answer, String who, LocalDate day) {
            if (answer != null) {
                surveyResponse(type, null, type, answer, "TASKLIST", who, day);
            }
        }

        private void surveyResponse(String type, Long enrolment, String respondent, SurveyAnswer answer, String channel, String recordedBy,
                LocalDate day) {
            jdbc.sql("""
                    insert into survey_response (operation_id, respondent_type, enrolment_id, respondent, satisfaction, satisfied, helped,
                      recommends, channel, recorded_by, answered_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                    .params(id, type, enrolment, respondent, answer.satisfaction().name(),
                            answer.satisfaction().ordinal() <= 1, answer.helped().name(), answer.recommends(), channel, recordedBy,
                            at(day, 20)).update();
        }

        /** Validated by the manager two days after the file opened, settled by AFDAS two weeks later (or today at the latest). */
        private void payment(LocalDate opened) {
            LocalDate validated = min(opened.plusDays(2), today);
            LocalDate settled = min(opened.plusDays(16), today);
            String afdasReference = "AFDAS-DEMO-" + reference.substring(4);
            long payment = insert("""
                    insert into payment (operation_id, state, amount, opened_at, requested_at, validated_by, validated_at, submission_count,
                      afdas_reference, submitted_at, settled_on, settled_amount, updated_at, version)
                    values (?, 'SETTLED', ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, 1)""", id, HistoryPlan.LUMP_SUM, at(opened, 9), at(opened, 9),
                    MANAGER, at(validated, 11), afdasReference, at(validated, 11), settled, HistoryPlan.LUMP_SUM, at(settled, 15));
            Object[][] events = {{"OPENED", ProcessGlue.SYSTEM_ACTOR, null, at(opened, 9)},
                    {"ELIGIBILITY_CHECKED", ProcessGlue.SYSTEM_ACTOR, null, at(opened, 9)},
                    {"VALIDATED", MANAGER, null, at(validated, 11)},
                    {"SUBMITTED", ProcessGlue.SYSTEM_ACTOR, afdasReference, at(validated, 11)},
                    {"SETTLED", AFDAS_SETTLED, afdasReference, at(settled, 15)}};
            for (int e = 0; e < events.length; e++) {
                jdbc.sql("insert into payment_event (payment_id, position, type, actor, afdas_reference, occurred_at) values (?, ?, ?, ?, ?, ?)")
                        .params(payment, e, events[e][0], events[e][1], events[e][2], events[e][3]).update();
            }
        }

        private long insert(String sql, Object... params) {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql(sql).params(params).update(key, "id");
            return key.getKey().longValue();
        }
    }

    /** As DMN {@code outcome-class} decides: every job counts as employment, training apart, the rest none. */
    private static String outcomeClass(Situation situation) {
        return switch (situation) {
            case TRAINING -> "TRAINING";
            case STILL_SEEKING, OTHER -> "NONE";
            default -> "EMPLOYMENT";
        };
    }

    private static Timestamp at(LocalDate day, int hour) {
        return day == null ? null : Timestamp.from(day.atTime(LocalTime.of(hour, 0)).atZone(PARIS).toInstant());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String email(Candidate c) {
        return ascii(c.firstName() + "." + c.lastName()) + "@exemple.fr";
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.FRENCH).replace(' ', '.').replace('\'', '-');
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
