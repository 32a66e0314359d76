package fr.francetravail.aae.platform;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A Camunda user as Spring Security holds them: their groups as authorities, and the tenants they are a member of
 * (directly or through a group), the regions whose process instances the engine shows them ({@link RegionTenants}).
 */
final class EngineUser extends UsernamePasswordAuthenticationToken {

    private final List<String> tenantIds;

    EngineUser(String userId, List<String> groupIds, List<String> tenantIds) {
        super(userId, null, groupIds.stream().map(SimpleGrantedAuthority::new).toList());
        this.tenantIds = List.copyOf(tenantIds);
    }

    List<String> groupIds() {
        return getAuthorities().stream().map(authority -> authority.getAuthority()).toList();
    }

    List<String> tenantIds() {
        return tenantIds;
    }
}
