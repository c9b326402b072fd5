package dev.postern.cli.stack;

/** Names of the infrastructure components, which are also their data-directory names. */
public final class Infra {

    public static final String POSTGRES = "postgres";
    public static final String KAFKA = "kafka";
    public static final String S3 = "s3";

    private Infra() {
    }
}
