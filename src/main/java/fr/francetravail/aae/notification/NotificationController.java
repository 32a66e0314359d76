package fr.francetravail.aae.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "Messages envoyés par e-mail (boîte d'envoi)")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "Les messages dans un état donné (managers), par exemple FAILED")
    List<Notification> list(@RequestParam NotificationStatus status) {
        return notifications.inStatus(status);
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Renvoyer un message en échec (managers)")
    Notification retry(@PathVariable long id) {
        return notifications.retry(id);
    }
}
