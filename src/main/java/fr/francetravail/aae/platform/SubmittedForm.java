package fr.francetravail.aae.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * The form a user submits in the current engine command: the first task completed or process started by the user
 * ({@link DeclaredVariablesPlugin} finds it), so that {@link ProcessGlue#onBehalfOfForm} names refused fields with the
 * form's labels, whichever listener refuses them. Kept in the command's session: it ends with the command.
 */
final class SubmittedForm implements Session {

    private boolean known;
    private CamundaForm form;

    /** Registers the command-scoped session with the engine; {@link #current()} is empty on an engine without it. */
    static void register(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomSessionFactories(with(configuration.getCustomSessionFactories(), new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return SubmittedForm.class;
            }

            @Override
            public Session openSession() {
                return new SubmittedForm();
            }
        }));
    }

    private static List<SessionFactory> with(List<SessionFactory> factories, SessionFactory factory) {
        List<SessionFactory> all = factories == null ? new ArrayList<>() : new ArrayList<>(factories);
        all.add(factory);
        return all;
    }

    /** Records the form (null: none) the command's user submits, unless the command already submits another. */
    static void record(CamundaForm form) {
        session().filter(session -> !session.known).ifPresent(session -> {
            session.known = true;
            session.form = form;
        });
    }

    /** The form the current command's user submits, if any. */
    static Optional<CamundaForm> current() {
        return session().map(session -> session.form);
    }

    private static Optional<SubmittedForm> session() {
        CommandContext command = Context.getCommandContext();
        if (command == null || !Context.getProcessEngineConfiguration().getSessionFactories().containsKey(SubmittedForm.class)) {
            return Optional.empty();
        }
        return Optional.of(command.getSession(SubmittedForm.class));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
