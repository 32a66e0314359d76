package fr.francetravail.aae.cohort;

import fr.francetravail.aae.notification.NotificationService;
import fr.francetravail.aae.notification.SecretLink;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationCalendar;
import fr.francetravail.aae.partner.PartnerService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What candidates and participants receive, in French, through the notification outbox. */
@Component
public class CohortMails {

    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    private final NotificationService notifications;
    private final PartnerService partners;
    private final OperationCalendar calendar;

    CohortMails(NotificationService notifications, PartnerService partners, OperationCalendar calendar) {
        this.notifications = notifications;
        this.partners = partners;
        this.calendar = calendar;
    }

    void invitation(Operation operation, Participant participant) {
        send(operation, participant, "Invitation à la réunion d'information « L'Art d'accéder à l'emploi »", """
                Votre conseiller(ère) France Travail vous propose de participer à « L'Art d'accéder à l'emploi » : \
                une série d'ateliers dans un lieu culturel, %s, puis une rencontre avec des employeurs dans ce même lieu.

                Vous êtes invité(e) à la réunion d'information collective du %s ; votre conseiller(ère) vous en \
                précisera l'heure et le lieu. Vous pourrez y poser vos questions et donner votre réponse jusqu'au %s.""".formatted(
                place(operation), day(operation.getInfoMeetingDate()),
                day(calendar.dayOf(operation, operation.getRecruitmentDeadline()).minusDays(1))));
    }

    void enrolled(Operation operation, Participant participant) {
        send(operation, participant, "Votre inscription à « L'Art d'accéder à l'emploi » est confirmée", """
                Votre inscription est confirmée. Lieu des ateliers : %s. Dates :
                %s

                La rencontre avec les employeurs aura lieu le %s.""".formatted(place(operation), workshopList(operation),
                day(operation.getEmployerMeetingDate())));
    }

    void waitingList(Operation operation, Participant participant) {
        send(operation, participant, "« L'Art d'accéder à l'emploi » : vous êtes sur liste d'attente", """
                Merci pour votre intérêt. Le groupe est complet : vous êtes inscrit(e) sur la liste d'attente et \
                serez prévenu(e) dès qu'une place se libère.""");
    }

    void promoted(Operation operation, Participant participant) {
        send(operation, participant, "Une place s'est libérée pour vous dans « L'Art d'accéder à l'emploi »", """
                Une place s'est libérée : vous faites désormais partie du groupe. Lieu des ateliers : %s. Dates :
                %s""".formatted(place(operation), workshopList(operation)));
    }

    /** The day before a workshop. */
    public void workshopReminder(Operation operation, Participant participant, int sequenceNumber, LocalDate workshopDate) {
        send(operation, participant, "Rappel : atelier « L'Art d'accéder à l'emploi » demain", """
                Nous vous rappelons l'atelier n° %d de « L'Art d'accéder à l'emploi », %s. Lieu : %s.
                En cas d'empêchement, prévenez votre conseiller(ère) France Travail.""".formatted(sequenceNumber, day(workshopDate),
                place(operation)));
    }

    void operationCancelled(Operation operation, Participant participant) {
        send(operation, participant, "Annulation de « L'Art d'accéder à l'emploi » (" + operation.getVenue() + ")", """
                Nous sommes au regret de vous informer que l'opération « L'Art d'accéder à l'emploi » prévue au lieu \
                suivant est annulée : %s. Votre conseiller(ère) France Travail reprendra contact avec vous pour la suite de votre parcours.""".formatted(
                place(operation)));
    }

    /** Before the employer meeting, in the venue of the workshops. */
    public void employerMeetingReminder(Operation operation, Participant participant) {
        send(operation, participant, "Rappel : rencontre avec les employeurs « L'Art d'accéder à l'emploi »", """
                Nous vous rappelons la rencontre avec les employeurs de « L'Art d'accéder à l'emploi », %s. Lieu : %s.
                Munissez-vous de quelques CV. En cas d'empêchement, prévenez votre conseiller(ère) France Travail.""".formatted(
                day(operation.getEmployerMeetingDate()), place(operation)));
    }

    /**
     * The satisfaction survey at the end of the action: the participant's personal link, valid through {@code lastDay},
     * rendered only while the mail is sent.
     */
    public void surveyInvitation(Operation operation, Participant participant, SecretLink link, LocalDate lastDay) {
        send(operation, participant, "Votre avis sur « L'Art d'accéder à l'emploi »", """
                Les ateliers que vous avez suivis (%s) sont terminés. Votre avis nous aide à améliorer l'action : répondez à trois questions \
                courtes, jusqu'au %s inclus, sur votre page personnelle :
                %s

                Ce lien vous est personnel : ne le transmettez pas.""".formatted(place(operation), day(lastDay), SecretLink.PLACEHOLDER), link);
    }

    /** The same link again, to a participant who has not answered yet. */
    public void surveyReminder(Operation operation, Participant participant, SecretLink link, LocalDate lastDay) {
        send(operation, participant, "Rappel : votre avis sur « L'Art d'accéder à l'emploi »", """
                Vous n'avez pas encore donné votre avis sur les ateliers que vous avez suivis (%s). Il vous reste jusqu'au %s inclus pour \
                répondre, sur votre page personnelle :
                %s""".formatted(place(operation), day(lastDay), SecretLink.PLACEHOLDER), link);
    }

    private void send(Operation operation, Participant participant, String subject, String text) {
        send(operation, participant, subject, text, null);
    }

    private void send(Operation operation, Participant participant, String subject, String text, SecretLink link) {
        notifications.queue(operation.getId(), participant.getEmail(), subject, """
                Bonjour %s %s,

                %s

                Opération %s.
                France Travail
                """.formatted(participant.getFirstName(), participant.getLastName(), text, operation.getReference()), link);
    }

    /** « Labanque, Salle des coffres »: the partner and the venue, as mails name the place. */
    public String place(Operation operation) {
        return partners.get(operation.getPartnerSlug()).getName() + ", " + operation.getVenue();
    }

    private static String workshopList(Operation operation) {
        return operation.getWorkshopDates().stream().map(date -> "- " + day(date)).collect(Collectors.joining("\n"));
    }

    /** « mardi 5 janvier 2027 ». */
    public static String day(LocalDate date) {
        return date.format(FRENCH_DAY);
    }
}
