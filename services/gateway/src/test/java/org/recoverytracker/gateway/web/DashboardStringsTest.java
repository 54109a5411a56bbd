package org.recoverytracker.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dashboard and the public page speak Vietnamese and English, both whole: every string key has both, and every
 * key a page or script names literally (data-i18n="…", t('…')) exists. Keys built at run time (t(`status.${…}`))
 * are the browser tests' to prove.
 */
class DashboardStringsTest {
    private static final Path WEB = Path.of("src/main/resources/web");
    private static final Pattern KEY = Pattern.compile("(?<=[{,\\s])(?:'([^']+)'|([A-Za-z]\\w*))\\s*:\\s*'");

    @Test
    void everyVietnameseStringHasItsEnglishOneAndTheOtherWayRound() throws IOException {
        String text = Files.readString(WEB.resolve("dashboard/js/i18n.js"));
        Set<String> vi = keys(between(text, "\n  vi: {", "\n  },\n  en: {"));
        Set<String> en = keys(between(text, "\n  en: {", "\n  },\n};"));
        // units of measure (ha, m, km) read the same in English; only Vietnamese names them
        vi.removeIf(key -> key.startsWith("unit."));
        assertTrue(vi.size() > 100, "found the Vietnamese strings: " + vi.size());
        assertEquals(vi, en);
    }

    @Test
    void everyKeyAPageOrScriptNamesExists() throws IOException {
        String text = Files.readString(WEB.resolve("dashboard/js/i18n.js"));
        Set<String> known = keys(between(text, "\n  vi: {", "\n  },\n  en: {"));
        Set<String> named = new TreeSet<>();
        for (Path file : List.of(WEB.resolve("dashboard"), WEB.resolve("public")).stream().flatMap(DashboardStringsTest::files).toList()) {
            String source = Files.readString(file);
            named.addAll(matches(Pattern.compile("data-i18n=\"([^\"]+)\""), source));
            named.addAll(matches(Pattern.compile("\\bt\\('([^']+)'"), source));
        }
        assertTrue(named.size() > 50, "found the keys in use: " + named.size());
        named.removeAll(known);
        assertEquals(Set.of(), named);
    }

    private static Stream<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            // i18n.js defines the strings (its comments name data-i18n="key"); the others use them
            return walk.filter(path -> path.toString().endsWith(".js") || path.toString().endsWith(".html"))
                    .filter(path -> !path.endsWith("i18n.js")).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end, from + 1);
        assertTrue(from >= 0 && to > from, "i18n.js is laid out as TEXT = { vi: {…}, en: {…} }: " + start.strip());
        return text.substring(from + start.length(), to);
    }

    private static Set<String> keys(String block) {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = KEY.matcher(block);
        while (matcher.find()) {
            keys.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return keys;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
