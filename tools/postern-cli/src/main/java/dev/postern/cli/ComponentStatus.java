package dev.postern.cli;

import java.util.OptionalLong;

/** What {@code status} shows for one component. */
public record ComponentStatus(String name, State state, OptionalLong pid, String address, String health) {

    public enum State {
        RUNNING("running"),
        STOPPED("stopped"),
        /** A server the user runs (POSTERN_DB_URL): never started or stopped here. */
        EXTERNAL("external");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isUp() {
        return state != State.STOPPED && health.equals("healthy");
    }
}
