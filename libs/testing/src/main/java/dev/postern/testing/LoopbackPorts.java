package dev.postern.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Free TCP ports on 127.0.0.1, for servers that must be told their port before they bind it. */
public final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /**
     * A port that was free a moment ago and is not {@code taken} (a port already promised to the
     * same server, and free too, so the system may hand it out again). Two are held open together
     * so that one of them differs from {@code taken}.
     */
    static int freeExcept(int taken) {
        try (ServerSocket first = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket second = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return first.getLocalPort() != taken ? first.getLocalPort() : second.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        }
    }

    /**
     * {@code count} ports that were free a moment ago, all different: every socket stays bound until the last is
     * open, so the system cannot hand the same port out twice (closing each at once can, and once gave two
     * components of a test stack the same port).
     */
    public static List<Integer> distinct(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket);
                ports.add(socket.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // a listening socket that accepted nothing
                }
            }
        }
    }
}
