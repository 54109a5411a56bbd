package org.recoverytracker.contracts.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        CsvTable table = CsvTable.read(new StringReader(
                "code,name\r\nA,\"Sơ tán, di dời\"\r\nB,\"say \"\"hi\"\"\nthere\"\r\nC,plain\r\n"), "t.csv");

        List<CsvTable.Row> rows = table.rows();
        assertEquals("Sơ tán, di dời", rows.get(0).required("name"));
        assertEquals("say \"hi\"\nthere", rows.get(1).required("name"));
        assertEquals("plain", rows.get(2).required("name"));
        assertEquals(5, rows.get(2).line(), "the quoted line break of row B moves row C to line 5");
    }

    @Test
    void skipsHxlHashtagRowsBlankLinesAndAByteOrderMark() {
        CsvTable table = CsvTable.read(new StringReader(
                "\uFEFFcode,name\n#adm1+code,#adm1+name\n\n01,Hà Nội\n"), "t.csv");

        assertEquals(1, table.rows().size());
        assertEquals("01", table.rows().get(0).required("code"));
        assertEquals(4, table.rows().get(0).line());
    }

    @Test
    void blankOrMissingValuesAreEmptyAndRequiredOnesFailWithFileAndLine() {
        CsvTable.Row row = CsvTable.read(new StringReader("a,b,c\n1,,\n"), "t.csv").rows().get(0);

        assertEquals(Optional.empty(), row.optional("b"));
        assertEquals(Optional.empty(), row.optional("nope"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> row.required("c"));
        assertEquals("t.csv line 2: column c is empty", e.getMessage());
    }

    @Test
    void missingColumnsAndUnterminatedQuotesAreRefused() {
        CsvTable table = CsvTable.read(new StringReader("a,b\n1,2\n"), "t.csv");
        assertThrows(IllegalArgumentException.class, () -> table.requireColumns("a", "unit"));
        assertThrows(IllegalArgumentException.class, () -> CsvTable.read(new StringReader("a\n\"open\n"), "t.csv"));
        assertThrows(IllegalArgumentException.class, () -> CsvTable.read(new StringReader(""), "t.csv"));
    }
}
