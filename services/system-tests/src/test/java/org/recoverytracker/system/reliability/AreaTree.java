package org.recoverytracker.system.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cao Bằng's three-tier areas (province → 10 districts → 161 communes, valid in September 2024), read straight from
 * the reference CSV rather than through the services' gazetteer, so the oracle does not share their code.
 */
final class AreaTree {
    private static final String CSV = "/org/recoverytracker/contracts/reference/areas/cao-bang-2025-03-01.csv";

    private final String province;
    private final Map<String, List<String>> children = new LinkedHashMap<>();

    private AreaTree(String province) {
        this.province = province;
    }

    static AreaTree caoBang() {
        try (InputStream in = AreaTree.class.getResourceAsStream(CSV)) {
            if (in == null) {
                throw new IllegalStateException("no " + CSV + " on the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            reader.readLine();
            AreaTree tree = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",", -1);
                if (tree == null) {
                    tree = new AreaTree(cells[0]);
                }
                tree.children.computeIfAbsent(cells[0], k -> new ArrayList<>());
                if (!tree.children.get(cells[0]).contains(cells[2])) {
                    tree.children.get(cells[0]).add(cells[2]);
                }
                tree.children.computeIfAbsent(cells[2], k -> new ArrayList<>()).add(cells[5]);
                tree.children.put(cells[5], List.of());
            }
            return tree;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String province() {
        return province;
    }

    List<String> districts() {
        return children.get(province);
    }

    List<String> communes() {
        return districts().stream().flatMap(d -> children.get(d).stream()).toList();
    }

    /** Every area, parents before children. */
    List<String> all() {
        return List.copyOf(children.keySet());
    }

    List<String> childrenOf(String area) {
        List<String> list = children.get(area);
        if (list == null) {
            throw new IllegalArgumentException("no area " + area);
        }
        return list;
    }
}
