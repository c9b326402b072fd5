package dev.postern.cli.infra;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The local stack's mail sink: GreenMail accepting every message over SMTP and serving it over
 * IMAP, one mailbox per recipient address. Authentication is off, so any password logs in as any
 * address (login = the address); a mailbox exists from its first mail or first login. Mail is kept
 * in memory only: a restart of the sink empties it.
 *
 * <p>Arguments: {@code <smtp-port> <imap-port> <ready-file>}.
 */
public final class MailSinkMain {

    private static final String USAGE = "MailSinkMain <smtp-port> <imap-port> <ready-file>";
    private static final String HOST = "127.0.0.1";
    /** Held: java.util.logging keeps loggers weakly, and a level set on a collected one is lost. */
    private static final Logger GREENMAIL_LOGGER = Logger.getLogger("com.icegreen");

    private MailSinkMain() {
    }

    public static void main(String[] args) {
        // GreenMail logs every mailbox it creates with its address at INFO; addresses stay out of logs.
        GREENMAIL_LOGGER.setLevel(Level.WARNING);
        int smtpPort = InfraProcess.number(args, 0, USAGE);
        int imapPort = InfraProcess.number(args, 1, USAGE);
        Path readyFile = InfraProcess.path(args, 2, USAGE);
        InfraProcess.run("sink", readyFile, () -> {
            GreenMail greenMail = new GreenMail(new ServerSetup[] {
                    new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP)});
            greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            greenMail.start();
            return new InfraProcess.Running(
                    Map.of("POSTERN_SINK_SMTP", smtpUrl(smtpPort), "POSTERN_SINK_IMAP", imapUrl(imapPort)),
                    greenMail::stop);
        });
    }

    public static String smtpUrl(int port) {
        return "smtp://" + HOST + ":" + port;
    }

    public static String imapUrl(int port) {
        return "imap://" + HOST + ":" + port;
    }
}
