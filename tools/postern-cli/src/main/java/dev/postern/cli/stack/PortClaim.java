package dev.postern.cli.stack;

/** A port a component will listen on, and the variable that moves it. */
public record PortClaim(String component, String variable, int port) {

    @Override
    public String toString() {
        return port + " (" + component + ", " + variable + ")";
    }
}
