package fr.francetravail.aae.platform;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HTTP Basic credentials checked against Camunda's identity service; the user's groups become authorities, and their
 * tenants (their regions) go with them ({@link EngineUser}). The engine commands run in one transaction: every call of {@code /api} and {@code /engine-rest} authenticates, and one commit
 * instead of two each is measured by the benchmark suite (transactions per operation). A refused password's record (see
 * {@link PasswordCheckPlugin}) commits all the same: the refusal is thrown after the transaction.
 */
@Component
class CamundaIdentityAuthenticationProvider implements org.springframework.security.authentication.AuthenticationProvider {

    private final IdentityService identity;
    private final TransactionTemplate transaction;

    CamundaIdentityAuthenticationProvider(IdentityService identity, PlatformTransactionManager transactions) {
        this.identity = identity;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        Optional<EngineUser> checked = user == null || user.isBlank() ? Optional.empty()
                : transaction.execute(status -> identity.checkPassword(user, password) ? Optional.of(read(user)) : Optional.empty());
        return checked.orElseThrow(() -> new BadCredentialsException("Identifiant ou mot de passe incorrect"));
    }

    /**
     * A user already logged in elsewhere (the webapps' session, {@link WebappSessionAuthenticationFilter}): their groups as
     * they are now, or nothing if the account no longer exists.
     */
    Optional<Authentication> loggedIn(String user) {
        return transaction.execute(status -> identity.createUserQuery().userId(user).count() == 0 ? Optional.<Authentication>empty()
                : Optional.of(read(user)));
    }

    /** The user's groups and tenants, as Camunda's webapps read them at their login. */
    private EngineUser read(String user) {
        return new EngineUser(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList(),
                identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
