package th.go.cdd.cdvl.seed.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PartnerNamesTest {

    @Test
    void keysLikeTheAppDropsSpacesPunctuationCaseAndThaiMarks() {
        assertEquals("หางหนสวนจำกดลำปางการคา", PartnerNames.key("ห้างหุ้นส่วนจำกัด ลำปางการค้า"));
        assertEquals("abc12", PartnerNames.key("A-b C.12"));
    }
}
