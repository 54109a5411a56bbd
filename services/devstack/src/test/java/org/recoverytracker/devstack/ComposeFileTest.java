package org.recoverytracker.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml cannot run here (no Docker), so this keeps it in step with the modules by reading it. */
class ComposeFileTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("../..").normalize();
    private static final Set<String> INFRASTRUCTURE = Set.of("kafka", "postgres");

    @Test
    void composeRunsExactlyTheDeployableModules() throws IOException {
        assertEquals(deployableModules(), new TreeSet<>(appServices().keySet()));
    }

    @Test
    void everyServiceIsBuiltFromItsOwnModuleJarWithTheStacksConfiguration() {
        appServices().forEach((name, service) -> {
            Map<String, Object> build = map(service.get("build"));
            assertEquals(name, map(build.get("args")).get("SERVICE"), name + " builds its own module's jar");
            assertTrue(Files.isRegularFile(ROOT.resolve((String) build.get("context")).resolve((String) build.get("dockerfile"))),
                    name + " names a Dockerfile that exists");
            Map<String, Object> environment = map(service.get("environment"));
            for (String variable : Set.of("RECOVERY_DB_URL", "RECOVERY_DB_USER", "RECOVERY_DB_PASSWORD", "RECOVERY_KAFKA_BOOTSTRAP")) {
                assertNotNull(environment.get(variable), name + " sets " + variable);
            }
            String portVariable = "RECOVERY_" + name.replace("-service", "").toUpperCase(Locale.ROOT) + "_PORT";
            assertEquals("8080", environment.get(portVariable), name + " listens where its health check looks");
            assertTrue(applicationYaml(name).contains("${" + portVariable + ":"), name + " reads " + portVariable);
        });
    }

    @Test
    void signingKeysComeOnlyFromTheEnvironmentAndTheDevelopmentKeyIsRefused() {
        appServices().forEach((name, service) -> {
            Map<String, Object> environment = map(service.get("environment"));
            assertEquals("false", environment.get("RECOVERY_SECURITY_ALLOW_DEV_KEY"), name + " refuses the development key");
            assertTrue(String.valueOf(environment.get("RECOVERY_SECURITY_JWT_PUBLIC_KEYS")).startsWith("${RECOVERY_SECURITY_JWT_PUBLIC_KEYS:?"),
                    name + " takes the trusted keys from the environment and will not start without them");
        });
        Map<String, Object> gateway = map(map(appServices().get("gateway")).get("environment"));
        assertTrue(String.valueOf(gateway.get("RECOVERY_SECURITY_JWT_SIGNING_KEY")).startsWith("${RECOVERY_SECURITY_JWT_SIGNING_KEY:?"),
                "the gateway takes its signing key from the environment and will not start without it");
        assertTrue(String.valueOf(gateway.get("RECOVERY_IDENTITY_BOOTSTRAP_ADMIN_PASSWORD")).startsWith("${RECOVERY_ADMIN_PASSWORD:?"),
                "the first admin's password comes from the environment");
    }

    @Test
    void servicesStartOnlyOnceKafkaAndPostgresAreHealthy() {
        Map<String, Object> services = map(compose().get("services"));
        for (String infrastructure : INFRASTRUCTURE) {
            assertNotNull(map(services.get(infrastructure)).get("healthcheck"), infrastructure + " has a health check");
        }
        appServices().forEach((name, service) -> {
            assertNotNull(service.get("healthcheck"), name + " has a health check");
            Map<String, Object> dependsOn = map(service.get("depends_on"));
            for (String infrastructure : INFRASTRUCTURE) {
                assertEquals("service_healthy", map(dependsOn.get(infrastructure)).get("condition"),
                        name + " waits for a healthy " + infrastructure);
            }
        });
    }

    private static Set<String> deployableModules() throws IOException {
        try (Stream<Path> modules = Files.list(ROOT.resolve("services"))) {
            return modules.filter(module -> isDeployable(module.resolve("pom.xml")))
                    .map(module -> module.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** A deployable service inherits service-parent (which is not one itself). */
    private static boolean isDeployable(Path pom) {
        try {
            String text = Files.readString(pom);
            return text.contains("<relativePath>../service-parent/pom.xml</relativePath>");
        } catch (IOException e) {
            return false;
        }
    }

    private static String applicationYaml(String module) {
        try {
            return Files.readString(ROOT.resolve("services").resolve(module).resolve("src/main/resources/application.yml"));
        } catch (IOException e) {
            throw new IllegalStateException("no application.yml in " + module, e);
        }
    }

    private static Map<String, Map<String, Object>> appServices() {
        return map(compose().get("services")).entrySet().stream()
                .filter(entry -> !INFRASTRUCTURE.contains(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> map(entry.getValue())));
    }

    private static Map<String, Object> compose() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            return new Yaml(options).load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read docker-compose.yml", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertTrue(value instanceof Map, "expected a mapping, got " + value);
        return (Map<String, Object>) value;
    }
}
