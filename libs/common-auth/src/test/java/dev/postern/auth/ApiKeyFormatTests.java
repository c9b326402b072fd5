package dev.postern.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyFormatTests {

    @Test
    void generatedKeysHaveTheDocumentedShapeAndParseBack() {
        ApiKeyFormat.WellFormedKey live = ApiKeyFormat.generate(KeyMode.LIVE);
        assertThat(live.value()).matches("pstn_live_[0-9A-Za-z]{32}_[0-9A-Za-z]{6}");
        assertThat(ApiKeyFormat.parse(live.value()).key()).contains(live);
        ApiKeyFormat.WellFormedKey test = ApiKeyFormat.generate(KeyMode.TEST);
        assertThat(test.value()).startsWith("pstn_test_");
        assertThat(ApiKeyFormat.parse(test.value()).key().orElseThrow().mode()).isEqualTo(KeyMode.TEST);
    }

    @Test
    void displayPrefixShowsModeAndEightCharactersOnly() {
        ApiKeyFormat.WellFormedKey key = ApiKeyFormat.generate(KeyMode.LIVE);
        assertThat(key.displayPrefix()).hasSize("pstn_live_".length() + 8);
        assertThat(key.value()).startsWith(key.displayPrefix());
        assertThat(key.toString()).doesNotContain(key.value());
    }

    @Test
    void aSingleChangedCharacterFailsTheChecksum() {
        String key = ApiKeyFormat.generate(KeyMode.LIVE).value();
        int pos = "pstn_live_".length() + 5;
        char replaced = key.charAt(pos) == 'a' ? 'b' : 'a';
        String typo = key.substring(0, pos) + replaced + key.substring(pos + 1);
        assertThat(ApiKeyFormat.parse(typo).problem()).contains(ApiKeyFormat.FormatProblem.BAD_CHECKSUM);
    }

    @Test
    void wrongShapesAreMalformed() {
        for (String bad : new String[] {"", "pstn_live_short_abcdef", "sk_live_x", "pstn_prod_" + "a".repeat(32) + "_abcdef",
                ApiKeyFormat.generate(KeyMode.LIVE).value() + "x", " " + ApiKeyFormat.generate(KeyMode.LIVE).value()}) {
            assertThat(ApiKeyFormat.parse(bad).problem()).as(bad).contains(ApiKeyFormat.FormatProblem.MALFORMED);
        }
        assertThat(ApiKeyFormat.parse(null).problem()).contains(ApiKeyFormat.FormatProblem.MALFORMED);
    }

    @Test
    void modeCannotBeSwappedWithoutBreakingTheChecksum() {
        String live = ApiKeyFormat.generate(KeyMode.LIVE).value();
        String swapped = live.replaceFirst("pstn_live_", "pstn_test_");
        assertThat(ApiKeyFormat.parse(swapped).problem()).contains(ApiKeyFormat.FormatProblem.BAD_CHECKSUM);
    }

    @Test
    void sha256IsTheKnownDigest() {
        // echo -n abc | sha256sum
        assertThat(ApiKeyFormat.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void keysDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(ApiKeyFormat.generate(KeyMode.LIVE).value())).isTrue();
        }
    }
}
