package org.recoverytracker.aggregation.aid;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.recoverytracker.contracts.aid.Cash;
import org.recoverytracker.contracts.aid.InKindItem;
import org.recoverytracker.contracts.aid.Pledge;

/** The aid read model: donations, and every movement of aid with its lines of money and goods. */
@Singleton
final class AidMovements {
    private final JdbcOperations jdbc;

    AidMovements(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A donation as held: {@code version} of the latest event taken in (pledge, amendment or receipt: they share one
     * sequence), {@code pledgeVersion} of the pledge shown, and where its pledge and receipts count.
     */
    record HeldDonation(int version, int pledgeVersion, @Nullable String disasterId, @Nullable String targetAreaCode,
                        @Nullable LocalDate boundaryVersion) {
    }

    /** Where and when a movement counts; {@code movementId} is the donation id for a pledge. */
    record Movement(UUID movementId, AidState state, @Nullable UUID donationId, @Nullable UUID allocationId,
                    @Nullable String disasterId, @Nullable String areaCode, @Nullable LocalDate boundaryVersion,
                    @Nullable String sector, @Nullable Integer households, Instant occurredAt) {
    }

    /** The donation, locked until the batch commits. */
    Optional<HeldDonation> donation(UUID donationId) {
        return jdbc.prepareStatement("SELECT version, pledge_version, disaster_id, target_area_code, boundary_version FROM aid_donation"
                + " WHERE donation_id = ? FOR UPDATE", statement -> {
            statement.setObject(1, donationId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next()
                        ? Optional.of(new HeldDonation(rows.getInt(1), rows.getInt(2), rows.getString(3), rows.getString(4),
                                date(rows, 5)))
                        : Optional.empty();
            }
        });
    }

    /**
     * Makes {@code pledge} the donation's pledge at {@code version}; the donation's version stays that of a later
     * receipt already taken in (it reached the topic first).
     */
    void storeDonation(UUID donationId, int version, Pledge pledge, @Nullable LocalDate boundaryVersion) {
        jdbc.prepareStatement("""
                INSERT INTO aid_donation (donation_id, version, pledge_version, disaster_id, donor_name, donor_type, anonymous,
                                          target_area_code, boundary_version, pledged_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (donation_id) DO UPDATE SET
                    version = GREATEST(aid_donation.version, EXCLUDED.version), pledge_version = EXCLUDED.pledge_version,
                    disaster_id = EXCLUDED.disaster_id, donor_name = EXCLUDED.donor_name,
                    donor_type = EXCLUDED.donor_type, anonymous = EXCLUDED.anonymous,
                    target_area_code = EXCLUDED.target_area_code, boundary_version = EXCLUDED.boundary_version,
                    pledged_at = EXCLUDED.pledged_at""", statement -> {
            statement.setObject(1, donationId);
            statement.setInt(2, version);
            statement.setInt(3, version);
            statement.setString(4, pledge.disasterId());
            statement.setString(5, pledge.donor().name());
            statement.setString(6, pledge.donor().type().name());
            statement.setBoolean(7, pledge.donor().anonymous());
            statement.setString(8, pledge.targetAreaCode());
            statement.setDate(9, boundaryVersion == null ? null : Date.valueOf(boundaryVersion));
            statement.setTimestamp(10, Timestamp.from(pledge.pledgedAt()));
            return statement.executeUpdate();
        });
    }

    /** A receipt moves the donation's version on (its events share one sequence), never its pledge's. */
    void raiseVersion(UUID donationId, int version) {
        jdbc.prepareStatement("UPDATE aid_donation SET version = greatest(version, ?) WHERE donation_id = ?", statement -> {
            statement.setInt(1, version);
            statement.setObject(2, donationId);
            return statement.executeUpdate();
        });
    }

    /** A donation's pledge and receipts count where the donation now says. */
    void retarget(UUID donationId, @Nullable String disasterId, @Nullable String areaCode, @Nullable LocalDate boundaryVersion) {
        jdbc.prepareStatement("UPDATE aid_movement SET disaster_id = ?, area_code = ?, boundary_version = ?"
                + " WHERE donation_id = ? AND state IN ('PLEDGED', 'RECEIVED')", statement -> {
            statement.setString(1, disasterId);
            statement.setString(2, areaCode);
            statement.setDate(3, boundaryVersion == null ? null : Date.valueOf(boundaryVersion));
            statement.setObject(4, donationId);
            return statement.executeUpdate();
        });
    }

    void forget(UUID movementId) {
        jdbc.prepareStatement("DELETE FROM aid_movement WHERE movement_id = ?", statement -> {
            statement.setObject(1, movementId);
            return statement.executeUpdate();
        });
    }

    /** Stores the movement and its lines; false, storing nothing, when the movement is held already. */
    boolean insert(Movement m, List<Cash> cash, List<InKindItem> inKind) {
        boolean inserted = jdbc.prepareStatement("""
                INSERT INTO aid_movement (movement_id, state, donation_id, allocation_id, disaster_id, area_code,
                                          boundary_version, sector, households, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (movement_id) DO NOTHING""", statement -> {
            statement.setObject(1, m.movementId());
            statement.setString(2, m.state().name());
            statement.setObject(3, m.donationId());
            statement.setObject(4, m.allocationId());
            statement.setString(5, m.disasterId());
            statement.setString(6, m.areaCode());
            statement.setDate(7, m.boundaryVersion() == null ? null : Date.valueOf(m.boundaryVersion()));
            statement.setString(8, m.sector());
            statement.setObject(9, m.households());
            statement.setTimestamp(10, Timestamp.from(m.occurredAt()));
            return statement.executeUpdate() == 1;
        });
        if (inserted) {
            jdbc.prepareStatement("""
                    INSERT INTO aid_line (movement_id, line, kind, currency, item, unit, quantity, value_vnd)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", statement -> insertLines(statement, m.movementId(), cash, inKind));
        }
        return inserted;
    }

    private static int insertLines(PreparedStatement statement, UUID movementId, List<Cash> cash, List<InKindItem> inKind)
            throws SQLException {
        int line = 0;
        for (Cash c : cash) {
            bindLine(statement, movementId, line++, "CASH", c.currency(), null, null, BigDecimal.valueOf(c.amount()),
                    c.vndEquivalent());
        }
        for (InKindItem g : inKind) {
            bindLine(statement, movementId, line++, "GOODS", null, g.item(), g.unit(), g.quantity(), g.estimatedValueVnd());
        }
        statement.executeBatch();
        return line;
    }

    private static void bindLine(PreparedStatement statement, UUID movementId, int line, String kind, @Nullable String currency,
                                 @Nullable String item, @Nullable String unit, BigDecimal quantity, long valueVnd)
            throws SQLException {
        statement.setObject(1, movementId);
        statement.setInt(2, line);
        statement.setString(3, kind);
        statement.setString(4, currency);
        statement.setString(5, item);
        statement.setString(6, unit);
        statement.setBigDecimal(7, quantity);
        statement.setLong(8, valueVnd);
        statement.addBatch();
    }

    /** Whether any aid names the disaster. */
    boolean knows(String disasterId) {
        return jdbc.prepareStatement("SELECT EXISTS (SELECT 1 FROM aid_movement WHERE disaster_id = ?)", statement -> {
            statement.setString(1, disasterId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        });
    }

    /** Every line of the given states, of one disaster ({@code null}: all aid), newest movement first. */
    List<AidLine> lines(@Nullable String disasterId, Set<AidState> states) {
        String[] names = (states.isEmpty() ? EnumSet.allOf(AidState.class) : states).stream().map(Enum::name).toArray(String[]::new);
        return jdbc.prepareStatement("""
                SELECT m.movement_id, m.state, m.disaster_id, m.area_code, m.boundary_version, m.sector, m.households,
                       m.occurred_at, m.donation_id, d.donor_name, d.donor_type, coalesce(d.anonymous, false),
                       l.currency, l.item, l.unit, l.quantity, l.value_vnd
                FROM aid_movement m JOIN aid_line l ON l.movement_id = m.movement_id
                LEFT JOIN aid_donation d ON d.donation_id = m.donation_id
                WHERE (?::text IS NULL OR m.disaster_id = ?) AND m.state = ANY (?)
                ORDER BY m.occurred_at DESC, m.movement_id, l.line""", statement -> {
            statement.setString(1, disasterId);
            statement.setString(2, disasterId);
            statement.setArray(3, statement.getConnection().createArrayOf("text", names));
            List<AidLine> lines = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(new AidLine(rows.getObject(1, UUID.class), AidState.valueOf(rows.getString(2)), rows.getString(3),
                            rows.getString(4), date(rows, 5), rows.getString(6), (Integer) rows.getObject(7),
                            rows.getTimestamp(8).toInstant(), rows.getObject(9, UUID.class), rows.getString(10),
                            rows.getString(11), rows.getBoolean(12), rows.getString(13), rows.getString(14),
                            rows.getString(15), rows.getBigDecimal(16), rows.getLong(17)));
                }
            }
            return lines;
        });
    }

    @Nullable
    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        Date date = rows.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
