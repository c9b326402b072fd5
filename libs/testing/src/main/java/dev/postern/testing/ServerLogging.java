package dev.postern.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the INFO chatter of the servers started here (hundreds of lines per Kafka start, the
 * whole initdb transcript, Jetty's lifecycle) out of the host's log.
 *
 * <p>Kafka, zonky and s3proxy log through slf4j. Under Quarkus (slf4j-jboss-logmanager) and with
 * slf4j-jdk14 that ends in java.util.logging, so WARNING is set on their categories here, unless
 * the host already gave one of them a level. With another slf4j provider (logback, simple) this
 * does nothing and the host configures those categories itself.
 */
final class ServerLogging {

    /**
     * The broker, controller and storage, plus the config dumps and app-info lines every Kafka
     * client and server prints on each start. Client lifecycle categories
     * ({@code org.apache.kafka.clients}) are left to the host.
     */
    static final List<String> KAFKA = List.of(
            "kafka",
            "state.change.logger",
            "org.apache.kafka.server",
            "org.apache.kafka.controller",
            "org.apache.kafka.raft",
            "org.apache.kafka.image",
            "org.apache.kafka.metadata",
            "org.apache.kafka.storage",
            "org.apache.kafka.coordinator",
            "org.apache.kafka.queue",
            "org.apache.kafka.snapshot",
            "org.apache.kafka.security",
            "org.apache.kafka.network",
            "org.apache.kafka.common.config.AbstractConfig",
            "org.apache.kafka.common.utils.AppInfoParser",
            "org.apache.kafka.common.metrics.Metrics",
            "org.apache.kafka.common.telemetry");

    /** zonky relays initdb's and pg_ctl's output line by line; the server's own log is a file in its data dir. */
    static final List<String> POSTGRES = List.of("io.zonky.test.db.postgres");

    /** s3proxy's CORS summary and its shaded Jetty's start and stop lines. */
    static final List<String> S3 = List.of("org.gaul.s3proxy", "org.gaul.shaded.org.eclipse.jetty");

    /** java.util.logging keeps loggers weakly: a level set on one nobody holds can be lost. */
    private static final List<Logger> HELD = new CopyOnWriteArrayList<>();

    private ServerLogging() {
    }

    /**
     * Kafka's broker asks Log4j for one logger (for its log-level endpoint, a no-op without
     * log4j-core). With no Log4j provider visible, and Quarkus test class loading hides the JBoss
     * one even when it is on the class path, Log4j prints an ERROR line on stderr and falls back to
     * its simple logger. Naming that simple logger up front does the same without the line. A host
     * that chose or ships a provider keeps it.
     */
    static synchronized void quietLog4jProviderLookup() {
        ClassLoader loader = ServerLogging.class.getClassLoader();
        boolean chosen = System.getProperty("log4j.provider") != null
                || System.getProperty("log4j2.provider") != null
                || System.getProperty("log4j2.loggerContextFactory") != null
                || System.getenv("LOG4J_PROVIDER") != null;
        boolean shipped = loader.getResource("META-INF/services/org.apache.logging.log4j.spi.Provider") != null
                || loader.getResource("META-INF/log4j-provider.properties") != null;
        if (!chosen && !shipped) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        }
    }

    static synchronized void quietDown(List<String> categories) {
        for (String category : categories) {
            Logger logger = Logger.getLogger(category);
            if (HELD.contains(logger)) {
                continue;
            }
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
            }
            HELD.add(logger);
        }
    }
}
