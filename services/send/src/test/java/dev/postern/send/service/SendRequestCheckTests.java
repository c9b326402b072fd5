package dev.postern.send.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postern.events.payload.SendRequestedV1;
import dev.postern.send.SendRequests;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SendRequestCheckTests {

    @Test
    void aWellFormedRequestHasNoProblems() {
        assertThat(SendRequestCheck.problems(SendRequests.simple(SendRequests.messageId(), List.of("a@example.com")))).isEmpty();
    }

    @Test
    void withoutAMessageIdTheRequestIsUnusable() {
        SendRequestedV1 r = SendRequests.simple("msg_nope", List.of("a@example.com"));
        assertThatThrownBy(() -> SendRequestCheck.problems(r)).isInstanceOf(SendRequestCheck.UnusableRequestException.class);
    }

    @Test
    void badAddressesHeadersAndLimitsAreNamed() {
        String id = SendRequests.messageId();
        assertThat(SendRequestCheck.problems(SendRequests.simple(id, List.of("not-an-address")))).containsExactly("to[0] is not a valid address");
        assertThat(SendRequestCheck.problems(SendRequests.simple(id, List.of())))
                .containsExactly("to, cc or bcc must name at least one recipient");
        List<String> many = IntStream.range(0, 51).mapToObj(i -> "r" + i + "@example.com").toList();
        assertThat(SendRequestCheck.problems(SendRequests.simple(id, many))).containsExactly("at most 50 recipients");
        assertThat(SendRequestCheck.problems(SendRequests.request(id, List.of("a@example.com"), List.of(), List.of(), "live", null,
                Map.of("Reply-To", "x@example.com"), List.of()))).singleElement().asString().contains("Reply-To is set by Postern");
        assertThat(SendRequestCheck.problems(SendRequests.request(id, List.of("a@example.com"), List.of(), List.of(), "live", null,
                Map.of(), Collections.nCopies(11, new SendRequestedV1.Attachment("a.txt", "text/plain", 1, "YQ==")))))
                .containsExactly("at most 10 attachments");
        assertThat(SendRequestCheck.problems(SendRequests.request(id, List.of("a@example.com"), List.of(), List.of(), "live", null,
                Map.of(), List.of(new SendRequestedV1.Attachment("a.txt", "text/plain", 1, "***"))))).containsExactly(
                "attachments[0].content_base64 is not base64");
    }
}
