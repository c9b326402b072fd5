package dev.postern.send;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.postern.auth.SnsSignature;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Signs SNS messages as SNS does, with an RSA key and a self-signed certificate made for the test. */
public final class SnsSigner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeyPair keys;
    private final X509Certificate certificate;

    public SnsSigner() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(new X500Name("CN=sns.amazonaws.com"), BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(1, ChronoUnit.DAYS)),
                    new X500Name("CN=sns.amazonaws.com"), keys.getPublic());
            certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] pem() {
        try {
            return ("-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode notification(String topicArn, String message, String certUrl) {
        ObjectNode n = JSON.createObjectNode();
        n.put("Type", SnsSignature.NOTIFICATION);
        n.put("MessageId", UUID.randomUUID().toString());
        n.put("TopicArn", topicArn);
        n.put("Message", message);
        n.put("Timestamp", Instant.now().toString());
        n.put("SignatureVersion", "2");
        n.put("SigningCertURL", certUrl);
        return n;
    }

    public static ObjectNode confirmation(String topicArn, String subscribeUrl, String certUrl) {
        ObjectNode n = JSON.createObjectNode();
        n.put("Type", SnsSignature.SUBSCRIPTION_CONFIRMATION);
        n.put("MessageId", UUID.randomUUID().toString());
        n.put("Token", "token-" + UUID.randomUUID());
        n.put("TopicArn", topicArn);
        n.put("Message", "You have chosen to subscribe to the topic " + topicArn);
        n.put("SubscribeURL", subscribeUrl);
        n.put("Timestamp", Instant.now().toString());
        n.put("SignatureVersion", "2");
        n.put("SigningCertURL", certUrl);
        return n;
    }

    /** Adds {@code Signature} over the canonical string with the algorithm of its SignatureVersion; returns the JSON. */
    public String sign(ObjectNode message) {
        try {
            SnsSignature.Message parsed = SnsSignature.parse(withPlaceholderSignature(message));
            Signature signature = Signature.getInstance("1".equals(parsed.signatureVersion()) ? "SHA1withRSA" : "SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(parsed.canonical().getBytes(StandardCharsets.UTF_8));
            message.put("Signature", Base64.getEncoder().encodeToString(signature.sign()));
            return JSON.writeValueAsString(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String withPlaceholderSignature(ObjectNode message) throws Exception {
        ObjectNode copy = message.deepCopy();
        copy.put("Signature", "placeholder");
        return JSON.writeValueAsString(copy);
    }
}
