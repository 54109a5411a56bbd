package org.recoverytracker.system.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Ways to spoil a valid request body so that no service may accept it: what a buggy app, a hand-made request or an
 * attacker sends. Each keeps a description, which jqwik shows for a failing case.
 */
record Malformed(String description, byte[] body) {
    static final List<String> INJECTIONS = List.of("'; DROP TABLE damage_report; --", "\" OR \"1\"=\"1",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "../../../../etc/passwd", "%00", "\u0000",
            "{{7*7}}", "$(reboot)", "\u202e\u0645\u0631\u062d\u0628\u0627", "𝕏".repeat(20), "null");

    @Override
    public String toString() {
        String text = new String(body, StandardCharsets.UTF_8);
        return description + ": " + (text.length() > 200 ? text.substring(0, 200) + "… (" + body.length + " bytes)" : text);
    }

    static Malformed json(String description, Object body) {
        return new Malformed(description, Wire.bytes(body));
    }

    /** A required field left out. */
    static Arbitrary<Malformed> missing(Map<String, Object> valid, List<String> required) {
        return Arbitraries.of(required).map(field -> {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.remove(field);
            return json("without " + field, body);
        });
    }

    /**
     * A field of the wrong JSON type: an array of several or an object where one value belongs. Not here, because the
     * JSON reader (Micronaut Serde 2) coerces them (see docs/reliability): booleans ({@code true} read as "true" or 1),
     * numbers where text belongs, and one-element arrays ({@code [1]} read as 1).
     */
    static Arbitrary<Malformed> wrongType(Map<String, Object> valid, List<String> fields) {
        Arbitrary<Object> wrong = Arbitraries.oneOf(Arbitraries.just(List.of(1, 2)),
                Arbitraries.just(Map.of("nested", "object")), Arbitraries.just(List.of("a", "b")),
                Arbitraries.just(Map.of()));
        return Combinators.combine(Arbitraries.of(fields), wrong).as((field, value) -> {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.put(field, value);
            return json(field + " as " + value.getClass().getSimpleName(), body);
        });
    }

    /** A field set to a text that means nothing there: injection attempts, garbage, empty. */
    static Arbitrary<Malformed> junkText(Map<String, Object> valid, List<String> fields) {
        Arbitrary<String> junk = Arbitraries.oneOf(Arbitraries.of(INJECTIONS), Arbitraries.strings().ofMaxLength(30),
                Arbitraries.just(""), Arbitraries.just("   "));
        return Combinators.combine(Arbitraries.of(fields), junk).as((field, value) -> {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.put(field, value);
            return json(field + " = junk", body);
        });
    }

    /** A field the API does not have (refused, so that a misspelt field never drops data silently). */
    static Arbitrary<Malformed> unknownField(Map<String, Object> valid) {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).filter(name -> !valid.containsKey(name)).map(name -> {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.put(name, 1);
            return json("unknown field " + name, body);
        });
    }

    /** Arrays nested hundreds to tens of thousands deep, where one value belongs. */
    static Arbitrary<Malformed> deepNesting(Map<String, Object> valid, String field) {
        return Arbitraries.integers().between(200, 20_000).map(depth -> {
            String json = new String(Wire.bytes(valid), StandardCharsets.UTF_8);
            String nested = "[".repeat(depth) + "]".repeat(depth);
            return new Malformed(field + " nested " + depth + " deep",
                    json.replaceFirst("\\{", "{\"" + field + "\":" + nested + ",").getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Bodies over the size limit: a long text field, or a megabyte and more. */
    static Arbitrary<Malformed> oversized(Map<String, Object> valid, String textField, int maxLength) {
        return Arbitraries.oneOf(Arbitraries.integers().between(maxLength + 1, maxLength * 3),
                Arbitraries.integers().between(1_100_000, 1_500_000)).map(length -> {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.put(textField, "ạ".repeat(length));
            return json(textField + " of " + length + " characters", body);
        });
    }

    /** Bytes that are not UTF-8 inside a string value. */
    static Arbitrary<Malformed> invalidUtf8(Map<String, Object> valid, String textField) {
        // not here: the overlong 0xC0 0xAF, which the JSON parser reads as "/" instead of refusing (reported in issue 9)
        List<byte[]> bad = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE2, (byte) 0x82},
                new byte[] {(byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0xBC}, new byte[] {(byte) 0x80});
        return Arbitraries.of(bad).map(bytes -> {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.put(textField, "MARK");
            byte[] json = Wire.bytes(body);
            int at = new String(json, StandardCharsets.ISO_8859_1).indexOf("MARK");
            byte[] spoiled = new byte[json.length - 4 + bytes.length];
            System.arraycopy(json, 0, spoiled, 0, at);
            System.arraycopy(bytes, 0, spoiled, at, bytes.length);
            System.arraycopy(json, at + 4, spoiled, at + bytes.length, json.length - at - 4);
            return new Malformed("invalid UTF-8 in " + textField, spoiled);
        });
    }

    /** Not a JSON object at all: random text, truncated JSON, a bare value. */
    static Arbitrary<Malformed> notAnObject(Map<String, Object> valid) {
        byte[] json = Wire.bytes(valid);
        List<Arbitrary<Malformed>> kinds = new ArrayList<>();
        kinds.add(Arbitraries.strings().ofMaxLength(100).map(s -> new Malformed("random text", s.getBytes(StandardCharsets.UTF_8))));
        kinds.add(Arbitraries.integers().between(1, json.length - 1)
                .map(cut -> new Malformed("cut after " + cut + " bytes", java.util.Arrays.copyOf(json, cut))));
        kinds.add(Arbitraries.of("null", "[]", "42", "\"text\"", "true", "").map(s -> new Malformed("bare " + s,
                s.getBytes(StandardCharsets.UTF_8))));
        return Arbitraries.oneOf(kinds);
    }
}
