package fr.francetravail.aae.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface NotificationRepository extends ListCrudRepository<Notification, Long> {

    /**
     * Up to {@code max} messages due at {@code now} that no node holds a live claim on, locked until the transaction
     * ends; rows another transaction is locking are skipped, not waited for.
     */
    @Query("""
            select id from notification
            where status = 'PENDING' and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now)
            order by id limit :max for update skip locked""")
    List<Long> lockClaimable(Instant now, int max);

    /** The version moves with the claim, so that a save of the message as loaded before it fails. */
    @Modifying
    @Query("update notification set claimed_by = :node, claimed_until = :until, version = version + 1 where id in (:ids)")
    void claim(Collection<Long> ids, String node, Instant until);

    @Modifying
    @Query("""
            update notification set claimed_by = null, claimed_until = null, version = version + 1
            where id in (:ids) and claimed_by = :node""")
    void release(Collection<Long> ids, String node);

    List<Notification> findByStatusOrderById(NotificationStatus status);
}
