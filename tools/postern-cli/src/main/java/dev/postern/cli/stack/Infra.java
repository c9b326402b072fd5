package dev.postern.cli.stack;

/** Names of the infrastructure components, which are also their data-directory names. */
public final class Infra {

    public static final String POSTGRES = "postgres";
    public static final String KAFKA = "kafka";
    public static final String S3 = "s3";
    /** The local mail sink (SMTP in, IMAP out) the send service delivers into. */
    public static final String SINK = "sink";
    /** Not a process: the sink's second port (IMAP), claimed beside its SMTP port. */
    public static final String SINK_IMAP = "sink-imap";

    private Infra() {
    }
}
