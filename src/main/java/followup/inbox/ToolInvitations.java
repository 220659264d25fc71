package followup.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A calendar invitation a scheduling tool sends in its own name ({@code Calendly <notifications@...>}, a booking
 * page), with no {@code Reply-To} and no company in its display name: only the invitation itself says whose it is,
 * through its organizer or its other attendees. Its subject says it is an invitation, so that only such messages
 * of senders unknown to any interview have their calendar part read.
 */
final class ToolInvitations {
    /** The subjects calendars and scheduling tools give invitations, in the languages the templates know. */
    private static final Pattern SUBJECT = Pattern.compile("^(?:(?:updated |new )?invitation|new event|new meeting"
            + "|event scheduled|confirmed|scheduled|(?:aktualisierte |neue )?einladung|(?:invitación|invitation)"
            + "(?: actualizada| mise à jour)?|nuevo evento|nouvel événement)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    private ToolInvitations() {
    }

    /** Whether a message's subject says it brings an invitation ("Invitation: ...", "Confirmed: ..."). */
    static boolean subjectSuggests(String subject) {
        return subject != null && SUBJECT.matcher(subject.strip()).matches();
    }

    /**
     * The person the invitation is from, for the company: its organizer, else the first other attendee, whose
     * address is a person or domain of an interview that started before {@code received}; none when nobody is.
     *
     * @param own the user's own addresses, lower-cased (never taken as the company's)
     */
    static Optional<Organizer> organizer(Invite invite, Set<String> own, Correlation correlation, Instant received) {
        List<String> candidates = new ArrayList<>();
        invite.organizer().ifPresent(p -> candidates.add(p.email()));
        invite.attendees().forEach(a -> candidates.add(a.email()));
        for (String raw : candidates) {
            String address = raw.strip().toLowerCase(Locale.ROOT);
            if (address.isEmpty() || own.contains(address)) {
                continue;
            }
            Set<String> interviews = correlation.interviewsOfSender(address, received);
            if (!interviews.isEmpty()) {
                return Optional.of(new Organizer(address, interviews));
            }
        }
        return Optional.empty();
    }

    /** Whose an invitation is: the address that tied it to the interviews. */
    record Organizer(String address, Set<String> interviews) {
    }
}
