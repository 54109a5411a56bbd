package org.recoverytracker.intake.idempotency;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of a request's content that ignores what does not change its meaning: key order and the
 * spelling of numbers ({@code 34} and {@code 34.0} are the same figure). Retries of one submission give
 * the same fingerprint; any real difference gives another.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(ObjectMapper json, Object request) {
        try {
            StringBuilder canonical = new StringBuilder();
            write(json.writeValueToTree(request), canonical);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.entries().forEach(e -> {
                if (!e.getValue().isNull()) {
                    sorted.put(e.getKey(), e.getValue());
                }
            });
            out.append('{');
            sorted.forEach((key, value) -> {
                out.append('"').append(key).append("\":");
                write(value, out);
                out.append(',');
            });
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            node.values().forEach(value -> {
                write(value, out);
                out.append(',');
            });
            out.append(']');
        } else if (node.isNumber()) {
            out.append(new BigDecimal(node.getNumberValue().toString()).stripTrailingZeros().toPlainString());
        } else if (node.isString()) {
            out.append('"').append(node.getStringValue().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else {
            out.append(node);
        }
    }
}
