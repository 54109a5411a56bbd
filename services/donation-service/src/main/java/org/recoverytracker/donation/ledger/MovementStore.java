package org.recoverytracker.donation.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recoverytracker.contracts.aid.AidAllocated;
import org.recoverytracker.contracts.aid.AidDistributed;
import org.recoverytracker.contracts.aid.AidEvent;
import org.recoverytracker.contracts.aid.DonationReceived;
import org.recoverytracker.intake.idempotency.IdempotentIntake;
import org.recoverytracker.intake.problem.ProblemException;

/**
 * Receipts, allocations and distributions, each stored as the event that announced it, with the fingerprint of the
 * request that made it. They are recorded once and never amended.
 */
@Singleton
public class MovementStore {
    private final JdbcOperations jdbc;
    private final JsonColumns json;

    MovementStore(JdbcOperations jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Stored(Movement movement, AidEvent event, String fingerprint) {
    }

    /**
     * The event to answer a retry with: present when {@code id} already holds this very request, empty when the id is
     * new; a conflict when the id holds something else (other content, or another kind of movement).
     */
    public <E extends AidEvent> Optional<E> replayOf(Movement movement, UUID id, String fingerprint, Class<E> type) {
        String what = movement.name().toLowerCase() + " " + id;
        Optional<Stored> stored = find(id, false);
        if (stored.isPresent() && stored.get().movement() != movement) {
            throw ProblemException.conflict(what + ": the id is already used by a " + stored.get().movement().name().toLowerCase()
                    + " movement");
        }
        return IdempotentIntake.decideOnce(what, stored.map(Stored::fingerprint), fingerprint) instanceof IdempotentIntake.Replay
                ? stored.map(s -> type.cast(s.event()))
                : Optional.empty();
    }

    /** An allocation, locked until the transaction ends so distributions drawing on it queue one behind the other. */
    public Optional<AidAllocated> lockAllocation(UUID allocationId) {
        return find(allocationId, true).filter(s -> s.movement() == Movement.ALLOCATED).map(s -> (AidAllocated) s.event());
    }

    public <E extends AidEvent> Optional<E> get(Movement movement, UUID id, Class<E> type) {
        return find(id, false).filter(s -> s.movement() == movement).map(s -> type.cast(s.event()));
    }

    /** A donation's movements of one kind, oldest first. */
    public <E extends AidEvent> List<E> ofDonation(UUID donationId, Movement movement, Class<E> type) {
        return jdbc.prepareStatement("SELECT event::text FROM aid_movement WHERE donation_id = ? AND movement = ?"
                + " ORDER BY recorded_at, movement_id", statement -> {
            statement.setObject(1, donationId);
            statement.setString(2, movement.name());
            List<E> events = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    events.add(json.read(result.getString(1), type));
                }
            }
            return events;
        });
    }

    public void insert(Movement movement, UUID id, @Nullable UUID donationId, @Nullable UUID allocationId, AidEvent event,
                       String fingerprint, Instant recordedAt) {
        jdbc.prepareStatement("""
                INSERT INTO aid_movement (movement_id, movement, donation_id, allocation_id, event, fingerprint, recorded_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)""", statement -> {
            statement.setObject(1, id);
            statement.setString(2, movement.name());
            statement.setObject(3, donationId);
            statement.setObject(4, allocationId);
            statement.setString(5, json.write(event));
            statement.setString(6, fingerprint);
            statement.setTimestamp(7, Timestamp.from(recordedAt));
            return statement.executeUpdate();
        });
    }

    private Optional<Stored> find(UUID id, boolean lock) {
        return jdbc.prepareStatement("SELECT movement, event::text, fingerprint FROM aid_movement WHERE movement_id = ?"
                + (lock ? " FOR UPDATE" : ""), statement -> {
            statement.setObject(1, id);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                Movement movement = Movement.valueOf(result.getString(1));
                return Optional.of(new Stored(movement, json.read(result.getString(2), eventType(movement)), result.getString(3)));
            }
        });
    }

    private static Class<? extends AidEvent> eventType(Movement movement) {
        return switch (movement) {
            case RECEIVED -> DonationReceived.class;
            case ALLOCATED -> AidAllocated.class;
            case DISTRIBUTED -> AidDistributed.class;
            case PLEDGED -> throw new IllegalStateException("pledges are donations, not movements");
        };
    }
}
