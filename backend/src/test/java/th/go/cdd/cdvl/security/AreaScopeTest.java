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
}
