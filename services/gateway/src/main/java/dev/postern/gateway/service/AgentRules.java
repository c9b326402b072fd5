package dev.postern.gateway.service;

import java.util.Set;
import java.util.regex.Pattern;

/** What an agent's name, local part and display name may be. */
public final class AgentRules {

    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    public static final int MAX_DISPLAY_NAME = 100;

    /**
     * Role addresses of the shared domain (RFC 2142, and what mail systems use for themselves): they
     * belong to the platform's operators, never to an agent.
     */
    private static final Set<String> RESERVED_LOCAL_PARTS = Set.of("postmaster", "abuse", "hostmaster", "webmaster",
            "security", "root", "mailer-daemon", "bounce", "bounces", "unsubscribe", "postern");

    private AgentRules() {
    }

    public static String nameProblem(String name) {
        return NAME.matcher(name).matches() ? null
                : "must be 1-64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit";
    }

    /** Why {@code local} cannot be the local part of an agent's address on the shared domain, or null. */
    public static String localPartProblem(String local) {
        if (!NAME.matcher(local).matches()) {
            return "must be 1-64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit";
        }
        String syntax = AddressRules.localPartProblem(local);
        if (syntax != null) {
            return syntax;
        }
        if (RESERVED_LOCAL_PARTS.contains(local)) {
            return "'" + local + "' is reserved for the platform";
        }
        return null;
    }

    public static String displayNameProblem(String displayName) {
        if (displayName.isBlank()) {
            return "must not be blank (send null to remove it)";
        }
        if (displayName.length() > MAX_DISPLAY_NAME) {
            return "must be at most " + MAX_DISPLAY_NAME + " characters";
        }
        return HeaderRules.problem(displayName);
    }
}
