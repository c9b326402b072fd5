package dev.postern.send.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.postern.auth.UnsubscribeToken;
import dev.postern.events.EventEnvelope;
import dev.postern.events.EventJson;
import dev.postern.events.Topics;
import dev.postern.events.payload.MessageEventV1;
import dev.postern.events.payload.SendRequestedV1;
import dev.postern.send.Internal;
import dev.postern.send.MailSinkResource;
import dev.postern.send.Mailboxes;
import dev.postern.send.SendRequests;
import dev.postern.send.TopicReader;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The SMTP path end to end: a send request on Kafka becomes mail in a real SMTP/IMAP server. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = @ResourceArg(name = "service", value = "send"))
@WithTestResource(MailSinkResource.class)
class SmtpPathTests {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("<https://postern\\.test/unsubscribe/([A-Za-z0-9._-]+)>, <mailto:unsubscribe@agents\\.postern\\.test\\?subject=unsubscribe%20([A-Za-z0-9._-]+)>");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = MailSinkResource.IMAP_PORT)
    int imap;
    @ConfigProperty(name = "postern.internal.secret")
    String secret;

    @Test
    void aRequestArrivesInEachRecipientsMailboxWithCorrectHeaders() throws Exception {
        String ws = SendRequests.workspace();
        String id = SendRequests.messageId();
        List<String> to = List.of("ann@example.com", "bob@example.com");
        SendRequestedV1 request = SendRequests.request(id, to, List.of("cyd@example.com"), List.of("hidden@example.com"), "live", null,
                Map.of("X-Campaign", "spring-launch"),
                List.of(new SendRequestedV1.Attachment("report.txt", "text/plain", 11,
                        Base64.getEncoder().encodeToString("hello world".getBytes(StandardCharsets.UTF_8)))));
        try (TopicReader events = new TopicReader(bootstrap, Topics.MESSAGES)) {
            SendRequests.publish(bootstrap, SendRequests.event(ws, request));

            await().atMost(Duration.ofSeconds(60)).until(() -> Internal.status(ws, id).equals("delivered"));

            for (String recipient : List.of("ann@example.com", "bob@example.com", "cyd@example.com", "hidden@example.com")) {
                List<MimeMessage> mail = Mailboxes.withMessageId(imap, recipient, "<" + id + "@agents.postern.test>");
                assertThat(mail).as("mail for " + recipient).hasSize(1);
                MimeMessage m = mail.get(0);
                assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("ada@agents.postern.test");
                assertThat(((InternetAddress) m.getFrom()[0]).getPersonal()).isEqualTo("Ada Agent");
                assertThat(m.getHeader("To", ",")).isEqualTo("ann@example.com, bob@example.com");
                assertThat(m.getHeader("Cc", ",")).isEqualTo("cyd@example.com");
                assertThat(m.getHeader("Bcc")).isNull();
                assertThat(new String(m.getRawInputStream().readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("hidden@example.com");
                assertThat(((InternetAddress) m.getReplyTo()[0]).getAddress()).isEqualTo("replies@agents.postern.test");
                assertThat(m.getSubject()).isEqualTo("Hello from " + id);
                assertThat(m.getSentDate()).isNotNull();
                assertThat(m.getHeader("X-Campaign", ",")).isEqualTo("spring-launch");
                assertThat(m.getHeader("List-Unsubscribe-Post", ",")).isEqualTo("List-Unsubscribe=One-Click");
                Matcher unsubscribe = UNSUBSCRIBE.matcher(m.getHeader("List-Unsubscribe", ",").replaceAll("\\r?\\n\\s*", " "));
                assertThat(unsubscribe.matches()).as("List-Unsubscribe of " + recipient).isTrue();
                assertThat(UnsubscribeToken.verify(secret, unsubscribe.group(1)))
                        .contains(new UnsubscribeToken.Claims(ws, id, recipient));
                assertThat(unsubscribe.group(2)).isEqualTo(unsubscribe.group(1));
                assertStructure(m, id);
            }

            JsonPath message = Internal.as(ws).get("/internal/v1/workspaces/{ws}/messages/{id}", ws, id).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(message.getList("history.status")).containsExactly("queued", "sent", "delivered");
            assertThat(message.getList("recipients.status")).containsOnly("delivered");
            assertThat(message.getList("bcc")).containsExactly("hidden@example.com");
            assertThat(message.getString("text")).isEqualTo("Plain text body of " + id);

            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(events.types(ws))
                    .containsExactly("message.queued", "message.sent", "message.delivered"));
            EventEnvelope sent = events.events(ws).stream().filter(e -> e.type().equals("message.sent")).findFirst().orElseThrow();
            MessageEventV1 data = sent.dataAs(MessageEventV1.class);
            assertThat(data.recipients()).containsExactly("ann@example.com", "bob@example.com", "cyd@example.com", "hidden@example.com");
            assertThat(data.testMode()).isFalse();
            assertThat(sent.target().id()).isEqualTo(id);
        }
    }

    private static void assertStructure(MimeMessage m, String id) throws Exception {
        assertThat(m.isMimeType("multipart/mixed")).isTrue();
        Multipart mixed = (Multipart) m.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        Part body = mixed.getBodyPart(0);
        assertThat(body.isMimeType("multipart/alternative")).isTrue();
        Multipart alternative = (Multipart) body.getContent();
        assertThat(alternative.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(alternative.getBodyPart(0).getContent()).isEqualTo("Plain text body of " + id);
        assertThat(alternative.getBodyPart(1).isMimeType("text/html")).isTrue();
        Part attachment = mixed.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("report.txt");
        assertThat(new String(attachment.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello world");
    }
}
