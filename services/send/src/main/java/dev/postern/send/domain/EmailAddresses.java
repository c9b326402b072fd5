package dev.postern.send.domain;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.regex.Pattern;

/** Bare addresses ({@code ada@example.com}): how they are checked, compared, and shown in logs. */
public final class EmailAddresses {

    /** RFC 5321's limit on a forward path. */
    public static final int MAX_LENGTH = 254;
    private static final Pattern DOMAIN = Pattern.compile("(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    private static final Pattern ANY_ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

    private EmailAddresses() {
    }

    /** The form addresses are stored and compared in: trimmed and lower-cased. */
    public static String normalize(String address) {
        return address == null ? null : address.strip().toLowerCase(Locale.ROOT);
    }

    /** True for a bare addr-spec with a dotted domain name, nothing else (no display name, no comments). */
    public static boolean isValid(String address) {
        if (address == null || address.isEmpty() || address.length() > MAX_LENGTH || !address.strip().equals(address)) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            int at = address.lastIndexOf('@');
            return parsed.getPersonal() == null && address.equals(parsed.getAddress()) && at > 0
                    && DOMAIN.matcher(address.substring(at + 1)).matches();
        } catch (AddressException e) {
            return false;
        }
    }

    public static String domain(String address) {
        return address.substring(address.lastIndexOf('@') + 1);
    }

    /** Masks every address inside a free text (a server's answer, an exception message) for a log line. */
    public static String maskAll(String text) {
        return text == null ? null : ANY_ADDRESS.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(mask(m.group())));
    }

    /** For log lines: {@code a***@e***.com}. Never log an address any other way. */
    public static String mask(String address) {
        if (address == null) {
            return "null";
        }
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        String domain = address.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String tld = dot < 0 ? "" : domain.substring(dot);
        return address.charAt(0) + "***@" + (domain.isEmpty() ? "" : domain.charAt(0) + "***") + tld;
    }
}
