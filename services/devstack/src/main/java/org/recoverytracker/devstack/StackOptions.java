package org.recoverytracker.devstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * How a devstack runs: {@code up} mode keeps data durably across restarts; {@code --test} mode trades durability for
 * speed, starts empty every time and uses ports of its own so it can run beside an {@code up} stack.
 */
record StackOptions(boolean test, boolean fresh, Path dir, int postgresPort, int kafkaPort) {
    static final int UP_POSTGRES_PORT = 15432;
    static final int UP_KAFKA_PORT = 19092;
    static final int TEST_POSTGRES_PORT = 25432;
    static final int TEST_KAFKA_PORT = 29192;
    static final String POSTGRES_PORT_VARIABLE = "RECOVERY_PG_PORT";
    static final String KAFKA_PORT_VARIABLE = "RECOVERY_KAFKA_PORT";

    static final String USAGE = """
            usage: DevStack [--test] [--fresh] [--dir <stack dir>] [--pg-port <port>] [--kafka-port <port>]
              --test        fast, non-durable settings; always starts empty; default dir .stack/test, ports 25432/29192
              --fresh       wipe the broker's and the database's data first
              default       dir .stack/up, PostgreSQL 15432, Kafka 19092 (controller on the Kafka port + 1)
              environment   RECOVERY_PG_PORT, RECOVERY_KAFKA_PORT override the default ports""";

    static StackOptions parse(String[] args, Map<String, String> environment) {
        boolean test = false;
        boolean fresh = false;
        String dir = null;
        String postgresPort = environment.get(POSTGRES_PORT_VARIABLE);
        String kafkaPort = environment.get(KAFKA_PORT_VARIABLE);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--test" -> test = true;
                case "--fresh" -> fresh = true;
                case "--dir" -> dir = value(args, ++i);
                case "--pg-port" -> postgresPort = value(args, ++i);
                case "--kafka-port" -> kafkaPort = value(args, ++i);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "\n" + USAGE);
            }
        }
        Path stackDir = Path.of(dir != null ? dir : test ? ".stack/test" : ".stack/up").toAbsolutePath().normalize();
        return new StackOptions(test, fresh || test, stackDir,
                port(postgresPort, test ? TEST_POSTGRES_PORT : UP_POSTGRES_PORT, POSTGRES_PORT_VARIABLE),
                port(kafkaPort, test ? TEST_KAFKA_PORT : UP_KAFKA_PORT, KAFKA_PORT_VARIABLE));
    }

    int controllerPort() {
        return kafkaPort + 1;
    }

    String mode() {
        return test ? "test" : "up";
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value\n" + USAGE);
        }
        return args[index];
    }

    private static int port(String configured, int fallback, String variable) {
        if (configured == null || configured.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(configured.trim());
            if (port < 1024 || port > 65534) {
                throw new IllegalArgumentException(variable + " must be between 1024 and 65534, not " + port);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " is not a port number: " + configured, e);
        }
    }
}
