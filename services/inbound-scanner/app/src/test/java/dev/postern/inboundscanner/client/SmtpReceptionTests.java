package dev.postern.inboundscanner.client;

import static dev.postern.inboundscanner.InboundTestSupport.address;
import static dev.postern.inboundscanner.InboundTestSupport.agentEvent;
import static dev.postern.inboundscanner.InboundTestSupport.agentId;
import static dev.postern.inboundscanner.InboundTestSupport.api;
import static dev.postern.inboundscanner.InboundTestSupport.awaitList;
import static dev.postern.inboundscanner.InboundTestSupport.createAgent;
import static dev.postern.inboundscanner.InboundTestSupport.json;
import static dev.postern.inboundscanner.InboundTestSupport.processed;
import static dev.postern.inboundscanner.InboundTestSupport.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postern.events.EventType;
import dev.postern.inboundscanner.SmtpDialogue;
import dev.postern.testing.PosternInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Reception over real SMTP: what is accepted, what is refused and with which code, and where the raw MIME goes. */
@QuarkusTest
@WithTestResource(value = PosternInfraResource.class, initArgs = {
        @ResourceArg(name = "service", value = "inbound_scanner"), @ResourceArg(name = "s3", value = "true")})
class SmtpReceptionTests {

    @Inject
    RawMailStore store;

    @Test
    void aPlainMailFromARealSmtpClientIsStoredInS3AndDeliveredCleanWithItsText() throws Exception {
        String ws = workspace();
        String agent = agentId();
        String to = address("support");
        createAgent(ws, agent, to);

        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(SmtpDialogue.port()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "30000");
        Session session = Session.getInstance(props);
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(new InternetAddress("ann@customer.example", "Ann Example"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        mail.setSubject("Invoice 4711");
        mail.setText("Hi, could you send me the invoice for October?\n\nThanks,\nAnn\n\n-- \nAnn Example, Example GmbH\n");
        Transport.send(mail);

        JsonNode list = awaitList(ws, 1);
        String id = list.get("data").get(0).get("id").asText();
        JsonNode detail = processed(ws, id);
        assertThat(detail.get("status").asText()).isEqualTo("delivered");
        assertThat(detail.get("verdict").asText()).isEqualTo("clean");
        assertThat(detail.get("agent_id").asText()).isEqualTo(agent);
        assertThat(detail.get("from").asText()).isEqualTo("ann@customer.example");
        assertThat(detail.get("subject").asText()).isEqualTo("Invoice 4711");
        assertThat(detail.get("text").asText()).contains("invoice for October");
        assertThat(detail.get("reply_text").asText()).isEqualTo("Hi, could you send me the invoice for October?\n\nThanks,\nAnn");
        assertThat(detail.get("spotlighted_text").asText()).contains("UNTRUSTED_EMAIL_CONTENT").contains("invoice for October");
        assertThat(detail.get("scanner_version").asText()).startsWith("postern-scanner/");
        assertThat(detail.get("injection_score").asDouble()).isBetween(0.0, 0.45);
        assertThat(detail.get("thread_id").asText()).startsWith("thr_");

        String key = ws + "/" + java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(java.time.ZoneOffset.UTC)
                .format(java.time.Instant.parse(detail.get("received_at").asText())) + "/" + id + ".eml";
        String raw = new String(store.get(key), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(raw).contains("Subject: Invoice 4711").contains("invoice for October");
    }

    @Test
    void unknownAndArchivedMailboxesAreRefusedAtRcptWith550() {
        String ws = workspace();
        String agent = agentId();
        String to = address("sales");
        createAgent(ws, agent, to);
        try (SmtpDialogue smtp = SmtpDialogue.open()) {
            assertThat(smtp.command("EHLO client.example")).startsWith("250");
            assertThat(smtp.command("MAIL FROM:<x@sender.example>")).startsWith("250");
            assertThat(smtp.command("RCPT TO:<nobody-" + agent.toLowerCase() + "@agents.postern.test>")).startsWith("550 5.1.1");
            assertThat(smtp.command("RCPT TO:<" + to + ">")).startsWith("250");
        }
        agentEvent(EventType.AGENT_ARCHIVED, ws, agent, to, "archived");
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (SmtpDialogue smtp = SmtpDialogue.open()) {
                smtp.command("EHLO client.example");
                smtp.command("MAIL FROM:<x@sender.example>");
                return smtp.command("RCPT TO:<" + to + ">").startsWith("550 5.1.1");
            }
        });
        assertThat(api(ws).get("/inbound").then().statusCode(200).extract().jsonPath().getList("data")).isEmpty();
    }

    @Test
    void sizeIsAdvertisedAndOversizedMailIsRefusedAtData() {
        String ws = workspace();
        String to = address("big");
        createAgent(ws, agentId(), to);
        try (SmtpDialogue smtp = SmtpDialogue.open()) {
            assertThat(smtp.command("EHLO client.example")).contains("SIZE 1048576");
            // declared too big: refused at MAIL
            assertThat(smtp.command("MAIL FROM:<x@sender.example> SIZE=2000000")).startsWith("552");
            assertThat(smtp.command("MAIL FROM:<x@sender.example>")).startsWith("250");
            assertThat(smtp.command("RCPT TO:<" + to + ">")).startsWith("250");
            String big = "Subject: big\r\n\r\n" + ("x".repeat(999) + "\r\n").repeat(1100);
            assertThat(smtp.data(big.getBytes(java.nio.charset.StandardCharsets.US_ASCII))).startsWith("552");
        }
        assertThat(api(ws).get("/inbound").then().statusCode(200).extract().jsonPath().getList("data")).isEmpty();
    }

    @Test
    void tooManyRecipientsAreRefused() {
        String ws = workspace();
        String to = address("many");
        createAgent(ws, agentId(), to);
        try (SmtpDialogue smtp = SmtpDialogue.open()) {
            smtp.command("EHLO client.example");
            smtp.command("MAIL FROM:<x@sender.example>");
            String last = "";
            for (int i = 0; i < 6; i++) {
                last = smtp.command("RCPT TO:<" + to + ">");
            }
            assertThat(last).startsWith("452");
        }
    }

    @Test
    void malformedMimeIsAcceptedStoredAndQuarantinedWithAReason() {
        String ws = workspace();
        String to = address("parser");
        createAgent(ws, agentId(), to);
        String garbage = "\u0001\u0002 this is not a mail at all\r\n\u0000\u00ff binary junk without headers\r\n";
        assertThat(SmtpDialogue.send("x@sender.example", to, garbage)).matches("250 2\\.0\\.0 Ok: queued as inb_\\w+");
        String id = awaitList(ws, 1).get("data").get(0).get("id").asText();
        JsonNode detail = processed(ws, id);
        assertThat(detail.get("status").asText()).isEqualTo("quarantined");
        assertThat(detail.get("verdict").asText()).isEqualTo("quarantined");
        assertThat(detail.get("reasons").toString()).contains("mime.malformed");
        assertThat(detail.get("content_withheld").asBoolean()).isTrue();
        JsonNode quarantined = json(api(ws).queryParam("include_raw", true).get("/quarantine/" + id).then().statusCode(200)
                .extract().asString());
        assertThat(quarantined.get("raw_mime").asText()).contains("this is not a mail at all");
    }
}
