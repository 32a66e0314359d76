package fr.francetravail.aae.platform;

import static fr.francetravail.aae.common.Viewer.ADMINS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Commands that move a process past its tasks and their checks, or write free text beside them, are for the Camunda
 * administrators only, through {@code /engine-rest} or the webapps:
 * <ul>
 * <li>signals (a signal event sent to every waiting process, or an execution triggered);</li>
 * <li>a BPMN error or escalation thrown from a user task: it would end the task with whatever variables it carries,
 * without its completion's checks (declared and protected variables);</li>
 * <li>task and process comments and attachments: free text or files in Camunda's tables, where personal data must not
 * go (the forms hand free text to the domain).</li>
 * </ul>
 * The engine's own calls (no authenticated user, or a call made inside a running command by a model) are left alone.
 */
@Component
class AdminOnlyCommandsPlugin extends AbstractProcessEnginePlugin {

    private static final Set<Class<?>> ADMIN_ONLY = Set.of(SignalEventReceivedCmd.class, SignalCmd.class,
            HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class, AddCommentCmd.class, UpdateCommentCmd.class,
            CreateAttachmentCmd.class, SaveAttachmentCmd.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new AdminOnlyCommands(configuration.getIdentityService()));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    private static final class AdminOnlyCommands extends CommandInterceptor {

        private final IdentityService identity;

        AdminOnlyCommands(IdentityService identity) {
            this.identity = identity;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if (ADMIN_ONLY.contains(command.getClass()) && Context.getCommandContext() == null) {
                Authentication caller = identity.getCurrentAuthentication();
                if (caller != null && (caller.getGroupIds() == null || !caller.getGroupIds().contains(ADMINS))) {
                    throw new AuthorizationException("Action réservée aux administrateurs");
                }
            }
            return next.execute(command);
        }
    }
}
