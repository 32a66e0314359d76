package fr.francetravail.aae.survey;

import fr.francetravail.aae.notification.SecretLink;
import fr.francetravail.aae.notification.SecretLinkRenderer;
import org.springframework.stereotype.Component;

/**
 * The participants' personal links as their mails carry them: the outbox knows a link by its invitation's id only, and
 * the mail sender asks here for the link while sending, derived again from the invitation's salt and the link key.
 */
@Component
class SurveyLinks implements SecretLinkRenderer {

    private static final String KIND = "survey-invitation";

    private final SurveyInvitationRepository invitations;
    private final SurveyTokens tokens;
    private final String publicBaseUrl;

    SurveyLinks(SurveyInvitationRepository invitations, SurveyTokens tokens, PublicLinkSettings publicLinks) {
        this.invitations = invitations;
        this.tokens = tokens;
        this.publicBaseUrl = publicLinks.publicBaseUrl();
    }

    /** What the outbox keeps of an invitation's link. */
    static SecretLink of(SurveyInvitation invitation) {
        return new SecretLink(KIND, invitation.getId());
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String render(long invitationId) {
        SurveyInvitation invitation = invitations.findById(invitationId)
                .orElseThrow(() -> new IllegalStateException("Invitation à l'enquête inconnue : " + invitationId));
        String token = tokens.reissue(invitation.getTokenSalt(), invitation.getTokenHash())
                .orElseThrow(() -> new IllegalStateException("Lien de l'invitation " + invitationId
                        + " impossible à refaire : la clé des liens a changé depuis l'envoi"));
        return publicBaseUrl + "/enquete/" + token;
    }
}
