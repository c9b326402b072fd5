package dev.postern.send.service.sns;

import dev.postern.auth.SnsSignature;
import dev.postern.send.client.SnsFetcher;
import dev.postern.send.config.SnsSettings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Verifies an SNS message's signature before anything in it is believed ({@link SnsSignature}:
 * SignatureVersion 1 or 2 over the canonical string). The certificate URL must be an SNS host over
 * HTTPS before it is fetched; fetched certificates are kept, least recently used out.
 */
@ApplicationScoped
public class SnsSignatureVerifier {

    private final SnsFetcher fetcher;
    private final Map<String, X509Certificate> certificates;

    public SnsSignatureVerifier(SnsFetcher fetcher, SnsSettings settings) {
        this.fetcher = fetcher;
        int size = settings.certificateCacheSize();
        this.certificates = Collections.synchronizedMap(new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, X509Certificate> eldest) {
                return size() > size;
            }
        });
    }

    public Uni<Void> verify(SnsSignature.Message m) {
        if (!"1".equals(m.signatureVersion()) && !"2".equals(m.signatureVersion())) {
            return reject(SnsRejection.Kind.NOT_AUTHENTIC, "SignatureVersion " + m.signatureVersion() + " is not 1 or 2");
        }
        if (!SnsSignature.isSnsCertificateUrl(m.signingCertUrl())) {
            return reject(SnsRejection.Kind.NOT_AUTHENTIC, "SigningCertURL is not an SNS certificate URL");
        }
        return certificate(m.signingCertUrl()).map(cert -> {
            try {
                SnsSignature.verify(m, cert);
            } catch (SnsSignature.Invalid e) {
                throw new SnsRejection(SnsRejection.Kind.NOT_AUTHENTIC, e.getMessage());
            }
            return null;
        });
    }

    private Uni<X509Certificate> certificate(String url) {
        X509Certificate cached = certificates.get(url);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return fetcher.get(URI.create(url))
                .onFailure().transform(e -> new SnsRejection(SnsRejection.Kind.CERTIFICATE_UNAVAILABLE,
                        "the signing certificate could not be fetched: " + e.getMessage()))
                .map(bytes -> {
                    try {
                        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                                .generateCertificate(new ByteArrayInputStream(bytes));
                        certificates.put(url, cert);
                        return cert;
                    } catch (GeneralSecurityException | ClassCastException e) {
                        throw new SnsRejection(SnsRejection.Kind.NOT_AUTHENTIC, "SigningCertURL does not hold an X.509 certificate");
                    }
                });
    }

    private static Uni<Void> reject(SnsRejection.Kind kind, String why) {
        return Uni.createFrom().failure(new SnsRejection(kind, why));
    }
}
