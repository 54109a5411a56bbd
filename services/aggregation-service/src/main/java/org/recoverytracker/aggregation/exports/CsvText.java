package org.recoverytracker.aggregation.exports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.recoverytracker.contracts.area.Area;

/**
 * What every CSV export shares: RFC 4180 lines (CRLF, quoted only where needed), plain numbers, a byte-order mark so
 * spreadsheet programs read Vietnamese names right, and the leading {@code admN_code}/{@code admN_name} columns with
 * their HXL tags ({@code #adm1+code}, {@code #adm2+name}, …), one pair per level of the boundary version.
 */
final class CsvText {
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvText() {
    }

    /** The byte-order mark, the header row and the HXL row: the area columns, then the export's own. */
    static String head(int levels, List<String> names, List<String> tags) {
        List<String> header = areaNames(levels);
        header.addAll(names);
        List<String> hashtags = areaTags(levels);
        hashtags.addAll(tags);
        return BYTE_ORDER_MARK + line(header) + line(hashtags);
    }

    private static List<String> areaNames(int levels) {
        List<String> names = new ArrayList<>();
        for (int level = 1; level <= levels; level++) {
            names.addAll(List.of("adm" + level + "_code", "adm" + level + "_name"));
        }
        return names;
    }

    private static List<String> areaTags(int levels) {
        List<String> tags = new ArrayList<>();
        for (int level = 1; level <= levels; level++) {
            tags.addAll(List.of("#adm" + level + "+code", "#adm" + level + "+name"));
        }
        return tags;
    }

    /** The area's code and name in the columns of its level, its ancestors' in theirs, empty below it. */
    static List<String> areaCells(Area area, List<Area> above, int levels) {
        List<Area> path = new ArrayList<>(above);
        path.add(area);
        List<String> cells = new ArrayList<>();
        for (int level = 0; level < levels; level++) {
            Area at = level < path.size() ? path.get(level) : null;
            cells.add(at == null ? "" : at.code());
            cells.add(at == null ? "" : at.fullName());
        }
        return cells;
    }

    static String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quoted(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
