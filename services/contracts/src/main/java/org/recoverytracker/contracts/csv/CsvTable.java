package org.recoverytracker.contracts.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reference CSV file read whole: RFC 4180 (quoted fields, {@code ""} escapes, LF or CRLF), the first
 * row names the columns, and rows whose first field starts with {@code #} (HXL hashtag rows) are skipped.
 * Errors name the file and the line, because these files are also supplied by configuration.
 */
public final class CsvTable {
    private final String source;
    private final List<String> columns;
    private final List<Row> rows;

    private CsvTable(String source, List<String> columns, List<Row> rows) {
        this.source = source;
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads every row; {@code source} names the file in error messages. The reader is not closed. */
    public static CsvTable read(Reader reader, String source) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try {
            new Parser(reader).readAll(records, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException(source + ": empty file, expected a header row");
        }
        List<String> header = records.get(0).stream().map(c -> c.replace("\uFEFF", "").trim()).toList();
        CsvTable table = new CsvTable(source, header, new ArrayList<>());
        for (int i = 1; i < records.size(); i++) {
            List<String> fields = records.get(i);
            boolean blank = fields.size() == 1 && fields.get(0).isBlank();
            if (blank || fields.get(0).startsWith("#")) {
                continue;
            }
            table.rows.add(table.new Row(lines.get(i), fields));
        }
        return table;
    }

    public String source() {
        return source;
    }

    public boolean hasColumn(String column) {
        return columns.contains(column);
    }

    /** Fails unless every named column is in the header. */
    public CsvTable requireColumns(String... required) {
        for (String column : required) {
            if (!hasColumn(column)) {
                throw new IllegalArgumentException(source + ": missing column " + column + " (has " + columns + ")");
            }
        }
        return this;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** One data row; values are trimmed. */
    public final class Row {
        private final int line;
        private final Map<String, String> values = new HashMap<>();

        private Row(int line, List<String> fields) {
            this.line = line;
            for (int i = 0; i < columns.size() && i < fields.size(); i++) {
                values.put(columns.get(i), fields.get(i).trim());
            }
        }

        public int line() {
            return line;
        }

        /** The value of a column that must not be blank. */
        public String required(String column) {
            return optional(column).orElseThrow(() -> invalid("column " + column + " is empty"));
        }

        /** The value of a column, empty when the column is missing or blank. */
        public Optional<String> optional(String column) {
            return Optional.ofNullable(values.get(column)).filter(v -> !v.isEmpty());
        }

        /** An exception naming the file and this row's line. */
        public IllegalArgumentException invalid(String problem) {
            return new IllegalArgumentException(source + " line " + line + ": " + problem);
        }
    }

    private static final class Parser {
        private final Reader reader;
        private int line = 1;
        private int pushedBack = -2;

        Parser(Reader reader) {
            this.reader = reader;
        }

        void readAll(List<List<String>> records, List<Integer> lines) throws IOException {
            while (true) {
                int startLine = line;
                List<String> record = readRecord();
                if (record == null) {
                    return;
                }
                records.add(record);
                lines.add(startLine);
            }
        }

        private List<String> readRecord() throws IOException {
            int c = next();
            if (c == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new IllegalArgumentException("line " + line + ": unterminated quoted field");
                    } else if (c == '"') {
                        int after = next();
                        if (after == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = after;
                            continue;
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r' || c == -1) {
                    if (c == '\r') {
                        int after = next();
                        if (after != '\n') {
                            pushedBack = after;
                        }
                    }
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append((char) c);
                }
                c = next();
            }
        }

        private int next() throws IOException {
            int c;
            if (pushedBack != -2) {
                c = pushedBack;
                pushedBack = -2;
                return c;
            }
            c = reader.read();
            if (c == '\n') {
                line++;
            }
            return c;
        }
    }
}
