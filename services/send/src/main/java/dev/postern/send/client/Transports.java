package dev.postern.send.client;

import dev.postern.send.config.SesSettings;
import dev.postern.send.config.SmtpSettings;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Chooses the transport from {@code postern.transport}; only the chosen one is built. */
@ApplicationScoped
public class Transports {

    private static final Logger LOG = Logger.getLogger(Transports.class);

    @Produces
    @Singleton
    @Startup
    Transport transport(@ConfigProperty(name = "postern.transport") String kind, SmtpSettings smtp, SesSettings ses) {
        Transport transport = switch (kind) {
            case "smtp" -> new SmtpTransport(smtp);
            case "ses" -> new SesTransport(ses);
            default -> throw new IllegalArgumentException("postern.transport must be smtp or ses, got '" + kind + "'");
        };
        LOG.infof("transport: %s%s", transport.name(), switch (kind) {
            case "smtp" -> " via " + smtp.host() + ":" + smtp.port();
            default -> " in " + ses.region() + ses.endpoint().map(e -> " at " + e).orElse("");
        });
        return transport;
    }

    void close(@Disposes Transport transport) {
        transport.close();
    }
}
