package dev.postern.cli.infra;

import dev.postern.testing.S3Server;
import java.nio.file.Path;
import java.util.Map;

/**
 * The local stack's S3-API server, storing objects as files under the data directory. The access
 * and secret keys come from the environment ({@code POSTERN_S3_ACCESS_KEY},
 * {@code POSTERN_S3_SECRET_KEY}), never from the command line.
 *
 * <p>Arguments: {@code <data-dir> <port> <ready-file>}.
 */
public final class S3Main {

    private static final String USAGE = "S3Main <data-dir> <port> <ready-file>";

    private S3Main() {
    }

    public static void main(String[] args) {
        Path dataDir = InfraProcess.path(args, 0, USAGE);
        int port = InfraProcess.number(args, 1, USAGE);
        Path readyFile = InfraProcess.path(args, 2, USAGE);
        String accessKey = InfraProcess.requiredEnv("POSTERN_S3_ACCESS_KEY");
        String secretKey = InfraProcess.requiredEnv("POSTERN_S3_SECRET_KEY");
        InfraProcess.run("s3", readyFile, () -> {
            S3Server server = S3Server.start(dataDir, port, accessKey, secretKey);
            return new InfraProcess.Running(Map.of("POSTERN_S3_ENDPOINT", server.endpoint()), server::close);
        });
    }
}
