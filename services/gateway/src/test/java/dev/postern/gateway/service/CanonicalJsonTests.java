package dev.postern.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CanonicalJsonTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keyOrderAndSpacingDoNotChangeTheHashButValuesMethodAndPathDo() throws Exception {
        var a = JSON.readTree("{\"b\": [1, {\"y\": true, \"x\": null}], \"a\": \"\\u00e9\\n\"}");
        var b = JSON.readTree("{\"a\":\"é\\n\",\"b\":[1,{\"x\":null,\"y\":true}]}");
        assertThat(CanonicalJson.write(a)).isEqualTo("{\"a\":\"é\\n\",\"b\":[1,{\"x\":null,\"y\":true}]}");
        assertThat(CanonicalJson.requestHash("POST", "/p", a)).isEqualTo(CanonicalJson.requestHash("POST", "/p", b))
                .matches("[0-9a-f]{64}");
        assertThat(CanonicalJson.requestHash("POST", "/q", a)).isNotEqualTo(CanonicalJson.requestHash("POST", "/p", a));
        assertThat(CanonicalJson.requestHash("PUT", "/p", a)).isNotEqualTo(CanonicalJson.requestHash("POST", "/p", a));
        var c = JSON.readTree("{\"a\":\"é\\n\",\"b\":[{\"x\":null,\"y\":true},1]}");
        assertThat(CanonicalJson.requestHash("POST", "/p", c)).as("array order matters").isNotEqualTo(CanonicalJson.requestHash("POST", "/p", a));
    }

    @Test
    void theHashIsPinned() throws Exception {
        // sha256 of "POST\n/api/v1/messages\n{\"a\":1}" — computed with sha256sum
        assertThat(CanonicalJson.requestHash("POST", "/api/v1/messages", JSON.readTree("{ \"a\" : 1 }")))
                .isEqualTo(GOLDEN);
    }

    static final String GOLDEN = "cce67229ea779ee3f56a3d6a6ff9b01e3ed20c62642287460ab3e590ef46b8d3";
}
