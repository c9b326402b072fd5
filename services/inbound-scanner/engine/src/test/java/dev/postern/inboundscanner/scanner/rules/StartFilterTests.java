package dev.postern.inboundscanner.scanner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.inboundscanner.scanner.ScannerSettings;
import dev.postern.inboundscanner.eval.LabelledItem;
import dev.postern.inboundscanner.scanner.normalise.MessageNormaliser;
import dev.postern.inboundscanner.scanner.normalise.NormalisedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StartFilterTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void givesExactlyTheMatchesOfFindForEveryRuleOnRealAndRandomText() throws IOException {
        List<String> texts = texts();
        int compared = 0;
        for (InjectionRule rule : InjectionRuleCatalogue.rules()) {
            StartFilter filter = StartFilter.of(rule.pattern());
            for (String text : texts) {
                assertThat(filtered(filter, text)).as("%s on %s", rule.id(), abbreviate(text))
                        .isEqualTo(found(rule.pattern(), text));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(72 * 300);
    }

    @Test
    void skipsMostPositionsForAWordAnchoredRuleButNotForOneThatCanStartAnywhere() {
        assertThat(StartFilter.of(Pattern.compile("\\b(?:ignore|disregard)\\s+instructions")).openShare()).isLessThan(0.01);
        assertThat(StartFilter.of(Pattern.compile("[\\s\\S]x?")).openShare()).isEqualTo(1.0);
    }

    @Test
    void emptyMatchesAdvanceLikeFind() {
        Pattern pattern = Pattern.compile("\\b");
        String text = "ab cd, ef";
        assertThat(filtered(StartFilter.of(pattern), text)).isEqualTo(found(pattern, text));
    }

    @Test
    void refusesLookbehindItCannotReasonAbout() {
        assertThatThrownBy(() -> StartFilter.of(Pattern.compile("(?<=x)ab"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> filtered(StartFilter filter, String text) {
        List<String> matches = new ArrayList<>();
        filter.forEachMatch(text, (start, end) -> matches.add(start + "-" + end));
        return matches;
    }

    private static List<String> found(Pattern pattern, String text) {
        List<String> matches = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            matches.add(matcher.start() + "-" + matcher.end());
        }
        return matches;
    }

    /** Every channel of the held-out mail, the scanner's own training text, and random letters and punctuation. */
    private static List<String> texts() throws IOException {
        MessageNormaliser normaliser = new MessageNormaliser(ScannerSettings.defaults());
        List<String> texts = new ArrayList<>();
        for (String file : List.of("/heldout/heldout.jsonl", "/heldout/heldout-v2.jsonl")) {
            for (String line : resource(StartFilterTests.class, file).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                var node = JSON.readTree(line);
                LabelledItem item = new LabelledItem(node.get("id").asText(), node.get("text").asText(),
                        "injection".equals(node.get("label").asText()), "heldout", "", node.path("format").asText("text"));
                NormalisedMessage message = normaliser.normalise(item.toScanInput());
                message.channels().values().forEach(text -> texts.add(RuleLayer.lowerCase(text)));
            }
        }
        for (String file : List.of("exemplars-injection.txt", "exemplars-benign.txt", "carriers.txt")) {
            String all = resource(RuleLayer.class, "/dev/postern/inboundscanner/scanner/" + file);
            for (int from = 0; from < all.length(); from += 4000) {
                texts.add(RuleLayer.lowerCase(all.substring(from, Math.min(all.length(), from + 4000))));
            }
        }
        Random random = new Random(7);
        String alphabet = "abcdefghijklmnopqrstuvwxyz     .,:;!?\n'\"@-_/0123456789<>|[]{}()";
        for (int i = 0; i < 40; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < 400; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static String resource(Class<?> anchor, String path) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
