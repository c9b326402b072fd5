package dev.postern.cli.process;

import dev.postern.cli.stack.PortClaim;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/** Finds ports that a component cannot have, before anything is started. */
public final class PortCheck {

    private PortCheck() {
    }

    /**
     * One line per problem with {@code claims}: a port claimed twice, or a port something else
     * already listens on. Empty when every port can be bound.
     */
    public static List<String> problems(List<PortClaim> claims, IntPredicate isFree) {
        List<String> problems = new ArrayList<>();
        Map<Integer, PortClaim> seen = new HashMap<>();
        for (PortClaim claim : claims) {
            PortClaim earlier = seen.putIfAbsent(claim.port(), claim);
            if (earlier != null) {
                problems.add("port " + claim.port() + " is configured for both " + earlier.component() + " ("
                        + earlier.variable() + ") and " + claim.component() + " (" + claim.variable() + ")");
            } else if (!isFree.test(claim.port())) {
                problems.add("port " + claim.port() + " (" + claim.component() + ") is already in use by another process;"
                        + " stop it or set " + claim.variable() + " to a free port");
            }
        }
        return problems;
    }

    /** True when a server socket can be bound to {@code 127.0.0.1:port} right now. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when something accepts a TCP connection on {@code host:port} within {@code timeoutMillis}. */
    public static boolean accepts(String host, int port, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
