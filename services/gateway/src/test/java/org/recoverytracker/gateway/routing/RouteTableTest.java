package org.recoverytracker.gateway.routing;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteTableTest {

    private static final URI DAMAGE = URI.create("http://127.0.0.1:8081");
    private static final URI AGGREGATION = URI.create("http://127.0.0.1:8084");

    private final RouteTable table = new RouteTable(List.of(
            new ServiceRoute("damage-service", DAMAGE, List.of("/api/v1/damage-reports/**", "/api/v1/disasters/**")),
            new ServiceRoute("aggregation-service", AGGREGATION, List.of("/api/v1/totals/**", "/api/v1/stream"))),
            List.of("/api/v1/auth/**"));

    @Test
    void subtreePatternOwnsItsRootAndEverythingBelow() {
        assertEquals(new Destination.Downstream("damage-service", DAMAGE), table.resolve("/api/v1/damage-reports"));
        assertEquals(new Destination.Downstream("damage-service", DAMAGE), table.resolve("/api/v1/damage-reports/7f0c/versions"));
        assertEquals(new Destination.Downstream("aggregation-service", AGGREGATION), table.resolve("/api/v1/totals/damage/history"));
    }

    @Test
    void aPrefixOfASegmentIsNotAMatch() {
        assertInstanceOf(Destination.Unknown.class, table.resolve("/api/v1/damage-reports-archive"));
        assertInstanceOf(Destination.Unknown.class, table.resolve("/api/v1/streams"));
    }

    @Test
    void exactPatternOwnsOnlyThatPath() {
        assertEquals(new Destination.Downstream("aggregation-service", AGGREGATION), table.resolve("/api/v1/stream"));
        assertInstanceOf(Destination.Unknown.class, table.resolve("/api/v1/stream/other"));
    }

    @Test
    void unclaimedPathIsUnknown() {
        assertInstanceOf(Destination.Unknown.class, table.resolve("/api/v1/nothing-here"));
        assertInstanceOf(Destination.Unknown.class, table.resolve("/api"));
    }

    @Test
    void gatewaysOwnPathsAreNeverProxiedEvenWhenARouteClaimsThem() {
        RouteTable hijacked = new RouteTable(List.of(
                new ServiceRoute("damage-service", DAMAGE, List.of("/api/**"))), List.of("/api/v1/auth/**"));
        assertInstanceOf(Destination.Local.class, hijacked.resolve("/api/v1/auth/login"));
        assertEquals(new Destination.Downstream("damage-service", DAMAGE), hijacked.resolve("/api/v1/anything"));
    }

    @Test
    void mostSpecificRouteWins() {
        RouteTable nested = new RouteTable(List.of(
                new ServiceRoute("aggregation-service", AGGREGATION, List.of("/api/v1/**")),
                new ServiceRoute("damage-service", DAMAGE, List.of("/api/v1/damage-reports/**"))), List.of());
        assertEquals("damage-service", ((Destination.Downstream) nested.resolve("/api/v1/damage-reports/1")).service());
        assertEquals("aggregation-service", ((Destination.Downstream) nested.resolve("/api/v1/totals")).service());
    }

    @Test
    void twoServicesClaimingOnePatternIsRefusedAtStartUp() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> new RouteTable(List.of(
                new ServiceRoute("damage-service", DAMAGE, List.of("/api/v1/totals/**")),
                new ServiceRoute("aggregation-service", AGGREGATION, List.of("/api/v1/totals/**"))), List.of()));
        assertTrue(error.getMessage().contains("damage-service") && error.getMessage().contains("aggregation-service"));
    }

    @Test
    void malformedPatternsAndUrlsAreRefusedAtStartUp() {
        assertThrows(IllegalArgumentException.class, () -> PathPattern.parse("api/v1/x/**"));
        assertThrows(IllegalArgumentException.class, () -> PathPattern.parse("/api/*/x"));
        assertThrows(IllegalArgumentException.class, () -> PathPattern.parse("/api/v1/x/"));
        assertThrows(IllegalStateException.class, () -> new RouteTable(List.of(
                new ServiceRoute("damage-service", URI.create("damage-service:8081"), List.of("/api/v1/x/**"))), List.of()));
    }

    @Test
    void listsEachServiceOnceInConfigurationOrder() {
        assertEquals(List.of("damage-service", "aggregation-service"),
                table.services().stream().map(Destination.Downstream::service).toList());
    }
}
