package dev.postern.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.postern.gateway.rest.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageDraftParserTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static List<Problem.FieldError> errors(MessageDraft.Kind kind, String json) throws Exception {
        List<Problem.FieldError> errors = new ArrayList<>();
        MessageDraftParser.parse(JSON.readTree(json), kind, "", NOW, errors);
        return errors;
    }

    @Test
    void aSingleAddressMayBeAStringAndDefaultsAreFilledIn() throws Exception {
        List<Problem.FieldError> errors = new ArrayList<>();
        MessageDraft d = MessageDraftParser.parse(JSON.readTree(
                "{\"agent\":\"bot\",\"to\":\"a@example.com\",\"subject\":\"s\",\"html\":\"<b>x</b>\","
                        + "\"attachments\":[{\"filename\":\"notes.txt\",\"content\":\"aGVs\\r\\nbG8=\"}]}"),
                MessageDraft.Kind.NEW, "", NOW, errors);
        assertThat(errors).isEmpty();
        assertThat(d.to()).containsExactly("a@example.com");
        assertThat(d.cc()).isEmpty();
        assertThat(d.attachments().get(0).contentType()).isEqualTo("text/plain");
        assertThat(d.attachments().get(0).sizeBytes()).isEqualTo(5);
        assertThat(d.attachments().get(0).contentBase64()).isEqualTo(Base64.getEncoder().encodeToString("hello".getBytes()));
    }

    @Test
    void aSingleBadAddressGivenAsAStringIsNamedWithoutAnIndex() throws Exception {
        assertThat(errors(MessageDraft.Kind.NEW, "{\"agent\":\"a\",\"to\":\"nope\",\"subject\":\"s\",\"text\":\"t\"}"))
                .extracting(Problem.FieldError::field).containsExactly("to");
    }

    @Test
    void scheduleWindowIsNowToThirtyDaysWithAMinuteOfSkew() throws Exception {
        String base = "{\"agent\":\"a\",\"to\":\"x@example.com\",\"subject\":\"s\",\"text\":\"t\",\"scheduled_at\":\"%s\"}";
        assertThat(errors(MessageDraft.Kind.NEW, base.formatted("2026-11-23T09:59:30Z"))).isEmpty();
        assertThat(errors(MessageDraft.Kind.NEW, base.formatted("2026-11-23T09:58:00Z"))).extracting(Problem.FieldError::message)
                .containsExactly("must not be in the past");
        assertThat(errors(MessageDraft.Kind.NEW, base.formatted("2026-12-23T10:00:00+00:00"))).isEmpty();
        assertThat(errors(MessageDraft.Kind.NEW, base.formatted("2026-12-23T10:00:01Z"))).hasSize(1);
        assertThat(errors(MessageDraft.Kind.NEW, base.formatted("2026-11-24T08:00:00+02:00"))).isEmpty();
    }

    @Test
    void typeErrorsNameTheFieldInsteadOfFailingTheWholeBody() throws Exception {
        assertThat(errors(MessageDraft.Kind.NEW, "{\"agent\":1,\"to\":[1],\"subject\":[],\"text\":{},\"tags\":{},\"reply_to\":true}"))
                .extracting(Problem.FieldError::field).contains("agent", "to[0]", "subject", "text", "tags", "reply_to");
    }

    @Test
    void aReplyNeedsNoRecipientsButAForwardDoes() throws Exception {
        assertThat(errors(MessageDraft.Kind.REPLY, "{\"text\":\"ok\"}")).isEmpty();
        assertThat(errors(MessageDraft.Kind.FORWARD, "{}")).extracting(Problem.FieldError::field).containsExactly("to");
        assertThat(errors(MessageDraft.Kind.FORWARD, "{\"to\":\"a@example.com\"}")).isEmpty();
    }
}
