package th.go.cdd.cdvl.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A partner row stored without a name key (the demo data) is still compared by its name's key. */
class PartnerNameKeyTest {

    @Test
    void aRowWithoutAKeyIsComparedByTheKeyOfItsName() throws Exception {
        Partner partner = new Partner(OffsetDateTime.now(), "test");
        partner.describe("วัดพระธาตุลำปางหลวง", Sector.RELIGION, null, null, null, "5201", null, true);
        String computed = partner.getNameKey();
        Field key = Partner.class.getDeclaredField("nameKey");
        key.setAccessible(true);
        key.set(partner, "");

        assertThat(partner.getNameKey()).isEqualTo(computed).isEqualTo(PartnerNames.key("วัด พระธาตุ ลำปางหลวง"));
        assertThat(PartnerNames.similarity(PartnerNames.key("วัดพระธาตุลำปางหลวง"), partner.getNameKey())).isEqualTo(1.0);
    }
}
