package fr.francetravail.aae.platform;

import static fr.francetravail.aae.common.Viewer.ADMINS;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Signals (a signal event sent to every waiting process, or an execution triggered) move processes past their tasks and
 * their checks: only the Camunda administrators may send them, through {@code /engine-rest} or the webapps. The engine's
 * own calls (no authenticated user, or a call made inside a running command by a model) are left alone.
 */
@Component
class AdminOnlySignalsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new AdminOnlySignals(configuration.getIdentityService()));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    private static final class AdminOnlySignals extends CommandInterceptor {

        private final IdentityService identity;

        AdminOnlySignals(IdentityService identity) {
            this.identity = identity;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if ((command instanceof SignalEventReceivedCmd || command instanceof SignalCmd) && Context.getCommandContext() == null) {
                Authentication caller = identity.getCurrentAuthentication();
                if (caller != null && (caller.getGroupIds() == null || !caller.getGroupIds().contains(ADMINS))) {
                    throw new AuthorizationException("Seuls les administrateurs peuvent envoyer des signaux aux processus");
                }
            }
            return next.execute(command);
        }
    }
}
