package fr.francetravail.aae.identity;

import fr.francetravail.aae.platform.EngineSystem;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Idempotent writes to Camunda's identity and authorization tables, done as the system whoever triggers them. */
@Component
class EngineIdentity {

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final EngineSystem system;

    EngineIdentity(IdentityService identity, AuthorizationService authorizations, EngineSystem system) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.system = system;
    }

    void ensureGroup(String groupId, String name) {
        asSystem(() -> {
            if (identity.createGroupQuery().groupId(groupId).count() == 0) {
                Group group = identity.newGroup(groupId);
                group.setName(name);
                group.setType("WORKFLOW");
                identity.saveGroup(group);
            }
            return null;
        });
    }

    void ensureTenant(String tenantId, String name) {
        asSystem(() -> {
            if (identity.createTenantQuery().tenantId(tenantId).count() == 0) {
                Tenant tenant = identity.newTenant(tenantId);
                tenant.setName(name);
                identity.saveTenant(tenant);
            }
            return null;
        });
    }

    /** Makes the group's members members of the tenant, adding to the tenants it has. */
    void ensureTenantMembership(String tenantId, String groupId) {
        asSystem(() -> {
            if (identity.createTenantQuery().tenantId(tenantId).groupMember(groupId).count() == 0) {
                identity.createTenantGroupMembership(tenantId, groupId);
            }
            return null;
        });
    }

    /** Of the group's members, those of the tenant, directly or through one of their groups. */
    List<String> emailsOf(String groupId, String tenantId) {
        return asSystem(() -> identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
                .filter(user -> identity.createTenantQuery().tenantId(tenantId).userMember(user.getId()).includingGroupsOfUser(true).count() > 0)
                .map(User::getEmail).filter(email -> email != null && !email.isBlank()).toList());
    }

    /** Grants the permissions to the group on the resource, adding to what it already has. */
    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        asSystem(() -> {
            Authorization authorization = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .groupIdIn(groupId)
                    .resourceType(resource).resourceId(resourceId).list().stream().findFirst()
                    .orElseGet(() -> newGrant(groupId, resource, resourceId));
            Arrays.stream(permissions).forEach(authorization::addPermission);
            authorizations.saveAuthorization(authorization);
            return null;
        });
    }

    /** Grants every user the permissions on the resource (shared Tasklist filters). */
    void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
        asSystem(() -> {
            if (authorizations.createAuthorizationQuery().userIdIn(Authorization.ANY).resourceType(resource)
                    .resourceId(resourceId).count() == 0) {
                Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
                authorization.setUserId(Authorization.ANY);
                authorization.setResource(resource);
                authorization.setResourceId(resourceId);
                Arrays.stream(permissions).forEach(authorization::addPermission);
                authorizations.saveAuthorization(authorization);
            }
            return null;
        });
    }

    private Authorization newGrant(String groupId, Resource resource, String resourceId) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        return authorization;
    }

    <T> T asSystem(Supplier<T> work) {
        return system.call(work);
    }
}
