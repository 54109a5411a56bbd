package org.recoverytracker.system.reliability;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.recoverytracker.system.reliability.ReportScript.Kind;
import org.recoverytracker.system.reliability.ReportScript.Step;

/**
 * Damage reports as they came in after Typhoon Yagi, reproducible from a seed: most from a few hard-hit communes, some
 * from districts and the province, from GOV, ORG and COMMUNITY sources, partial reports, late offline syncs with an
 * older {@code asOf}, resends of the same request, amendments (missing persons found dead), verifications and
 * rejections, and a few reports the service must refuse.
 */
final class DamageWorkload {
    private static final Instant DISASTER_START = Instant.parse("2024-09-07T00:00:00Z");
    private static final Instant LAST_AS_OF = Instant.parse("2024-09-30T00:00:00Z");
    private static final String[] COUNTED = {"DR-P01", "DR-P02", "DR-P03", "DR-P04", "DR-H01", "DR-H02", "DR-H03",
            "DR-H04", "DR-H05", "DR-E01", "DR-T02", "DR-A05"};
    private static final String[] MEASURED = {"DR-A01", "DR-A02", "DR-T01"};
    private static final String[] NOTES = {"Sạt lở taluy dương, đường bị chia cắt", "Nước lũ dâng cao 1,5 m",
            "Số liệu sơ bộ từ trưởng thôn", "Cần hỗ trợ lương thực khẩn cấp", "Đã đối chiếu với UBND xã",
            "Ước tính <b>sơ bộ</b> & chưa xác minh", "Note with \"quotes\" and a backslash \\ here"};

    private final Random random;
    private final String disasterId;
    private final List<String> hotCommunes;
    private final List<String> communes;
    private final List<String> districts;
    private final String province;
    private Instant clock = DISASTER_START;

    DamageWorkload(long seed, String disasterId, AreaTree areas) {
        this.random = new Random(seed);
        this.disasterId = disasterId;
        this.communes = areas.communes();
        this.districts = areas.districts();
        this.province = areas.province();
        List<String> shuffled = new ArrayList<>(communes);
        java.util.Collections.shuffle(shuffled, random);
        this.hotCommunes = List.copyOf(shuffled.subList(0, 20));
    }

    synchronized ReportScript next() {
        UUID reportId = UUID.randomUUID();
        List<Step> steps = new ArrayList<>();
        if (chance(0.04)) {
            Map<String, Object> refused = report(area(), asOf());
            refused.put("areaCode", "0" + (90000 + random.nextInt(9999)));
            steps.add(new Step(Kind.REFUSED, refused));
            return new ReportScript(reportId, steps);
        }
        Map<String, Object> report = report(area(), asOf());
        steps.add(new Step(Kind.SUBMIT, report));
        if (chance(0.25)) {
            steps.add(new Step(Kind.RESEND, report));
        }
        Map<String, Object> current = report;
        int amendments = chance(0.3) ? (chance(0.2) ? 2 : 1) : 0;
        for (int i = 0; i < amendments; i++) {
            current = amended(current);
            steps.add(new Step(Kind.AMEND, current));
        }
        if (chance(0.12)) {
            steps.add(new Step(Kind.REJECT, Map.of("decision", "REJECTED", "reason", "Số liệu chưa đối chiếu với xã")));
            if (chance(0.25)) {
                steps.add(new Step(Kind.AMEND, amended(current)));
            }
        } else if (chance(0.17)) {
            steps.add(new Step(Kind.VERIFY, Map.of("decision", "VERIFIED", "reason", "Đã xác minh tại hiện trường")));
        }
        return new ReportScript(reportId, steps);
    }

    private String area() {
        double roll = random.nextDouble();
        if (roll < 0.55) {
            return pick(hotCommunes);
        } else if (roll < 0.88) {
            return pick(communes);
        } else if (roll < 0.98) {
            return pick(districts);
        }
        return province;
    }

    /** The reporting clock moves on; one report in ten is a phone syncing days late with an older asOf. */
    private Instant asOf() {
        if (clock.isBefore(LAST_AS_OF)) {
            clock = clock.plus(Duration.ofMinutes(1 + random.nextInt(30)));
        }
        if (chance(0.1)) {
            Instant late = clock.minus(Duration.ofHours(12 + random.nextInt(60)));
            return late.isBefore(DISASTER_START) ? DISASTER_START : late;
        }
        // reports are made on the hour or half hour: equal asOf values happen and must be broken deterministically
        return chance(0.2) ? clock.truncatedTo(java.time.temporal.ChronoUnit.HOURS) : clock;
    }

    private Map<String, Object> report(String area, Instant asOf) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("disasterId", disasterId);
        report.put("areaCode", area);
        report.put("asOf", asOf.toString());
        report.put("source", pick(List.of("GOV", "GOV", "GOV", "ORG", "COMMUNITY")));
        report.put("reportType", pick(List.of("QUICK", "DAILY", "DAILY", "SUMMARY")));
        report.put("figures", figures());
        if (chance(0.4)) {
            report.put("location", Map.of("lat", 22.4 + random.nextInt(7000) / 10000.0,
                    "lon", 105.6 + random.nextInt(12000) / 10000.0, "accuracyM", 5 + random.nextInt(200)));
        }
        if (chance(0.5)) {
            report.put("note", pick(List.of(NOTES)));
        }
        return report;
    }

    private Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            if (chance(0.8)) {
                figures.put(pick(List.of(COUNTED)), random.nextInt(chance(0.7) ? 12 : 400));
            } else if (chance(0.5)) {
                figures.put(pick(List.of(MEASURED)), new BigDecimal(random.nextInt(150_000)).movePointLeft(random.nextInt(3)));
            } else {
                figures.put("DR-L03", (long) random.nextInt(50_000) * 1_000_000L);
            }
        }
        return figures;
    }

    /** A correction: a missing person found dead, revised counts, now and then a later asOf or another source's area. */
    private Map<String, Object> amended(Map<String, Object> previous) {
        Map<String, Object> next = new LinkedHashMap<>(previous);
        @SuppressWarnings("unchecked")
        Map<String, Object> figures = new LinkedHashMap<>((Map<String, Object>) previous.get("figures"));
        if (figures.get("DR-P02") instanceof Integer missing && missing > 0) {
            int found = 1 + random.nextInt(missing);
            figures.put("DR-P02", missing - found);
            figures.merge("DR-P01", found, (a, b) -> (Integer) a + (Integer) b);
        } else {
            figures.putAll(figures());
        }
        next.put("figures", figures);
        // an amendment that changes nothing is answered as a replay of the current version: always change something
        if (chance(0.3) || figures.equals(previous.get("figures"))) {
            next.put("asOf", Instant.parse((String) previous.get("asOf")).plus(Duration.ofMinutes(30)).toString());
        }
        if (chance(0.05)) {
            next.put("areaCode", pick(communes));
        }
        return next;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
