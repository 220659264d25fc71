package followup.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Email address checks, done by Jakarta Mail's strict RFC 822 parser plus the mistakes people actually make. */
public final class Addresses {
    /** Public webmail domains: never taken as "the company's domain" when recognising replies. */
    public static final Set<String> WEBMAIL = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
            "live.com", "msn.com", "yahoo.com", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com",
            "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.net", "gmx.de", "web.de", "mail.com",
            "yandex.com", "yandex.ru", "zoho.com", "fastmail.com", "hey.com", "tutanota.com", "qq.com", "163.com");

    private Addresses() {
    }

    /** Empty when {@code raw} is a plain, valid address; else what is wrong with it. */
    public static Optional<String> check(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return Optional.of("it is empty");
        }
        Optional<String> mistake = CommonMistakes.of(s);
        if (mistake.isPresent()) {
            return mistake;
        }
        try {
            InternetAddress parsed = new InternetAddress(s, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !parsed.getAddress().equals(s)) {
                return Optional.of("write the bare address, without a name or angle brackets"
                        + (parsed.getAddress() == null ? "" : ": \"" + parsed.getAddress() + "\""));
            }
        } catch (AddressException e) {
            return Optional.of(CommonMistakes.inWords(s));
        }
        String domain = domainOf(s);
        if (domain.indexOf('.') < 0) {
            return Optional.of("the domain \"" + domain + "\" has no dot");
        }
        if (domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            return Optional.of("the domain \"" + domain + "\" is malformed");
        }
        return Optional.empty();
    }

    public static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * An address as compared with another: lower-cased, its domain in ASCII ({@code katrin@münchen.de} and {@code
     * katrin@xn--mnchen-3ya.de} are one address, as mail servers write it either way). Null stays null.
     */
    public static String comparable(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        return address.substring(0, at + 1).toLowerCase(Locale.ROOT) + comparableDomain(address.substring(at + 1));
    }

    /** A domain as compared with another: lower-cased and in ASCII; one that is not a valid name, lower-cased. */
    public static String comparableDomain(String domain) {
        String lower = domain.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 0x80) {
                try {
                    return IDN.toASCII(lower, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    return lower;
                }
            }
        }
        return lower;
    }

    /** Second-level labels under which anyone may register a name: {@code co.uk}, {@code com.au}, {@code ac.jp}. */
    private static final Set<String> PUBLIC_SECOND_LEVELS = Set.of("co", "com", "org", "net", "ac", "gov", "edu",
            "or", "ne", "go", "gob", "gouv", "mil", "nic", "ltd", "plc", "sch", "nhs", "info", "biz", "nom");

    /**
     * The organisation's domain above a subdomain address, {@code ibm.com} for {@code us.ibm.com}: a colleague of an
     * interviewer at {@code us.ibm.com} may write from {@code ibm.com} or {@code uk.ibm.com}. Empty for a domain of
     * two labels, and when the domain above is one where anyone registers names ({@code co.uk}, {@code com.au}).
     */
    public static Optional<String> organisationDomain(String domain) {
        String[] labels = domain.split("\\.");
        if (labels.length < 3) {
            return Optional.empty();
        }
        String parent = domain.substring(domain.indexOf('.') + 1);
        String second = labels[1];
        String top = labels[labels.length - 1];
        boolean publicSuffix = labels.length == 3 && (PUBLIC_SECOND_LEVELS.contains(second)
                || second.length() <= 2 && top.length() == 2);
        return publicSuffix || WEBMAIL.contains(parent) ? Optional.empty() : Optional.of(parent);
    }

    /**
     * The company's domains of a record that names none: those of these addresses, webmail left out, and for one at
     * a subdomain ({@code us.ibm.com}) the organisation's domain above it ({@code ibm.com}).
     */
    public static java.util.List<String> defaultDomains(Iterable<String> emails) {
        Set<String> derived = new java.util.LinkedHashSet<>();
        for (String email : emails) {
            if (email != null) {
                String d = domainOf(email);
                if (!WEBMAIL.contains(d)) {
                    derived.add(d);
                    organisationDomain(d).ifPresent(derived::add);
                }
            }
        }
        return java.util.List.copyOf(derived);
    }

    /** A mail domain as written in {@code domains = [...]}. */
    public static Optional<String> checkDomain(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        if (!s.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
            return Optional.of("\"" + raw + "\" is not a domain name");
        }
        return Optional.empty();
    }
}
