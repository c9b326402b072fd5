package dev.postern.send.service.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.postern.send.domain.MessageStatus;
import dev.postern.send.domain.SuppressionReason;
import org.junit.jupiter.api.Test;

class SesNotificationTests {

    @Test
    void identityAndEventPublishingShapesBothMap() {
        SesNotification bounce = SesNotification.parse("{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Transient\","
                + "\"bounceSubType\":\"MailboxFull\",\"bouncedRecipients\":[{\"emailAddress\":\"a@example.com\",\"diagnosticCode\":\"452 full\"}]},"
                + "\"mail\":{\"messageId\":\"ses-1\",\"commonHeaders\":{\"messageId\":\"<msg_01JDX0000000000000000000MS@agents.example>\"}}}")
                .orElseThrow();
        assertThat(bounce.outcome()).isEqualTo(MessageStatus.BOUNCED);
        assertThat(bounce.permanent()).isFalse();
        assertThat(bounce.reason()).isEqualTo("Transient/MailboxFull");
        assertThat(bounce.messageIdHint()).isEqualTo("msg_01JDX0000000000000000000MS");
        assertThat(bounce.toFeedback("ws", "msg", "sns:1").suppress()).as("a soft bounce suppresses nothing").isNull();

        SesNotification complaint = SesNotification.parse("{\"eventType\":\"Complaint\",\"complaint\":{\"complaintFeedbackType\":\"abuse\","
                + "\"complainedRecipients\":[{\"emailAddress\":\"b@example.com\"}]},\"mail\":{\"messageId\":\"ses-2\","
                + "\"tags\":{\"postern_message\":[\"msg_01JDX0000000000000000000MT\"]}}}").orElseThrow();
        assertThat(complaint.recipients()).containsExactly("b@example.com");
        assertThat(complaint.messageIdHint()).isEqualTo("msg_01JDX0000000000000000000MT");
        assertThat(complaint.toFeedback("ws", "msg", null).suppress()).isEqualTo(SuppressionReason.COMPLAINT);

        SesNotification delivery = SesNotification.parse("{\"notificationType\":\"Delivery\",\"delivery\":{\"recipients\":[\"c@example.com\"],"
                + "\"smtpResponse\":\"250 2.0.0 OK\"},\"mail\":{\"messageId\":\"ses-3\"}}").orElseThrow();
        assertThat(delivery.outcome()).isEqualTo(MessageStatus.DELIVERED);
        assertThat(delivery.smtpResponse()).isEqualTo("250 2.0.0 OK");
        assertThat(delivery.messageIdHint()).isNull();
    }

    @Test
    void otherKindsAreIgnoredAndGarbageIsRefused() {
        assertThat(SesNotification.parse("{\"eventType\":\"Open\",\"mail\":{\"messageId\":\"ses-4\"}}")).isEmpty();
        assertThatThrownBy(() -> SesNotification.parse("{\"notificationType\":\"Bounce\"}")).isInstanceOf(SesNotification.Malformed.class);
        assertThatThrownBy(() -> SesNotification.parse("nope")).isInstanceOf(SesNotification.Malformed.class);
    }
}
