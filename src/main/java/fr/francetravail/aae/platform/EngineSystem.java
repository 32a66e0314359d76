package fr.francetravail.aae.platform;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Engine calls made by the service itself, not with the caller's Camunda rights: the service has already decided
 * the caller may trigger them (identity housekeeping, reading a deployed decision table).
 */
@Component
public class EngineSystem {

    private final IdentityService identity;

    EngineSystem(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T call(Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
