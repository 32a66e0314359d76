package fr.francetravail.aae.survey;

import fr.francetravail.aae.cohort.CohortMails;
import fr.francetravail.aae.cohort.CohortService;
import fr.francetravail.aae.cohort.CohortService.CohortMember;
import fr.francetravail.aae.cohort.EnrolmentStatus;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.NotFoundException;
import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.notification.NotificationService;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.partner.CulturalPartner;
import fr.francetravail.aae.partner.PartnerService;
import fr.francetravail.aae.survey.SurveyForm.SurveyAnswers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction surveys at the end of the action: participants' personal links (sent, reminded, answered once),
 * answers recorded for them by a counsellor, the partner's and the counsellor's answers from Tasklist, and the counts
 * KPI « Qualité » is computed from.
 */
@Service
public class SurveyService {

    private static final Logger log = LoggerFactory.getLogger(SurveyService.class);

    private final SurveyInvitationRepository invitations;
    private final SurveyResponseRepository responses;
    private final SurveyTokens tokens;
    private final SurveySettings settings;
    private final CohortService cohort;
    private final CohortMails mails;
    private final OperationService operations;
    private final PartnerService partners;
    private final NotificationService notifications;
    private final Clock clock;

    SurveyService(SurveyInvitationRepository invitations, SurveyResponseRepository responses, SurveyTokens tokens,
            SurveySettings settings, CohortService cohort, CohortMails mails, OperationService operations, PartnerService partners,
            NotificationService notifications, Clock clock) {
        this.invitations = invitations;
        this.responses = responses;
        this.tokens = tokens;
        this.settings = settings;
        this.cohort = cohort;
        this.mails = mails;
        this.operations = operations;
        this.partners = partners;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * A personal link to every participant who completed the action and has neither a link nor an answer yet, valid
     * through the last day of {@code aae.surveys.link-validity}. Running it again sends nothing new. Returns how many
     * links were sent.
     */
    @Transactional
    public int inviteParticipants(long operationId) {
        Operation operation = operations.get(operationId);
        Instant now = clock.instant();
        LocalDate lastDay = now.plus(settings.linkValidity()).atZone(clock.getZone()).toLocalDate();
        Instant expiresAt = lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        int sent = 0;
        for (CohortMember member : cohort.members(operationId)) {
            long enrolmentId = member.enrolment().getId();
            if (member.enrolment().getStatus() != EnrolmentStatus.COMPLETED || invitations.existsByEnrolmentId(enrolmentId)
                    || responses.existsByOperationIdAndRespondent(operationId, SurveyResponse.respondent(RespondentType.PARTICIPANT, enrolmentId))) {
                continue;
            }
            SurveyInvitation invitation = invitations.save(new SurveyInvitation(operationId, enrolmentId, tokens.issue(), now, expiresAt));
            mails.surveyInvitation(operation, member.participant(), SurveyLinks.of(invitation), lastDay);
            sent++;
        }
        return sent;
    }

    /**
     * The same link again to every participant who has not answered while it is valid, once: a retried job reminds no
     * one twice. Returns how many were reminded.
     */
    @Transactional
    public int remindParticipants(long operationId) {
        Operation operation = operations.get(operationId);
        Instant now = clock.instant();
        int sent = 0;
        for (SurveyInvitation invitation : invitations.findByOperationIdOrderById(operationId)) {
            if (!invitation.awaitsReminder(now)) {
                continue;
            }
            if (tokens.reissue(invitation.getTokenSalt(), invitation.getTokenHash()).isEmpty()) {
                log.warn("Enquête de {} : inscription {} non relancée, la clé des liens a changé depuis l'envoi",
                        operation.getReference(), invitation.getEnrolmentId());
                continue;
            }
            invitation.reminded(now);
            invitations.save(invitation);
            mails.surveyReminder(operation, cohort.member(invitation.getEnrolmentId()).participant(), SurveyLinks.of(invitation),
                    invitation.getExpiresAt().atZone(clock.getZone()).toLocalDate().minusDays(1));
            sent++;
        }
        return sent;
    }

    /** The partner's survey task waits: a reminder to the partner's contact, unless the partner has answered meanwhile. */
    @Transactional
    public void remindPartner(long operationId) {
        if (responses.existsByOperationIdAndRespondent(operationId, SurveyResponse.respondent(RespondentType.PARTNER, null))) {
            return;
        }
        Operation operation = operations.get(operationId);
        CulturalPartner partner = partners.get(operation.getPartnerSlug());
        notifications.queue(operationId, partner.getContactEmail(),
                "Enquête de satisfaction " + operation.getReference() + " : votre réponse est attendue", """
                Bonjour %s,

                L'action « L'Art d'accéder à l'emploi » %s (%s) est terminée. Votre avis sur son déroulement est attendu \
                dans Camunda Tasklist, tâche « Répondre à l'enquête de satisfaction (structure culturelle) » : quatre \
                questions courtes.

                France Travail
                """.formatted(partner.getContactName(), operation.getReference(), operation.getVenue()));
    }

    /** What a link shows, without writing anything: the form and the action it is about, or why it cannot be used. */
    @Transactional(readOnly = true)
    public LinkView open(String token) {
        return SurveyTokens.hashOfPresented(token).flatMap(invitations::findByTokenHash)
                .map(invitation -> view(invitation, usable(invitation) ? LinkState.FORM : unusable(invitation), List.of()))
                .orElse(LinkView.UNKNOWN);
    }

    /**
     * A participant's answer through the link: recorded only if the link is valid, unused and the answers are complete;
     * otherwise nothing is written and the view says why.
     */
    @Transactional
    public LinkView answerByLink(String token, SurveyForm form) {
        Optional<SurveyInvitation> found = SurveyTokens.hashOfPresented(token).flatMap(invitations::findForUpdateByTokenHash);
        if (found.isEmpty()) {
            return LinkView.UNKNOWN;
        }
        SurveyInvitation invitation = found.get();
        if (!usable(invitation)) {
            return view(invitation, unusable(invitation), List.of());
        }
        SurveyAnswers answers;
        try {
            answers = form.answers();
        } catch (InvalidInputException e) {
            return view(invitation, LinkState.INVALID, e.violations());
        }
        recordParticipant(invitation.getOperationId(), invitation.getEnrolmentId(), Optional.of(invitation), answers, SurveyChannel.LINK, null);
        return view(invitation, LinkState.THANKS, List.of());
    }

    /**
     * A counsellor records the answer of a participant who completed the action (by phone, in a meeting): refused if
     * the participant has answered; their link stops working.
     */
    @Transactional
    public SurveyResponse answerOnBehalf(long operationId, long enrolmentId, SurveyForm form, String counsellor) {
        CohortMember member = cohort.member(enrolmentId);
        if (!member.enrolment().getOperationId().equals(operationId)) {
            throw new NotFoundException("Inscription inconnue dans cette opération : " + enrolmentId);
        }
        if (member.enrolment().getStatus() != EnrolmentStatus.COMPLETED) {
            throw new StateConflictException("L'enquête s'adresse aux participants qui ont terminé l'action ; l'inscription "
                    + enrolmentId + " est à l'état " + member.enrolment().getStatus());
        }
        Optional<SurveyInvitation> invitation = invitations.findForUpdateByEnrolmentId(enrolmentId);
        return recordParticipant(operationId, enrolmentId, invitation, form.answers(), SurveyChannel.ON_BEHALF, counsellor);
    }

    /** The partner's or the counsellor's answer, from their Tasklist task: one each per operation. */
    @Transactional
    public SurveyResponse answerAsStaff(long operationId, RespondentType type, SurveyForm form, String actor) {
        if (type == RespondentType.PARTICIPANT) {
            throw new IllegalArgumentException("Un participant répond par son lien ou par son conseiller");
        }
        if (responses.existsByOperationIdAndRespondent(operationId, SurveyResponse.respondent(type, null))) {
            throw new StateConflictException((type == RespondentType.PARTNER ? "La structure culturelle" : "Le conseiller")
                    + " a déjà répondu à l'enquête de cette opération");
        }
        return responses.save(SurveyResponse.ofStaff(operationId, type, form.answers(), actor, clock.instant()));
    }

    /**
     * Per respondent type: invited (participants: a link sent or an answer recorded for them; partner and counsellor:
     * one each per operation), answered, and satisfied (« Très satisfait » or « Plutôt satisfait »).
     */
    @Transactional(readOnly = true)
    public List<SurveyCount> counts(long operationId) {
        return Arrays.stream(RespondentType.values()).map(type -> new SurveyCount(type,
                type == RespondentType.PARTICIPANT
                        ? invitations.countByOperationId(operationId) + responses.countParticipantsAnsweredWithoutLink(operationId) : 1,
                responses.countByOperationIdAndRespondentType(operationId, type),
                responses.countByOperationIdAndRespondentTypeAndSatisfiedTrue(operationId, type))).toList();
    }

    private SurveyResponse recordParticipant(long operationId, long enrolmentId, Optional<SurveyInvitation> invitation,
            SurveyAnswers answers, SurveyChannel channel, String recordedBy) {
        if (responses.existsByOperationIdAndRespondent(operationId, SurveyResponse.respondent(RespondentType.PARTICIPANT, enrolmentId))) {
            throw new StateConflictException("Ce participant a déjà répondu à l'enquête");
        }
        Instant now = clock.instant();
        invitation.ifPresent(link -> {
            link.answered(now);
            invitations.save(link);
        });
        return responses.save(SurveyResponse.ofParticipant(operationId, enrolmentId, answers, channel, recordedBy, now));
    }

    private boolean usable(SurveyInvitation invitation) {
        return !invitation.isAnswered() && !invitation.isExpired(clock.instant());
    }

    private LinkState unusable(SurveyInvitation invitation) {
        return invitation.isAnswered() ? LinkState.ALREADY_ANSWERED : LinkState.EXPIRED;
    }

    private LinkView view(SurveyInvitation invitation, LinkState state, List<FieldViolation> violations) {
        Operation operation = operations.get(invitation.getOperationId());
        List<LocalDate> workshops = operation.getWorkshopDates();
        return new LinkView(state, partners.get(operation.getPartnerSlug()).getName(), operation.getVenue(),
                workshops.get(workshops.size() - 1), violations);
    }

    /** Where a link stands. */
    public enum LinkState { FORM, THANKS, INVALID, ALREADY_ANSWERED, EXPIRED, UNKNOWN }

    /**
     * What the survey page may show: the state, and for a real link the action it is about (the partner, the venue, the
     * last workshop's day) with the faults of refused answers. Nothing about the participant.
     */
    public record LinkView(LinkState state, String partnerName, String venue, LocalDate lastWorkshop, List<FieldViolation> violations) {

        static final LinkView UNKNOWN = new LinkView(LinkState.UNKNOWN, null, null, null, List.of());
    }

    /** The survey of one respondent type in one operation. */
    public record SurveyCount(RespondentType respondentType, int invited, int answered, int satisfied) {
    }
}
