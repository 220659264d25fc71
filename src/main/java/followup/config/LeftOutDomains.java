package followup.config;

import com.typesafe.config.ConfigUtil;
import followup.plan.Interviewer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The interviewers' own mail domains that a record's written {@code domains} leave out. Once written, {@code domains}
 * replaces the default (the interviewers' domains): a sister domain written alone ({@code domains = ["acme.io"]})
 * would let an answer from an interviewer's colleague at {@code acme.com} hold nothing, and the follow-ups go out.
 * Webmail is no company's domain, a domain under a listed one ({@code us.acme.com} under {@code acme.com}) is covered
 * by it, and an address in {@code domains} stands for one person, covering no domain. An interviewer whose own
 * address is listed there is one the user chose alone (an agency's recruiter who sat in): their domain is not asked
 * for.
 */
final class LeftOutDomains {
    private LeftOutDomains() {
    }

    /**
     * @param written      the record's {@code domains} as read (domains and addresses, lower-cased)
     * @param interviewers the record's interviewers
     * @return the warning's message, naming the domains left out and the line to write; empty when none is
     */
    static Optional<String> of(List<String> written, List<Interviewer> interviewers) {
        List<String> listed = written.stream().filter(d -> !d.contains("@")).map(Addresses::comparableDomain).toList();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (Interviewer i : interviewers) {
            if (i.email() == null || i.email().lastIndexOf('@') < 0 || written.contains(lower(i.email()))) {
                continue;
            }
            String domain = Addresses.domainOf(i.email());
            String comparable = Addresses.comparableDomain(domain);
            if (Addresses.WEBMAIL.contains(comparable)
                    || listed.stream().anyMatch(d -> comparable.equals(d) || comparable.endsWith("." + d))) {
                continue;
            }
            shown.putIfAbsent(comparable, domain);
            missing.computeIfAbsent(comparable, k -> new ArrayList<>()).add(i.name());
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = new ArrayList<>();
        missing.forEach((d, people) -> named.add(shown.get(d) + " (" + String.join(", ", people) + ")"));
        List<String> line = new ArrayList<>(written);
        line.addAll(shown.values());
        boolean one = missing.size() == 1;
        return Optional.of("the interviewers' own domain" + (one ? " " : "s ") + and(named) + (one ? " is" : " are")
                + " not in domains, which once written replaces them: an answer from anyone else there (a colleague,"
                + " the recruiter) would hold nothing, and the follow-ups would go out; write domains = ["
                + String.join(", ", line.stream().map(ConfigUtil::quoteString).toList()) + "]");
    }

    private static String lower(String address) {
        return address.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String and(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
