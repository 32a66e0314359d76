package fr.francetravail.aae.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every password check, whichever door it comes through (HTTP Basic on {@code /api} and {@code /engine-rest}, the
 * webapps' login, {@code identity/verify} through {@code /engine-rest} or the webapps' engine API, a password change),
 * ends in the engine's identity provider: this is where failures are limited.
 * <ul>
 * <li>Per account, Camunda's own lock, kept in {@code ACT_ID_USER} so every node honours it: each failure locks the
 * account for a delay that grows with the failures in a row ({@link LoginSettings}), during which no password is
 * checked. {@code loginMaxAttempts} is never reached, so no number of failures locks an account for good (accounts
 * locked that way by an earlier version are free again once their last delay is over).</li>
 * <li>Per client address, the {@link LoginThrottle}: a check takes one of the address's tokens; an address without
 * tokens has nothing checked ({@link LoginThrottleFilter} answers it 429 before its request goes anywhere).</li>
 * <li>Break-glass: the accounts named in {@code aae.login.unlock} are unlocked when the engine starts.</li>
 * </ul>
 */
@Component
class PasswordCheckPlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordCheckPlugin.class);

    private final LoginSettings settings;
    private final LoginThrottle throttle;

    PasswordCheckPlugin(LoginSettings settings, LoginThrottle throttle) {
        this.settings = settings;
        this.throttle = throttle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase(Math.toIntExact(settings.accountLockFirst().toSeconds()));
        configuration.setLoginDelayFactor(settings.accountLockFactor());
        configuration.setLoginDelayMaxTime(Math.toIntExact(settings.accountLockMax().toSeconds()));
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ThrottledIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new ThrottledIdentityProvider(throttle);
            }
        });
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        unlockConfiguredAccounts(engine.getIdentityService());
    }

    /** The break-glass: unlocks each account named in {@code aae.login.unlock}. */
    void unlockConfiguredAccounts(IdentityService identity) {
        for (String account : settings.unlock()) {
            identity.unlockUser(account);
            LOG.warn("Account '{}' unlocked at start-up (aae.login.unlock)", account);
        }
    }

    /** Camunda's database identity provider, with the client address's tokens taken around each password check. */
    static class ThrottledIdentityProvider extends DbIdentityServiceProvider {

        private final LoginThrottle throttle;

        ThrottledIdentityProvider(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public boolean checkPassword(String userId, String password) {
            String client = LoginThrottle.servedClient().orElse(null);
            if (client == null) {
                return super.checkPassword(userId, password);
            }
            if (!throttle.acquire(client)) {
                return false;
            }
            boolean right = super.checkPassword(userId, password);
            throttle.settle(client, right);
            return right;
        }

        @Override
        protected void lockUser(UserEntity user) {
            super.lockUser(user);
            PasswordCheckPlugin.LOG.warn("Account '{}' locked until {} after {} failed password checks in a row", user.getId(),
                    user.getLockExpirationTime().toInstant(), user.getAttempts());
        }
    }
}
