package th.go.cdd.cdvl.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpaRoutingTest {

    @Test
    void sendsDeepLinksToTheAppButNotApiManagementOrFiles() {
        assertThat(SpaRouting.isAppRoute("/geo/52/5201")).isTrue();
        assertThat(SpaRouting.isAppRoute("/me")).isTrue();
        assertThat(SpaRouting.isAppRoute("/")).isFalse();
        assertThat(SpaRouting.isAppRoute("/api/v1/unknown")).isFalse();
        assertThat(SpaRouting.isAppRoute("/api")).isFalse();
        assertThat(SpaRouting.isAppRoute("/q/health")).isFalse();
        assertThat(SpaRouting.isAppRoute("/assets/index-abc.js")).isFalse();
        assertThat(SpaRouting.isAppRoute("/apiary")).isTrue();
    }
}
