package dev.postern.inboundscanner.scanner.rules;

import dev.postern.inboundscanner.scanner.Category;
import java.util.regex.Pattern;

/**
 * One weighted pattern.
 *
 * @param id        stable name, {@code family.what} (shown in evidence)
 * @param category  the attack family it points to
 * @param weight    contribution to the layer's sum when it matches (the layer squashes the sum into 0–1)
 * @param negatable whether a preceding "never", "do not"… cancels the match ("we will never ask for your password")
 * @param pattern   matched against lower-cased text
 */
public record InjectionRule(String id, Category category, double weight, boolean negatable, Pattern pattern) {
}
