package fr.francetravail.aae.demo;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Demo users of the {@code dev} profile: the password is the user name. */
final class DemoUsers {

    private DemoUsers() {
    }

    static void create(IdentityService identity, String id, String firstName, String lastName, List<String> groups) {
        User user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setPassword(id);
        user.setEmail(id + "@aae.example");
        identity.saveUser(user);
        groups.forEach(group -> identity.createMembership(id, group));
    }
}
