package org.recoverytracker.contracts.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another province's files, with the default files' columns: what a deployment configures. */
class GazetteerLoadingTest {
    private static final String THREE_TIER = """
            province_code,province_name,district_code,district_name,district_type,commune_code,commune_name,commune_type
            #adm1+code+v_gso,#adm1+name+i_vi,#adm2+code+v_gso,#adm2+name+i_vi,#adm2+type,#adm3+code+v_gso,#adm3+name+i_vi,#adm3+type
            06,Bắc Kạn,058,Bắc Kạn,Thành phố,01834,Nguyễn Thị Minh Khai,Phường
            06,Bắc Kạn,058,Bắc Kạn,Thành phố,01837,Sông Cầu,Phường
            06,Bắc Kạn,060,Pác Nặm,Huyện,01840,Bằng Thành,Xã
            06,Bắc Kạn,060,Pác Nặm,Huyện,01843,Nhạn Môn,Xã
            06,Bắc Kạn,060,Pác Nặm,Huyện,01846,Bộc Bố,Xã
            """;
    private static final String TWO_TIER = """
            province_code,province_name,commune_code,commune_name,commune_type,valid_from
            06,Bắc Kạn,01834,Bắc Kạn,Phường,2025-07-01
            06,Bắc Kạn,01840,Bằng Thành,Xã,2025-07-01
            06,Bắc Kạn,01843,Nhạn Môn,Xã,2025-07-01
            """;
    private static final String LINEAGE = """
            old_district_code,old_district_name,old_commune_code,old_commune_name,new_commune_code,new_commune_name,merge_type,code_reused
            058,Bắc Kạn,01834,Phường Nguyễn Thị Minh Khai,01834,Phường Bắc Kạn,full,yes
            058,Bắc Kạn,01837,Phường Sông Cầu,01834,Phường Bắc Kạn,full,no
            060,Pác Nặm,01840,Xã Bằng Thành,01840,Xã Bằng Thành,partial,yes
            060,Pác Nặm,01840,Xã Bằng Thành,01843,Xã Nhạn Môn,partial,no
            060,Pác Nặm,01843,Xã Nhạn Môn,01843,Xã Nhạn Môn,full,yes
            """;
    private static final LocalDate SINCE = LocalDate.of(2015, 1, 1);

    @TempDir
    Path dir;

    @Test
    void loadsAnotherProvinceWithTheThreeTierStartItIsGiven() throws IOException {
        Gazetteer bacKan = load(THREE_TIER, TWO_TIER, LINEAGE);

        BoundaryVersion old = bacKan.versionAt(SINCE).orElseThrow();
        assertEquals(LocalDate.of(2025, 6, 30), old.validTo());
        assertEquals("06", bacKan.root(old).code());
        assertEquals(List.of("01840", "01843", "01846"), codes(bacKan.children("060", old)));
        assertEquals("Bằng Thành", bacKan.find("01840", LocalDate.of(2025, 7, 1)).orElseThrow().nameVi());
    }

    @Test
    void anOldCommuneSplitAcrossNewCommunesIsFlaggedNotGuessed() throws IOException {
        Gazetteer bacKan = load(THREE_TIER, TWO_TIER, LINEAGE);
        BoundaryVersion old = bacKan.versions().get(0);
        BoundaryVersion current = bacKan.versions().get(1);

        AreaMapping.Split split = (AreaMapping.Split) bacKan.map("01840", old, current);

        assertEquals(List.of("01840", "01843"), codes(split.candidates()));
        assertEquals("06", split.within().code());
        assertEquals(new AreaMapping.Mapped(bacKan.area("01834", current).orElseThrow()),
                bacKan.map("01837", old, current));
    }

    @Test
    void aNewCommuneCarvedFromOneOldCommuneLiesWithinIt() throws IOException {
        Gazetteer bacKan = load(THREE_TIER, TWO_TIER, LINEAGE);
        BoundaryVersion old = bacKan.versions().get(0);
        BoundaryVersion current = bacKan.versions().get(1);

        assertEquals(new AreaMapping.Mapped(bacKan.area("01840", old).orElseThrow()),
                bacKan.map("01840", current, old));
        AreaMapping.Split nhanMon = (AreaMapping.Split) bacKan.map("01843", current, old);
        assertEquals("060", nhanMon.within().code());
    }

    @Test
    void anOldCommuneMissingFromTheLineageHasNoCounterpart() throws IOException {
        Gazetteer bacKan = load(THREE_TIER, TWO_TIER, LINEAGE);

        assertEquals(new AreaMapping.Unmapped("01846", AreaMapping.Reason.NO_LINEAGE),
                bacKan.map("01846", bacKan.versions().get(0), bacKan.versions().get(1)));
    }

    @Test
    void lineageNamingAnUnknownCommuneIsRefusedWithItsLine() {
        String badLineage = LINEAGE + "060,Pác Nặm,01899,Xã Ma,01843,Xã Nhạn Môn,full,no\n";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> load(THREE_TIER, TWO_TIER, badLineage));

        assertTrue(e.getMessage().endsWith("line 7: 01899 is not a commune of boundary version 2015-01-01"),
                e.getMessage());
    }

    @Test
    void inconsistentOrAmbiguousAreaFilesAreRefused() {
        assertRefused("differs from 2025-07-01", THREE_TIER, TWO_TIER + "06,Bắc Kạn,01846,Bộc Bố,Xã,2025-08-01\n");
        assertRefused("duplicate code 01846", THREE_TIER + "06,Bắc Kạn,060,Pác Nặm,Huyện,01846,Bộc Bố,Xã\n", TWO_TIER);
        assertRefused("code 060 is already district Huyện Pác Nặm in 06",
                THREE_TIER + "06,Bắc Kạn,060,Pác Nam,Huyện,01849,Cổ Linh,Xã\n", TWO_TIER);
        assertRefused("a second province 08",
                THREE_TIER + "08,Tuyên Quang,070,Tuyên Quang,Thành phố,02200,Phan Thiết,Phường\n", TWO_TIER);
    }

    private void assertRefused(String reason, String threeTier, String twoTier) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> load(threeTier, twoTier, LINEAGE));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void threeTierMustStartBeforeTheTwoTierVersion() throws IOException {
        Path three = write("three.csv", THREE_TIER);
        Path two = write("two.csv", TWO_TIER);
        Path lineage = write("lineage.csv", LINEAGE);

        assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.load(three, LocalDate.of(2025, 7, 1), two, lineage));
    }

    private Gazetteer load(String threeTier, String twoTier, String lineage) throws IOException {
        return Gazetteer.load(write("three.csv", threeTier), SINCE, write("two.csv", twoTier),
                write("lineage.csv", lineage));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static List<String> codes(List<Area> areas) {
        return areas.stream().map(Area::code).toList();
    }
}
