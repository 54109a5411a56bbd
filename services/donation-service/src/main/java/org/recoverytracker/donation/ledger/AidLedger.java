package org.recoverytracker.donation.ledger;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.recoverytracker.donation.ledger.Holdings.CashTotal;
import org.recoverytracker.donation.ledger.Holdings.GoodsTotal;

/**
 * Every line of aid in every state, one table: what is still available in a state is what came in minus what went on
 * (received − allocated, allocated − distributed...), summed per {@link Asset} within a donation, fund or allocation.
 */
@Singleton
public class AidLedger {
    private final JdbcOperations jdbc;

    AidLedger(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Which lines a balance counts; the column names are fixed here, never taken from a request. */
    public enum Scope {
        DONATION("donation_id"), FUND("fund"), ALLOCATION("allocation_id");

        private final String column;

        Scope(String column) {
            this.column = column;
        }
    }

    /** Where lines belong: the fund (a disaster id, or "" for the general fund), and the donation and allocation. */
    public record Owner(String fund, @Nullable UUID donationId, @Nullable UUID allocationId) {
    }

    /** The fund a disaster's aid is pooled in; aid for no particular disaster goes to the general fund. */
    public static String fundOf(@Nullable String disasterId) {
        return disasterId == null ? "" : disasterId;
    }

    /**
     * Holds the fund until the transaction ends, so two allocations cannot both spend what only one of them may:
     * every allocation from the fund, pooled or from one donation, takes this lock before it reads a balance.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lockFund(String fund) {
        jdbc.prepareStatement("INSERT INTO fund (fund) VALUES (?) ON CONFLICT DO NOTHING", statement -> {
            statement.setString(1, fund);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("SELECT fund FROM fund WHERE fund = ? FOR UPDATE", statement -> {
            statement.setString(1, fund);
            return statement.executeQuery().next();
        });
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(Movement movement, UUID movementId, Owner owner, Lines lines) {
        List<Lines.Line> rows = lines.lines();
        for (int i = 0; i < rows.size(); i++) {
            Lines.Line line = rows.get(i);
            int number = i;
            jdbc.prepareStatement("""
                    INSERT INTO aid_line (movement, movement_id, line, fund, donation_id, allocation_id, kind, name, unit,
                                          quantity, value_vnd)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statement -> {
                statement.setString(1, movement.name());
                statement.setObject(2, movementId);
                statement.setInt(3, number);
                statement.setString(4, owner.fund());
                statement.setObject(5, owner.donationId());
                statement.setObject(6, owner.allocationId());
                statement.setString(7, line.asset().kind().name());
                statement.setString(8, line.asset().name());
                statement.setString(9, line.asset().unit());
                statement.setBigDecimal(10, line.quantity());
                statement.setLong(11, line.valueVnd());
                return statement.executeUpdate();
            });
        }
    }

    /** Drops a movement's lines, so an amended pledge can be recorded in their place. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void forget(Movement movement, UUID movementId) {
        jdbc.prepareStatement("DELETE FROM aid_line WHERE movement = ? AND movement_id = ?", statement -> {
            statement.setString(1, movement.name());
            statement.setObject(2, movementId);
            return statement.executeUpdate();
        });
    }

    /** What of state {@code from} has not yet gone on to state {@code to}, per asset, within one scope. */
    public Map<Asset, BigDecimal> available(Movement from, Movement to, Scope scope, Object key) {
        return jdbc.prepareStatement("SELECT kind, name, unit, sum(CASE WHEN movement = ? THEN quantity ELSE -quantity END)"
                + " FROM aid_line WHERE movement IN (?, ?) AND " + scope.column + " = ? GROUP BY kind, name, unit", statement -> {
            statement.setString(1, from.name());
            statement.setString(2, from.name());
            statement.setString(3, to.name());
            statement.setObject(4, key);
            Map<Asset, BigDecimal> available = new LinkedHashMap<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    available.put(asset(result), result.getBigDecimal(4));
                }
            }
            return available;
        });
    }

    /** What one state holds within one scope, per asset: quantity and VND value. */
    public record Sum(BigDecimal quantity, long valueVnd) {
    }

    public Map<Asset, Sum> sums(Movement movement, Scope scope, Object key) {
        return jdbc.prepareStatement("SELECT kind, name, unit, sum(quantity), sum(value_vnd) FROM aid_line"
                + " WHERE movement = ? AND " + scope.column + " = ? GROUP BY kind, name, unit ORDER BY kind, name, unit",
                statement -> {
                    statement.setString(1, movement.name());
                    statement.setObject(2, key);
                    Map<Asset, Sum> sums = new LinkedHashMap<>();
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            sums.put(asset(result), new Sum(result.getBigDecimal(4), result.getLong(5)));
                        }
                    }
                    return sums;
                });
    }

    /** How much one state holds within one scope, per asset. */
    public Map<Asset, BigDecimal> quantities(Movement movement, Scope scope, Object key) {
        Map<Asset, BigDecimal> quantities = new LinkedHashMap<>();
        sums(movement, scope, key).forEach((asset, sum) -> quantities.put(asset, sum.quantity()));
        return quantities;
    }

    /** The sums of one state within one scope, as the views show them. */
    public Holdings totals(Movement movement, Scope scope, Object key) {
        List<CashTotal> cash = new ArrayList<>();
        List<GoodsTotal> goods = new ArrayList<>();
        long value = 0;
        for (Map.Entry<Asset, Sum> entry : sums(movement, scope, key).entrySet()) {
            Asset asset = entry.getKey();
            Sum sum = entry.getValue();
            value += sum.valueVnd();
            if (asset.kind() == Asset.Kind.CASH) {
                cash.add(new CashTotal(asset.name(), sum.quantity().longValueExact(), sum.valueVnd()));
            } else {
                goods.add(new GoodsTotal(asset.name(), sum.quantity(), asset.unit(), sum.valueVnd()));
            }
        }
        return new Holdings(cash, goods, value);
    }

    private static Asset asset(ResultSet result) throws SQLException {
        return new Asset(Asset.Kind.valueOf(result.getString(1)), result.getString(2), result.getString(3));
    }
}
