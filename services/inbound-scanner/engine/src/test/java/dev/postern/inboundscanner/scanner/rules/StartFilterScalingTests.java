package dev.postern.inboundscanner.scanner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule whose match can begin with an unbounded run of word characters ("[\w-]*assistent") backtracks over every
 * start position of a long token: a megabyte of base64 then costs minutes. This guards the scaling, not a speed
 * target: doubling the input must not much more than double a rule's work, counted in matcher steps we can see (the
 * wall-clock ratio between two sizes, with a wide margin, on inputs far smaller than the hostile-input test's).
 */
class StartFilterScalingTests {

    private static long nanos(StartFilter filter, String text) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            filter.forEachMatch(text, (from, to) -> true);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    @Test
    void everyRuleScalesLinearlyOnLongTokensAndLongRunsOfSentences() {
        String smallToken = "x " + "ab12cd34ef".repeat(500) + " y";
        String largeToken = "x " + "ab12cd34ef".repeat(2_000) + " y";
        String smallProse = "All work and no play. ".repeat(1_000).toLowerCase(java.util.Locale.ROOT);
        String largeProse = "All work and no play. ".repeat(4_000).toLowerCase(java.util.Locale.ROOT);
        List<String> superLinear = new ArrayList<>();
        for (InjectionRule rule : InjectionRuleCatalogue.rules()) {
            StartFilter filter = StartFilter.of(rule.pattern());
            for (String[] pair : new String[][] {{smallToken, largeToken}, {smallProse, largeProse}}) {
                long small = Math.max(nanos(filter, pair[0]), 200_000);
                long large = nanos(filter, pair[1]);
                // Four times the input: linear work is about 4x; quadratic is 16x. Allow 10x for noise.
                if (large > 10 * small) {
                    superLinear.add(rule.id() + " (" + small / 1000 + " us -> " + large / 1000 + " us)");
                }
            }
        }
        assertThat(superLinear).isEmpty();
    }
}
