package followup.inbox;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link Correlation} built by hand, with the same rules the store applies. */
final class FakeCorrelation implements Correlation {
    private final Map<String, String> messages = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();
    private final Map<String, String> domains = new HashMap<>();
    private final Map<String, Instant> starts = new HashMap<>();
    private final Set<String> recipients = new HashSet<>();
    private final Map<String, String> companies = new HashMap<>();

    /** The interviews behind the fixtures: acme-platform (jane) and slow-platform (pat), both at 13:00 UTC. */
    static FakeCorrelation ofFixtures() {
        Instant at = Instant.parse("2026-11-22T13:00:00Z");
        return new FakeCorrelation()
                .interview("acme-platform", at).message(Fixtures.THANK_YOU_JANE, "acme-platform")
                .message(Fixtures.FOLLOW_UP_JANE, "acme-platform").person("jane@acme.test", "acme-platform")
                .domain("acme.test", "acme-platform")
                .interview("slow-platform", at).message(Fixtures.THANK_YOU_PAT, "slow-platform")
                .person("pat@slow.test", "slow-platform").domain("slow.test", "slow-platform")
                .recipient("someone@bounce.test").recipient("pat@slow.test").recipient("jane@acme.test");
    }

    FakeCorrelation interview(String id, Instant at) {
        starts.put(id, at);
        return this;
    }

    FakeCorrelation message(String messageId, String interview) {
        messages.put(messageId, interview);
        return this;
    }

    FakeCorrelation person(String address, String interview) {
        people.put(address, interview);
        return this;
    }

    FakeCorrelation domain(String domain, String interview) {
        domains.put(domain, interview);
        return this;
    }

    FakeCorrelation company(String name, String interview) {
        companies.put(name, interview);
        return this;
    }

    FakeCorrelation recipient(String address) {
        recipients.add(address);
        return this;
    }

    @Override
    public Optional<String> interviewOfMessageId(String messageId) {
        return Optional.ofNullable(messages.get(messageId));
    }

    @Override
    public Set<String> interviewsOfSender(String fromAddress, Instant received) {
        Set<String> found = new LinkedHashSet<>();
        Optional.ofNullable(people.get(fromAddress)).ifPresent(found::add);
        Optional.ofNullable(domains.get(fromAddress.substring(fromAddress.indexOf('@') + 1))).ifPresent(found::add);
        found.removeIf(id -> !starts.getOrDefault(id, Instant.MIN).isBefore(received));
        return found;
    }

    @Override
    public Set<String> interviewsOfPerson(String address, Instant received) {
        Set<String> found = new LinkedHashSet<>();
        Optional.ofNullable(people.get(address)).ifPresent(found::add);
        found.removeIf(id -> !starts.getOrDefault(id, Instant.MIN).isBefore(received));
        return found;
    }

    @Override
    public Set<String> interviewsOfCompanyName(String displayName, Instant received) {
        Set<String> found = new LinkedHashSet<>();
        companies.forEach((name, id) -> {
            if (CompanyNames.named(displayName, name) && starts.getOrDefault(id, Instant.MIN).isBefore(received)) {
                found.add(id);
            }
        });
        return found;
    }

    @Override
    public boolean isOurRecipient(String address) {
        return recipients.contains(address);
    }
}
