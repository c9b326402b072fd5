package dev.postern.send;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A real SMTP + IMAP server (GreenMail) for the SMTP path: the service delivers into it, tests read
 * each recipient's mailbox over IMAP (login = the address, any password).
 */
public class MailSinkResource implements QuarkusTestResourceLifecycleManager {

    public static final String IMAP_PORT = "sink.imap-port";

    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()});
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return Map.of("postern.smtp.port", Integer.toString(greenMail.getSmtp().getPort()),
                IMAP_PORT, Integer.toString(greenMail.getImap().getPort()));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
