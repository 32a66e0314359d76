package fr.francetravail.aae.platform;

import fr.francetravail.aae.common.StateConflictException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * The {@code Idempotency-Key}s of the users' creating requests, in the database so that every node of a cluster sees them
 * ({@link IdempotencyFilter}). A key is claimed, in a statement of its own, before its request runs, so that a duplicate
 * sent meanwhile to any node finds it (unique per user and key). Every transaction the request commits marks the key
 * committed, in that transaction (a listener of the transaction manager): so whatever happens next, the database knows
 * whether the request wrote. Its answer is written once the request is over. A key whose request neither wrote nor
 * answered within {@code running-lease} belonged to a request that died with its node: a resend takes it over. Expired
 * keys are deleted by every node on a schedule (a plain delete: any node may do it).
 */
@Component
class IdempotencyKeys implements TransactionExecutionListener {

    /** The key of the request this thread runs, and whether a transaction of it committed. */
    private static final ThreadLocal<Running> RUNNING = new ThreadLocal<>();

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

    private final JdbcTemplate jdbc;
    private final IdempotencySettings settings;
    private final Clock clock;

    IdempotencyKeys(JdbcTemplate jdbc, IdempotencySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** What claiming a key gave: the key is the caller's to run its request under, or another request has it. */
    sealed interface Claim {
    }

    /** The key is new (or had expired): the request runs, then its answer is kept or the key released. */
    record Claimed(long id) implements Claim {
    }

    /**
     * The key was already used: by this request or another ({@code fingerprint}), answered, or not answered though its
     * request wrote ({@code committed}: its answer was lost), or still running.
     */
    record Taken(String fingerprint, Optional<Answer> answer, boolean committed) implements Claim {
    }

    private static final class Running {
        private final long id;
        private boolean committed;

        private Running(long id) {
            this.id = id;
        }
    }

    /** A request's answer as it is replayed: its status, the headers that matter and its body. */
    record Answer(int status, String contentType, String location, byte[] body) {
    }

    /**
     * Claims the user's key for the request of this fingerprint, or says who has it. An expired key is forgotten first, and
     * so is the key of a request that died (neither wrote nor answered within the lease). A key released between the
     * failed insert and the look-up is claimed again, once; after that it is reported as running.
     */
    Claim claim(String user, String key, String fingerprint) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Instant now = clock.instant();
            jdbc.update("""
                    delete from idempotency_key where user_id = ? and idempotency_key = ? and (expires_at <= ?
                    or (committed_at is null and response_status is null and created_at <= ?))""",
                    user, key, Timestamp.from(now), Timestamp.from(now.minus(settings.runningLease())));
            try {
                return new Claimed(insert(user, key, fingerprint, now));
            } catch (DuplicateKeyException taken) {
                Optional<Taken> existing = find(user, key);
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
        }
        return new Taken(fingerprint, Optional.empty(), false);
    }

    private long insert(String user, String key, String fingerprint, Instant now) {
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into idempotency_key (user_id, idempotency_key, request_fingerprint, created_at, expires_at)
                    values (?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setString(1, user);
            insert.setString(2, key);
            insert.setString(3, fingerprint);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setTimestamp(5, Timestamp.from(now.plus(settings.retention())));
            return insert;
        }, id);
        return id.getKeyAs(Long.class);
    }

    private Optional<Taken> find(String user, String key) {
        List<Taken> found = jdbc.query("""
                select request_fingerprint, response_status, response_content_type, response_location, response_body,
                committed_at from idempotency_key where user_id = ? and idempotency_key = ?""", IdempotencyKeys::taken, user, key);
        return found.stream().findFirst();
    }

    private static Taken taken(ResultSet row, int number) throws SQLException {
        int status = row.getInt("response_status");
        Optional<Answer> answer = row.wasNull() ? Optional.empty() : Optional.of(new Answer(status,
                row.getString("response_content_type"), row.getString("response_location"), row.getBytes("response_body")));
        return new Taken(row.getString("request_fingerprint"), answer, row.getTimestamp("committed_at") != null);
    }

    /** The claimed key's request runs in this thread from now on: the transactions it commits mark the key. */
    void startRunning(long id) {
        RUNNING.set(new Running(id));
    }

    /** The claimed key's request is over in this thread; returns whether it committed a transaction. */
    boolean stopRunning() {
        Running running = RUNNING.get();
        RUNNING.remove();
        return running != null && running.committed;
    }

    /**
     * A transaction of a keyed request is about to commit: the mark that it wrote commits with it. Should the key no longer
     * be this request's (a resend took it over after running-lease), the transaction rolls back instead: one of the two
     * writes, never both.
     */
    @Override
    public void beforeCommit(TransactionExecution transaction) {
        Running running = RUNNING.get();
        if (running != null && !running.committed && !transaction.isReadOnly()) {
            int marked = jdbc.update("update idempotency_key set committed_at = ? where id = ? and committed_at is null",
                    Timestamp.from(clock.instant()), running.id);
            if (marked == 0) {
                // a resend took the key over (this request outlived running-lease): it runs in this one's stead
                throw new StateConflictException("Requête annulée : elle a duré plus que le délai de sa clé " + IdempotencyFilter.HEADER
                        + ", et un renvoi de la même requête l'a reprise");
            }
        }
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        Running running = RUNNING.get();
        if (running != null && commitFailure == null && !transaction.isReadOnly()) {
            running.committed = true;
        }
    }

    /** The claimed key's request is over: its answer is kept for the resends. */
    void answer(long id, Answer answer) {
        jdbc.update("""
                update idempotency_key set response_status = ?, response_content_type = ?, response_location = ?, response_body = ?
                where id = ?""", answer.status(), answer.contentType(), answer.location(), answer.body(), id);
    }

    /** The claimed key's request wrote nothing: the key is free again. */
    void release(long id) {
        jdbc.update("delete from idempotency_key where id = ?", id);
    }

    @Scheduled(fixedDelayString = "${aae.idempotency.cleanup-interval}")
    void deleteExpired() {
        int deleted = deleteExpiredAt(clock.instant());
        if (deleted > 0) {
            log.info("{} clé(s) d'idempotence expirée(s) supprimée(s)", deleted);
        }
    }

    /** Deletes the keys expired at {@code now}; returns how many. */
    int deleteExpiredAt(Instant now) {
        return jdbc.update("delete from idempotency_key where expires_at <= ?", Timestamp.from(now));
    }
}
