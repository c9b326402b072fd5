package dev.postern.inboundscanner.client;

import dev.postern.inboundscanner.config.SmtpSettings;
import dev.postern.inboundscanner.service.Reception;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The SMTP listener (local reception): started with the service when enabled, on {@code postern.smtp.host:port}.
 * SIZE is advertised and enforced, recipients are limited per message, and each session's handler decides at RCPT
 * and answers 250 to DATA only once the message is durable.
 */
@ApplicationScoped
public class SmtpListener {

    private static final Logger LOG = Logger.getLogger(SmtpListener.class);

    private final SmtpSettings settings;
    private final Reception reception;
    private SMTPServer server;

    public SmtpListener(SmtpSettings settings, Reception reception) {
        this.settings = settings;
        this.reception = reception;
    }

    void start(@Observes StartupEvent ignored) throws UnknownHostException {
        if (!settings.enabled()) {
            LOG.info("SMTP listener disabled (postern.smtp.enabled=false)");
            return;
        }
        server = SMTPServer.port(settings.port())
                .bindAddress(InetAddress.getByName(settings.host()))
                .hostName(settings.hostname())
                .softwareName("Postern inbound")
                .maxMessageSize(settings.maxMessageBytes())
                .maxRecipients(settings.maxRecipients())
                .maxConnections(settings.maxConnections())
                .connectionTimeout((int) settings.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .messageHandlerFactory(context -> new SmtpSession(reception, settings))
                .build();
        server.start();
        LOG.infof("SMTP listener on %s:%d (max %d bytes, %d recipients)", settings.host(), server.getPortAllocated(),
                settings.maxMessageBytes(), settings.maxRecipients());
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (server != null) {
            server.stop();
        }
    }

    /** The bound port (differs from the setting when that is 0). */
    public int port() {
        return server == null ? -1 : server.getPortAllocated();
    }
}
