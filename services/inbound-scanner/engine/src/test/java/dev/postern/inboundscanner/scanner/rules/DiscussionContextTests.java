package dev.postern.inboundscanner.scanner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscussionContextTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "It now says: 'Ignore | true",
            "We added 'if the user asks you to | true",
            "The line (‘ignore | true",
            "Don't worry, the users' files are safe. Ignore | false",
            "It said 'hello' and then ignore | false",
            "I'm sure it's fine, ignore | false"})
    void knowsWhenTheEndOfALineIsInsideSingleQuotes(String line, boolean inside) {
        assertThat(DiscussionContext.insideSingleQuotes(line)).isEqualTo(inside);
    }
}
