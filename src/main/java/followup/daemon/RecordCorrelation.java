package followup.daemon;

import followup.config.Addresses;
import followup.inbox.CompanyNames;
import followup.inbox.Correlation;
import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.store.MessageStore;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What ties a mail in the user's mailbox to an interview, for the classifier: the Message-IDs of what followup sent
 * (in the store), and the people, domains and company names of the records (in the record book, as they are now).
 */
final class RecordCorrelation implements Correlation {
    private final RecordBook book;
    private final MessageStore store;

    RecordCorrelation(RecordBook book, MessageStore store) {
        this.book = book;
        this.store = store;
    }

    @Override
    public Optional<String> interviewOfMessageId(String messageId) {
        return store.interviewOfMessageId(messageId);
    }

    @Override
    public Map<String, String> interviewsOfMessageIds(Collection<String> messageIds) {
        return store.interviewsOfMessageIds(messageIds);
    }

    @Override
    public Set<String> interviewsOfSender(String fromAddress, Instant received) {
        return interviewsOf(fromAddress, received, true);
    }

    @Override
    public Set<String> interviewsOfPerson(String address, Instant received) {
        return interviewsOf(address, received, false);
    }

    /**
     * The interviews begun by {@code received} whose interviewer, contact or one of whose {@code domains} entries is
     * the address, or (with {@code byDomain}) whose {@code domains} hold its domain.
     */
    private Set<String> interviewsOf(String address, Instant received, boolean byDomain) {
        Set<String> out = new HashSet<>();
        if (address == null) {
            return out;
        }
        String from = Addresses.comparable(address); // a domain in Unicode or ASCII (münchen.de, xn--mnchen-3ya.de)
        String domain = from.substring(from.lastIndexOf('@') + 1);
        for (Interview i : book.all()) {
            if (i.start().toInstant().isAfter(received)) {
                continue;
            }
            boolean person = from.equals(Addresses.comparable(i.contact())) || i.interviewers().stream()
                    .map(Interviewer::email).map(Addresses::comparable).anyMatch(from::equals)
                    || i.domains().stream().filter(d -> d.contains("@")).map(Addresses::comparable)
                    .anyMatch(from::equals);   // one who answers for the company from elsewhere (an agency)
            if (person || byDomain && i.domains().stream().filter(d -> !d.contains("@"))
                    .map(Addresses::comparableDomain).anyMatch(d -> domain.equals(d) || domain.endsWith("." + d))) {
                out.add(i.id());
            }
        }
        return out;
    }

    @Override
    public Set<String> interviewsOfCompanyName(String displayName, Instant received) {
        Set<String> out = new HashSet<>();
        for (Interview i : book.all()) {
            if (!i.start().toInstant().isAfter(received) && CompanyNames.named(displayName, i.company())) {
                out.add(i.id());
            }
        }
        return out;
    }

    @Override
    public boolean isOurRecipient(String address) {
        if (address == null) {
            return false;
        }
        String lower = address.toLowerCase(Locale.ROOT);
        if (store.wasSentTo(lower)) {
            return true;
        }
        // a report's server writes a domain in ASCII (xn--mnchen-3ya.de) that the record wrote in Unicode, or back
        int at = lower.lastIndexOf('@');
        String domain = lower.substring(at + 1);
        String other = domain.contains("xn--") ? unicode(domain) : Addresses.comparableDomain(domain);
        return !other.equals(domain) && store.wasSentTo(lower.substring(0, at + 1) + other);
    }

    private static String unicode(String domain) {
        try {
            return java.net.IDN.toUnicode(domain, java.net.IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return domain;
        }
    }
}
