package dev.postern.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real RSA key and certificate made with the JDK's keytool sign SNS-shaped messages; nothing is stubbed. */
class SnsSignatureTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CERT_URL = "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-abc.pem";

    @TempDir
    static Path dir;
    private static PrivateKey key;
    private static X509Certificate certificate;

    @BeforeAll
    static void makeKey() throws Exception {
        Path store = dir.resolve("sns.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-keyalg", "RSA", "-keysize", "2048", "-alias", "sns",
                "-dname", "CN=sns.amazonaws.com", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(store.toFile())) {
            ks.load(in, "changeit".toCharArray());
        }
        key = (PrivateKey) ks.getKey("sns", "changeit".toCharArray());
        certificate = (X509Certificate) ks.getCertificate("sns");
    }

    private static String signed(String version, String message, String subject) throws Exception {
        ObjectNode n = JSON.createObjectNode().put("Type", "Notification").put("MessageId", "m-1")
                .put("TopicArn", "arn:aws:sns:eu-west-1:123:inbound").put("Message", message)
                .put("Timestamp", "2026-01-01T00:00:00.000Z").put("SignatureVersion", version).put("SigningCertURL", CERT_URL);
        if (subject != null) {
            n.put("Subject", subject);
        }
        SnsSignature.Message unsigned = SnsSignature.parse(n.put("Signature", "x").toString());
        Signature s = Signature.getInstance(version.equals("1") ? "SHA1withRSA" : "SHA256withRSA");
        s.initSign(key);
        s.update(unsigned.canonical().getBytes(StandardCharsets.UTF_8));
        return n.put("Signature", Base64.getEncoder().encodeToString(s.sign())).toString();
    }

    @Test
    void aGenuineNotificationVerifiesInBothSignatureVersions() throws Exception {
        for (String version : new String[] {"1", "2"}) {
            SnsSignature.Message m = SnsSignature.parse(signed(version, "{\"receipt\":{}}", "Amazon SES Email Receipt"));
            SnsSignature.verify(m, certificate);
            assertThat(m.isNotification()).isTrue();
        }
    }

    @Test
    void aTamperedMessageIsRefused() throws Exception {
        ObjectNode n = (ObjectNode) JSON.readTree(signed("2", "{\"receipt\":{\"a\":1}}", null));
        n.put("Message", "{\"receipt\":{\"a\":2}}");
        SnsSignature.Message m = SnsSignature.parse(n.toString());
        assertThatThrownBy(() -> SnsSignature.verify(m, certificate)).isInstanceOf(SnsSignature.Invalid.class);
    }

    @Test
    void onlySnsHostsOverHttpsMayServeTheCertificate() {
        assertThat(SnsSignature.isSnsCertificateUrl(CERT_URL)).isTrue();
        assertThat(SnsSignature.isSnsCertificateUrl("http://sns.eu-west-1.amazonaws.com/a.pem")).isFalse();
        assertThat(SnsSignature.isSnsCertificateUrl("https://sns.eu-west-1.amazonaws.com.evil.test/a.pem")).isFalse();
        assertThat(SnsSignature.isSnsCertificateUrl("https://evil.test/sns.eu-west-1.amazonaws.com/a.pem")).isFalse();
        assertThat(SnsSignature.isSnsCertificateUrl("https://sns.eu-west-1.amazonaws.com/a.pem?x=1")).isFalse();
        assertThat(SnsSignature.isSnsCertificateUrl("https://sns.eu-west-1.amazonaws.com:8443/a.pem")).isFalse();
    }

    @Test
    void malformedBodiesAreRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> SnsSignature.parse("not json")).isInstanceOf(SnsSignature.Invalid.class);
        assertThatThrownBy(() -> SnsSignature.parse("{\"Type\":\"Notification\"}")).isInstanceOf(SnsSignature.Invalid.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> SnsSignature.verify(new SnsSignature.Message("Notification", "m", null, "t", null, "x",
                "ts", "3", "c2ln", CERT_URL, null), certificate)).hasMessageContaining("SignatureVersion");
    }
}
