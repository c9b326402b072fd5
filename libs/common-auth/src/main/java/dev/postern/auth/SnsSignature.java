package dev.postern.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amazon SNS HTTP(S) deliveries, verified before anything in them is believed: the message is parsed, its signing
 * certificate URL must be an SNS host over HTTPS ({@link #isSnsCertificateUrl}) before the caller fetches it, and the
 * signature (SignatureVersion 1 = SHA1withRSA, 2 = SHA256withRSA) must verify over the canonical string with that
 * certificate, valid today. Fetching is the caller's (with its own timeout and cache); this class makes no call.
 */
public final class SnsSignature {

    public static final String NOTIFICATION = "Notification";
    public static final String SUBSCRIPTION_CONFIRMATION = "SubscriptionConfirmation";
    public static final String UNSUBSCRIBE_CONFIRMATION = "UnsubscribeConfirmation";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SNS_HOST = Pattern.compile("sns\\.[a-z]{2}(-[a-z]+)+-[0-9]+\\.amazonaws\\.com(\\.cn)?");

    private SnsSignature() {
    }

    /** A body that is not an SNS message, or whose signature does not hold. */
    public static final class Invalid extends RuntimeException {
        public Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /** The fields of an SNS delivery that the signature covers, and the few around them. */
    public record Message(String type, String messageId, String token, String topicArn, String subject, String message,
                          String timestamp, String signatureVersion, String signature, String signingCertUrl,
                          String subscribeUrl) {

        public boolean isNotification() {
            return NOTIFICATION.equals(type);
        }

        /** The string SNS signed: fixed field order, each as {@code name\nvalue\n}. */
        public String canonical() {
            StringBuilder s = new StringBuilder();
            append(s, "Message", message);
            append(s, "MessageId", messageId);
            if (isNotification()) {
                if (subject != null) {
                    append(s, "Subject", subject);
                }
            } else {
                append(s, "SubscribeURL", subscribeUrl);
            }
            append(s, "Timestamp", timestamp);
            if (!isNotification()) {
                append(s, "Token", token);
            }
            append(s, "TopicArn", topicArn);
            append(s, "Type", type);
            return s.toString();
        }

        private static void append(StringBuilder s, String name, String value) {
            s.append(name).append('\n').append(value).append('\n');
        }
    }

    public static Message parse(String body) {
        JsonNode node;
        try {
            node = body == null ? null : JSON.readTree(body);
        } catch (IOException e) {
            throw new Invalid("the body is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new Invalid("the body is not a JSON object");
        }
        Message m = new Message(text(node, "Type"), text(node, "MessageId"), text(node, "Token"), text(node, "TopicArn"),
                text(node, "Subject"), text(node, "Message"), text(node, "Timestamp"), text(node, "SignatureVersion"),
                text(node, "Signature"), text(node, "SigningCertURL"), text(node, "SubscribeURL"));
        String[][] required = {{"Type", m.type()}, {"MessageId", m.messageId()}, {"TopicArn", m.topicArn()},
                {"Message", m.message()}, {"Timestamp", m.timestamp()}, {"SignatureVersion", m.signatureVersion()},
                {"Signature", m.signature()}, {"SigningCertURL", m.signingCertUrl()}};
        for (String[] field : required) {
            if (field[1] == null) {
                throw new Invalid(field[0] + " is missing");
            }
        }
        boolean confirmation = SUBSCRIPTION_CONFIRMATION.equals(m.type()) || UNSUBSCRIBE_CONFIRMATION.equals(m.type());
        if (!m.isNotification() && !confirmation) {
            throw new Invalid("Type is not an SNS message type");
        }
        if (confirmation && (m.subscribeUrl() == null || m.token() == null)) {
            throw new Invalid("a confirmation needs SubscribeURL and Token");
        }
        return m;
    }

    /** HTTPS on the default port, an {@code sns.<region>.amazonaws.com} host, a {@code .pem} path, no query. */
    public static boolean isSnsCertificateUrl(String url) {
        URI uri = uri(url);
        return uri != null && isSnsHost(uri) && uri.getRawPath() != null && uri.getRawPath().endsWith(".pem")
                && uri.getRawQuery() == null;
    }

    /** Where a subscription may be confirmed: an SNS host over HTTPS. */
    public static boolean isSnsUrl(String url) {
        URI uri = uri(url);
        return uri != null && isSnsHost(uri);
    }

    /** Throws {@link Invalid} unless {@code certificate} (fetched from {@code m.signingCertUrl()}) signed {@code m}. */
    public static void verify(Message m, X509Certificate certificate) {
        String algorithm = switch (m.signatureVersion()) {
            case "1" -> "SHA1withRSA";
            case "2" -> "SHA256withRSA";
            default -> throw new Invalid("SignatureVersion is not 1 or 2");
        };
        try {
            certificate.checkValidity();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(m.canonical().getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(Base64.getDecoder().decode(m.signature()))) {
                throw new Invalid("the signature does not match the message");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Invalid("the signature cannot be verified: " + e.getClass().getSimpleName());
        }
    }

    private static boolean isSnsHost(URI uri) {
        String host = uri.getHost();
        return "https".equals(uri.getScheme()) && uri.getRawUserInfo() == null && uri.getRawFragment() == null
                && (uri.getPort() == -1 || uri.getPort() == 443) && host != null
                && host.equals(host.toLowerCase(Locale.ROOT)) && SNS_HOST.matcher(host).matches();
    }

    private static URI uri(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && !uri.isOpaque() ? uri : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
