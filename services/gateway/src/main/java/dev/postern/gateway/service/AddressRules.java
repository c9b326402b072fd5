package dev.postern.gateway.service;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address syntax Postern sends to: a bare RFC 5321 mailbox, {@code local@domain}, within SMTP's
 * size limits (local part 64 octets, domain 255, the whole path 254). Deliberately stricter than
 * RFC 5322: no display names, quoted local parts, comments, address literals or non-ASCII
 * (SMTPUTF8) — what a mail provider would refuse later is refused here, naming the field.
 */
public final class AddressRules {

    public static final int MAX_LOCAL_PART = 64;
    public static final int MAX_DOMAIN = 255;
    public static final int MAX_ADDRESS = 254;

    private static final Pattern ATEXT = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern NUMERIC = Pattern.compile("[0-9]+");

    private AddressRules() {
    }

    /** The address as Postern stores and sends it: surrounding blanks removed, domain in lower case. */
    public static String normalise(String address) {
        String a = address.strip();
        int at = a.lastIndexOf('@');
        return at < 0 ? a : a.substring(0, at) + "@" + a.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** Why {@code address} is not one Postern sends to, or null when it is fine. Expects a normalised address. */
    public static String problem(String address) {
        if (address.isEmpty()) {
            return "must not be empty";
        }
        String text = HeaderRules.problem(address);
        if (text != null) {
            return text;
        }
        if (address.indexOf('<') >= 0 || address.indexOf('>') >= 0 || address.indexOf(' ') >= 0) {
            return "must be a bare address like ada@example.com, without a display name or angle brackets";
        }
        if (!address.chars().allMatch(c -> c < 128)) {
            return "must be ASCII: internationalised addresses (SMTPUTF8) are not supported";
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return "must be an address like ada@example.com";
        }
        if (address.length() > MAX_ADDRESS) {
            return "must be at most " + MAX_ADDRESS + " characters";
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        String localProblem = localPartProblem(local);
        if (localProblem != null) {
            return localProblem;
        }
        return domainProblem(domain);
    }

    /** Why {@code local} is not a dot-atom local part within 64 octets, or null. */
    public static String localPartProblem(String local) {
        if (local.length() > MAX_LOCAL_PART) {
            return "local part (before the @) must be at most " + MAX_LOCAL_PART + " characters";
        }
        if (local.startsWith("\"")) {
            return "quoted local parts are not supported";
        }
        for (String atom : local.split("\\.", -1)) {
            if (atom.isEmpty()) {
                return "local part must not start or end with a dot or hold two dots in a row";
            }
            if (!ATEXT.matcher(atom).matches()) {
                return "local part holds a character that is not allowed in an address";
            }
        }
        return null;
    }

    private static String domainProblem(String domain) {
        if (domain.startsWith("[")) {
            return "address literals ([1.2.3.4]) are not supported; use a domain name";
        }
        if (domain.length() > MAX_DOMAIN) {
            return "domain must be at most " + MAX_DOMAIN + " characters";
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return "domain must be a fully qualified name like example.com";
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return "domain is not a valid host name (labels of letters, digits and inner hyphens, at most 63 each)";
            }
        }
        if (NUMERIC.matcher(labels[labels.length - 1]).matches()) {
            return "domain must end in a top-level domain, not a number";
        }
        return null;
    }
}
