package fr.francetravail.aae.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * The engine logs every exception that ends a command at ERROR with its stack trace (ENGINE-16004), except the few it
 * knows to be the caller's (a bad request, a missing authorization: DEBUG). A user's refusal thrown by our listeners
 * ({@link EngineRefusals}) joins those; real failures keep their ERROR and stack trace. The REST APIs log the refusal on
 * one line ({@link EngineRefusalMapper}).
 */
@Component
class RefusalLoggingPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandContextFactory factory = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new CommandContext(getProcessEngineConfiguration()) {
                    @Override
                    protected boolean shouldLogFine(Throwable exception) {
                        return super.shouldLogFine(exception) || EngineRefusals.isRefusal(exception);
                    }
                };
            }
        };
        factory.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(factory);
    }
}
