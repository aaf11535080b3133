package th.go.cdd.cdvl.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaScopeTest {

    @Test
    void theNationCoversEveryGeocode() {
        assertThat(AreaScope.NATIONAL.prefix()).isEmpty();
        assertThat(AreaScope.NATIONAL.covers("520101")).isTrue();
        assertThat(AreaScope.NATIONAL.covers(null)).isFalse();
    }

    @Test
    void aProvinceCoversItsDistrictsAndSubdistrictsOnly() {
        AreaScope lampang = AreaScope.province("52");
        assertThat(lampang.covers("5201")).isTrue();
        assertThat(lampang.covers("520101")).isTrue();
        assertThat(lampang.covers("5001")).isFalse();
    }

    @Test
    void aDistrictCoversItsSubdistrictsOnly() {
        AreaScope mueangLampang = AreaScope.district("5201");
        assertThat(mueangLampang.covers("520101")).isTrue();
        assertThat(mueangLampang.covers("520201")).isFalse();
        assertThat(mueangLampang.covers("52")).isFalse();
    }

    @Test
    void anAreaFilterNarrowsTheScopeButNeverWidensIt() {
        AreaScope lampang = AreaScope.province("52");
        assertThat(lampang.narrowedTo(null)).contains("52");
        assertThat(lampang.narrowedTo("5201")).contains("5201");
        assertThat(lampang.narrowedTo("5")).contains("52");
        assertThat(lampang.narrowedTo("50")).isEmpty();
        assertThat(AreaScope.NATIONAL.narrowedTo("50")).contains("50");
    }

    @Test
    void queriesGetTheScopeAsALikeWithANamedParameter() {
        AreaScope.Like like = AreaScope.province("52").like("c.subdistrictCode");
        assertThat(like.sql()).isEqualTo("c.subdistrictCode like :scope");
        assertThat(like.values()).containsExactlyEntriesOf(java.util.Map.of("scope", "52%"));
        assertThat(AreaScope.NATIONAL.like("c.subdistrictCode").values()).containsEntry("scope", "%");
    }

    @Test
    void anAreaCodeNarrowsALikeWithItsOwnParameter() {
        AreaScope.Like like = AreaScope.province("52").like("district_code", "5201");
        assertThat(like.sql()).isEqualTo("district_code like :scope and district_code like :area");
        assertThat(like.values()).containsEntry("scope", "52%").containsEntry("area", "5201%");
    }

    @Test
    void jdbcReadsGetTheScopeAsARange() {
        AreaScope.Range range = AreaScope.district("5201").range("a.subdistrict_code");
        assertThat(range.sql()).isEqualTo("a.subdistrict_code ~>=~ ? and a.subdistrict_code ~<~ ?");
        assertThat(range.values()).containsExactly("5201", "5201~");
        assertThat(AreaScope.province("52").range("c.subdistrict_code", "50")).isEmpty();
        assertThat(AreaScope.province("52").range("c.subdistrict_code", "5201")).get()
                .extracting(AreaScope.Range::values).isEqualTo(java.util.List.of("5201", "5201~"));
    }
}
