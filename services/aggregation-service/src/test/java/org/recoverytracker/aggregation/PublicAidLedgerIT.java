package org.recoverytracker.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoverytracker.aggregation.AidEvents.SONG_HIEN;
import static org.recoverytracker.aggregation.AidEvents.allocated;
import static org.recoverytracker.aggregation.AidEvents.pledged;
import static org.recoverytracker.aggregation.AidEvents.received;
import static org.recoverytracker.aggregation.AidEvents.thanhChuong;
import static org.recoverytracker.aggregation.AidEvents.thanhChuongGoods;
import static org.recoverytracker.aggregation.DamageEventMother.CITY;
import static org.recoverytracker.aggregation.DamageEventMother.declared;
import static org.recoverytracker.aggregation.DamageEventMother.newDisaster;
import static org.recoverytracker.aggregation.Eventually.await;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recoverytracker.contracts.Topics;
import org.recoverytracker.contracts.aid.AidAllocated;
import org.recoverytracker.contracts.aid.Cash;
import org.recoverytracker.contracts.aid.Donor;
import org.recoverytracker.contracts.aid.DonorType;

/**
 * The login-free transparency ledger: every receipt and allocation, newest first, paged, anonymous donors hidden. All
 * requests go without any Authorization header.
 */
@MicronautTest(transactional = false)
class PublicAidLedgerIT extends RunningServiceIT {
    private static final String HIDDEN_NAME = "Nguyễn Văn An";

    final EventTopic aid = new EventTopic(Topics.AID_DONATIONS);
    final String disaster = newDisaster("ledger");
    final UUID anonymousDonation = UUID.randomUUID();
    final UUID namedDonation = UUID.randomUUID();
    AidAllocated housing;

    @BeforeAll
    void publish() {
        topic.publish(declared(disaster));
        housing = allocated(anonymousDonation, disaster, SONG_HIEN, 20_000_000L);
        aid.publish(
                pledged(anonymousDonation, disaster, new Donor(HIDDEN_NAME, DonorType.INDIVIDUAL, true), SONG_HIEN,
                        List.of(Cash.vnd(50_000_000L)), List.of()),
                received(anonymousDonation, 2, List.of(Cash.vnd(50_000_000L)), List.of()),
                pledged(namedDonation, disaster, thanhChuong(), CITY, List.of(Cash.vnd(300_000_000L)), thanhChuongGoods()),
                received(namedDonation, 2, List.of(Cash.vnd(300_000_000L)), thanhChuongGoods()),
                housing);
    }

    @AfterAll
    void closeAid() {
        aid.close();
    }

    /**
     * The whole ledger of the test's disaster, once the consumer has taken in its two receipts and one allocation and
     * its declaration (which sets the boundaries areas are read in).
     */
    private JsonNode settled() {
        return await(PATIENCE).until(() -> api.json("/api/v1/public/aid?disaster=" + disaster),
                page -> page.get("total").getLongValue() == 3 && page.get("boundaries").getStringValue().equals("2020-03-01"));
    }

    @Test
    void listsReceiptsAndAllocationsNewestFirstButNoPledges() {
        JsonNode page = settled();

        assertThat(page.get("items").values()).extracting(item -> item.get("kind").getStringValue())
                .containsExactly("ALLOCATION", "RECEIPT", "RECEIPT");
        JsonNode allocation = page.get("items").values().iterator().next();
        assertThat(allocation.get("id").getStringValue()).isEqualTo(housing.allocationId().toString());
        assertThat(allocation.get("sector").getStringValue()).isEqualTo("HOUSING");
        assertThat(allocation.get("area").get("code").getStringValue()).isEqualTo(SONG_HIEN);
    }

    @Test
    void anonymousDonorsAreShownAsSuchNeverByName() {
        settled();

        String everything = api.text("/api/v1/public/aid?disaster=" + disaster);

        assertThat(everything).doesNotContain(HIDDEN_NAME).contains("\"name\":\"Ẩn danh\"").contains("\"anonymous\":true")
                .contains("UBND huyện Thanh Chương (Nghệ An)");
    }

    @Test
    void isPagedAndFilteredByArea() {
        settled();

        JsonNode second = api.json("/api/v1/public/aid?disaster=" + disaster + "&size=1&page=1");
        JsonNode songHien = api.json("/api/v1/public/aid?disaster=" + disaster + "&area=" + SONG_HIEN);

        assertThat(second.get("total").getLongValue()).isEqualTo(3);
        assertThat(second.get("items").values()).singleElement()
                .satisfies(item -> assertThat(item.get("kind").getStringValue()).isEqualTo("RECEIPT"));
        assertThat(songHien.get("total").getLongValue()).as("the city-level receipt lies outside the ward").isEqualTo(2);
    }

    @Test
    void aSizeOutOfRangeIsABadRequestNamingIt() {
        TotalsApi.Failure failure = api.failure("/api/v1/public/aid?size=0");

        assertThat(failure.status()).isEqualTo(400);
        assertThat(failure.contentType()).isEqualTo("application/problem+json");
        assertThat(failure.body().get("invalid-params").get(0).get("name").getStringValue()).isEqualTo("size");
    }
}
