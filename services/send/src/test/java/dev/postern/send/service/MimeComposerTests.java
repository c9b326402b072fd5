package dev.postern.send.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postern.send.domain.MessageContent;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MimeComposerTests {

    private static final MimeComposer.Envelope ENVELOPE = new MimeComposer.Envelope("<msg_01JDX0000000000000000000MS@agents.example>",
            "ada@agents.example", "Ada Lovelace, Agent", List.of("ann@example.com"), List.of("cyd@example.com"),
            "Grüße — résumé attached", Instant.parse("2026-11-23T10:00:00Z"));

    @Test
    void headersAreThoseOfTheRequestAndTheUnsubscribeHeadersDifferPerCopy() throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Entity-Ref-ID", "order-42");
        MessageContent content = new MessageContent("hi", null, headers, List.of("replies@agents.example"),
                "<msg_01JDX0000000000000000000PR@agents.example>",
                List.of("<msg_01JDX0000000000000000000R1@agents.example>", "<msg_01JDX0000000000000000000PR@agents.example>"),
                List.of(), List.of(), Map.of());
        MimeComposer.Draft draft = MimeComposer.compose(ENVELOPE, content);
        MimeMessage one = parse(draft.copyFor("https://postern.test/unsubscribe/tok1", "mailto:unsubscribe@agents.example?subject=unsubscribe%20tok1"));
        MimeMessage two = parse(draft.copyFor("https://postern.test/unsubscribe/tok2", null));

        InternetAddress from = (InternetAddress) one.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("ada@agents.example");
        assertThat(from.getPersonal()).isEqualTo("Ada Lovelace, Agent");
        assertThat(one.getHeader("To", ",")).isEqualTo("ann@example.com");
        assertThat(one.getHeader("Cc", ",")).isEqualTo("cyd@example.com");
        assertThat(one.getHeader("Bcc")).isNull();
        assertThat(one.getSubject()).isEqualTo("Grüße — résumé attached");
        assertThat(one.getMessageID()).isEqualTo("<msg_01JDX0000000000000000000MS@agents.example>");
        assertThat(one.getSentDate().toInstant()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(one.getHeader("In-Reply-To", ",")).isEqualTo("<msg_01JDX0000000000000000000PR@agents.example>");
        assertThat(one.getHeader("References", ",").replaceAll("\\s+", " "))
                .isEqualTo("<msg_01JDX0000000000000000000R1@agents.example> <msg_01JDX0000000000000000000PR@agents.example>");
        assertThat(one.getHeader("X-Entity-Ref-ID", ",")).isEqualTo("order-42");
        assertThat(((InternetAddress) one.getReplyTo()[0]).getAddress()).isEqualTo("replies@agents.example");
        assertThat(one.getHeader("List-Unsubscribe-Post", ",")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(unfold(one.getHeader("List-Unsubscribe", ",")))
                .isEqualTo("<https://postern.test/unsubscribe/tok1>, <mailto:unsubscribe@agents.example?subject=unsubscribe%20tok1>");
        assertThat(unfold(two.getHeader("List-Unsubscribe", ","))).isEqualTo("<https://postern.test/unsubscribe/tok2>");
        assertThat(two.getMessageID()).isEqualTo(one.getMessageID());
        assertThat(one.isMimeType("text/plain")).isTrue();
        assertThat(one.getContent()).isEqualTo("hi");
    }

    @Test
    void textAndHtmlAreAlternativesAndAttachmentsFollow() throws Exception {
        MessageContent content = new MessageContent("plain", "<b>rich</b>", Map.of(), List.of(), null, List.of(),
                List.of(new MessageContent.Attachment("résumé.pdf", "application/pdf", 3,
                        Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}))), List.of(), Map.of());
        MimeMessage m = parse(MimeComposer.compose(ENVELOPE, content).copyFor("https://postern.test/unsubscribe/t", null));
        assertThat(m.isMimeType("multipart/mixed")).isTrue();
        Multipart mixed = (Multipart) m.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("plain");
        assertThat(alternative.getBodyPart(1).getContent()).isEqualTo("<b>rich</b>");
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("résumé.pdf");
        assertThat(mixed.getBodyPart(1).getInputStream().readAllBytes()).containsExactly(1, 2, 3);
    }

    @Test
    void htmlOnlyIsAnHtmlBody() throws Exception {
        MessageContent content = new MessageContent(null, "<p>only</p>", Map.of(), List.of(), null, List.of(), List.of(), List.of(), Map.of());
        MimeMessage m = parse(MimeComposer.compose(ENVELOPE, content).copyFor("https://postern.test/unsubscribe/t", null));
        assertThat(m.isMimeType("text/html")).isTrue();
    }

    @Test
    void reservedOrMultiLineHeadersAreRefused() {
        for (Map<String, String> headers : List.of(Map.of("Message-ID", "<x@y>"), Map.of("list-unsubscribe", "<https://elsewhere>"),
                Map.of("X-SES-CONFIGURATION-SET", "other"), Map.of("X-Ok", "a\r\nBcc: victim@example.com"), Map.of("Bad Name", "x"))) {
            MessageContent content = new MessageContent("x", null, headers, List.of(), null, List.of(), List.of(), List.of(), Map.of());
            assertThatThrownBy(() -> MimeComposer.compose(ENVELOPE, content)).isInstanceOf(MimeComposer.CompositionException.class);
        }
    }

    private static MimeMessage parse(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.US_ASCII);
        assertThat(text).as("8-bit clean").matches("(?s)[\\x00-\\x7F]*");
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    private static String unfold(String header) {
        return header.replaceAll("\\r?\\n\\s*", " ");
    }
}
