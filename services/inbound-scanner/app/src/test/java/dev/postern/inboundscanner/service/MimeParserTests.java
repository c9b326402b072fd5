package dev.postern.inboundscanner.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.postern.inboundscanner.config.PipelineSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile, malformed and truncated MIME never throws: it gets problems with stable codes, hard ones quarantine. */
class MimeParserTests {

    static PipelineSettings settings() {
        PipelineSettings.Limits limits = new PipelineSettings.Limits() {
            public int maxHeaders() { return 50; }
            public int maxHeaderChars() { return 2000; }
            public int maxDepth() { return 5; }
            public int maxParts() { return 40; }
            public int maxAttachments() { return 3; }
            public int maxAttachmentBytes() { return 1000; }
            public int maxTextChars() { return 10_000; }
        };
        return new PipelineSettings() {
            public Limits limits() { return limits; }
            public Jobs jobs() { return null; }
            public Block block() { return null; }
            public List<String> trustedAuthservIds() { return List.of(); }
            public boolean trustAnyAuthservId() { return true; }
        };
    }

    private final MimeParser parser = new MimeParser(settings());

    private ParsedMail parse(String raw) {
        return parser.parse(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> codes(ParsedMail mail) {
        return mail.problems().stream().map(ParsedMail.Problem::code).toList();
    }

    @Test
    void aMultipartMessageGivesTextHtmlAttachmentsAndThreadingHeaders() {
        ParsedMail mail = parse("From: =?UTF-8?Q?J=C3=B6rg?= <Joerg@Example.COM>\r\nSubject: =?UTF-8?B?SMOkbGxv?=\r\n"
                + "Message-ID: <a1@example.com>\r\nIn-Reply-To: <b2@x.example>\r\nReferences: <r0@x.example> <b2@x.example>\r\n"
                + "Content-Type: multipart/mixed; boundary=\"o\"\r\n\r\n--o\r\nContent-Type: multipart/alternative; boundary=\"i\"\r\n\r\n"
                + "--i\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nGr=FC=DFe\r\n"
                + "--i\r\nContent-Type: text/html\r\n\r\n<p>Hello</p>\r\n--i--\r\n"
                + "--o\r\nContent-Type: text/csv; name=a.csv\r\nContent-Disposition: attachment; filename=a.csv\r\n\r\nx,y\r\n"
                + "--o\r\nContent-Type: application/pdf; name=b.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--o--\r\n");
        assertThat(mail.fromAddress()).isEqualTo("joerg@example.com");
        assertThat(mail.fromName()).isEqualTo("Jörg");
        assertThat(mail.subject()).isEqualTo("Hällo");
        assertThat(mail.messageId()).isEqualTo("<a1@example.com>");
        assertThat(mail.inReplyTo()).isEqualTo("<b2@x.example>");
        assertThat(mail.references()).containsExactly("<r0@x.example>", "<b2@x.example>");
        assertThat(mail.text()).contains("Grüße");
        assertThat(mail.html()).contains("<p>Hello</p>");
        assertThat(mail.attachments()).extracting(ParsedMail.Attachment::filename).containsExactly("a.csv", "b.pdf");
        assertThat(mail.attachments().get(0).text()).contains("x,y");
        assertThat(mail.attachments().get(1).text()).isNull();
        assertThat(mail.problems()).isEmpty();
    }

    @Test
    void tooManyOrTooLongHeadersAreHardProblems() {
        assertThat(codes(parse("Subject: x\r\n" + "X-A: 1\r\n".repeat(60) + "\r\nbody"))).containsExactly("mime.too-many-headers");
        assertThat(codes(parse("Subject: " + "y".repeat(3000) + "\r\n\r\nbody"))).containsExactly("mime.header-too-long");
        assertThat(codes(parse("Subject: a\r\n" + " folded\r\n".repeat(400) + "\r\nbody"))).containsExactly("mime.header-too-long");
        assertThat(parse("Subject: " + "y".repeat(3000) + "\r\n\r\nbody").hasHardProblem()).isTrue();
    }

    @Test
    void nestingBeyondTheLimitIsAHardProblemWithoutRecursion() {
        StringBuilder raw = new StringBuilder("Subject: deep\r\n");
        int depth = 3000;
        for (int i = 0; i < depth; i++) {
            raw.append("Content-Type: multipart/mixed; boundary=b").append(i).append("\r\n\r\n--b").append(i).append("\r\n");
        }
        raw.append("Content-Type: text/plain\r\n\r\ncore\r\n");
        ParsedMail mail = parse(raw.toString());
        assertThat(codes(mail)).contains("mime.nesting-too-deep");
        assertThat(mail.hasHardProblem()).isTrue();
    }

    @Test
    void attachmentsPastTheLimitsAreListedButNotRead() {
        StringBuilder raw = new StringBuilder("Subject: many\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n");
        for (int i = 0; i < 5; i++) {
            raw.append("--z\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=f").append(i).append(".txt\r\n\r\n")
                    .append(i == 0 ? "q".repeat(5000) : "small").append("\r\n");
        }
        raw.append("--z--\r\n");
        ParsedMail mail = parse(raw.toString());
        assertThat(mail.attachments()).hasSize(5);
        assertThat(mail.attachments().get(0).text()).hasSize(1000);
        assertThat(mail.attachments().get(4).text()).isNull();
        assertThat(codes(mail)).contains("attachments.too-large", "attachments.too-many");
        assertThat(mail.hasHardProblem()).isFalse();
    }

    @Test
    void truncatedGarbageAndBrokenEncodingsNeverThrow() {
        assertThat(parse("Subject: cut\r\nContent-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\nContent-Type: text/plain\r\n\r\nhalf a mes")
                .text()).contains("half a mes");
        assertThat(parse("From: a@b.example\r\nSubject: x\r\nContent-Type: text/plain; charset=no-such-charset\r\n\r\nhello").problems())
                .extracting(ParsedMail.Problem::code).contains("mime.unknown-charset");
        assertThat(parse("Subject: b64\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64***").hasHardProblem()).isFalse();
        assertThat(codes(parse("\u0000\u0001 no headers here\r\nat all"))).contains("mime.malformed");
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] noise = new byte[random.nextInt(4000)];
            random.nextBytes(noise);
            byte[] prefixed = ("Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n" + new String(noise, StandardCharsets.ISO_8859_1))
                    .getBytes(StandardCharsets.ISO_8859_1);
            assertThat(parser.parse(noise)).isNotNull();
            assertThat(parser.parse(prefixed)).isNotNull();
        }
    }

    @Test
    void aMessageThatNeverEndsItsHeaderIsFlaggedNotLost() {
        ParsedMail mail = parse("From: a@b.example\r\nSubject: only headers");
        assertThat(codes(mail)).contains("mime.no-body");
        assertThat(mail.subject()).isEqualTo("only headers");
        assertThat(Duration.ZERO).isNotNull();
    }
}
