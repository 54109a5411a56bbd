package org.recoverytracker.devstack;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {
    @Test
    void busyPortIsReportedWithThePortAndTheVariableThatMovesIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            StackException error = assertThrows(StackException.class,
                    () -> Ports.requireFree(port, "PostgreSQL", "RECOVERY_PG_PORT"));

            assertTrue(error.getMessage().contains(Integer.toString(port)), error.getMessage());
            assertTrue(error.getMessage().contains("RECOVERY_PG_PORT"), error.getMessage());
        }
    }
}
