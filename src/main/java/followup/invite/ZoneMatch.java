package followup.invite;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The IANA zone for a zone an invitation defines itself (a VTIMEZONE under a name no table knows, as Outlook writes
 * "Customized Time Zone"): the instant comes from the VTIMEZONE's own rules, as ical4j reads them; the zone written
 * is one whose offsets agree with those rules all through the interview's year, so that the record says the same
 * instant and follows the same clock changes.
 */
public final class ZoneMatch {
    /**
     * Where the interview is.
     *
     * @param at     the local date-time in {@code zone}
     * @param notice what was chosen and why, for the console
     */
    public record Chosen(LocalDateTime at, ZoneId zone, String notice) {
    }

    /**
     * The zone most people on each clock live in, tried before the Windows table's (whose first zone of a clock may be
     * a border town's or an island's: "Pacific Standard Time (Mexico)" comes before "Pacific Standard Time"); the
     * record's country, and so its public holidays, follows the zone written.
     */
    private static final List<ZoneId> USUAL = java.util.stream.Stream.of("America/Los_Angeles", "America/Denver",
            "America/Phoenix", "America/Chicago", "America/Mexico_City", "America/New_York", "America/Bogota",
            "America/Halifax", "America/Sao_Paulo", "Europe/London", "Europe/Berlin", "Africa/Lagos",
            "Africa/Johannesburg", "Africa/Cairo", "Europe/Istanbul", "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata",
            "Asia/Dhaka", "Asia/Jakarta", "Asia/Shanghai", "Asia/Tokyo", "Australia/Brisbane", "Australia/Sydney",
            "Pacific/Auckland").map(ZoneId::of).toList();

    private ZoneMatch() {
    }

    /**
     * @param tzid  the invitation's name for its zone
     * @param rules the rules of its VTIMEZONE
     * @param local DTSTART as written
     * @param mine  the user's zone: chosen when it agrees, and the zone to write the instant in when none does
     */
    public static Chosen of(String tzid, ZoneRules rules, LocalDateTime local, ZoneId mine) {
        Instant instant = local.atZone(ZoneId.of("UTC")).toInstant()
                .minusSeconds(rules.getOffset(local).getTotalSeconds());
        List<ZoneId> candidates = new ArrayList<>();
        candidates.add(mine);
        candidates.addAll(USUAL);
        candidates.addAll(WindowsZones.representatives());
        new TreeSet<>(ZoneId.getAvailableZoneIds()).stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).map(ZoneMatch::zone).flatMap(Optional::stream)
                .forEach(candidates::add);
        Set<ZoneId> tried = new LinkedHashSet<>();
        for (ZoneId z : candidates) {
            if (tried.add(z) && agree(rules, z, instant)) {
                LocalDateTime at = instant.atZone(z).toLocalDateTime();
                String why = z.equals(mine) ? "your own zone, whose offsets agree with it all through "
                        : "a zone whose offsets and clock changes agree with it all through ";
                return new Chosen(at, z, "The invitation's zone \"" + tzid + "\" is its own (a VTIMEZONE): "
                        + z.getId() + " is written, " + why + instant.atZone(z).getYear() + " ("
                        + offsets(rules, instant) + ").");
            }
        }
        return new Chosen(instant.atZone(mine).toLocalDateTime(), mine, "The invitation's zone \"" + tzid
                + "\" is its own (a VTIMEZONE) and agrees with no named zone: the time is written in yours, "
                + mine.getId() + " (" + offsets(rules, instant) + ").");
    }

    /**
     * The zone of an id another provider than the JDK's lists, or empty when its rules cannot be had: ical4j's
     * provider lists the zones of the invitations it has read and throws for one it no longer holds.
     */
    private static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code zone} agrees with {@code rules} all year; never, when its rules cannot be had. */
    private static boolean agree(ZoneRules rules, ZoneId zone, Instant instant) {
        ZoneRules theirs;
        try {
            theirs = zone.getRules();
        } catch (RuntimeException e) {
            return false;
        }
        return agree(rules, theirs, instant);
    }

    /** The same offset at every hour of the instant's year (standard offset included): the same clock changes. */
    static boolean agree(ZoneRules a, ZoneRules b, Instant instant) {
        if (!a.getOffset(instant).equals(b.getOffset(instant))
                || !a.getStandardOffset(instant).equals(b.getStandardOffset(instant))) {
            return false;
        }
        ZonedDateTime year = instant.atZone(ZoneOffset.UTC).withDayOfYear(1).truncatedTo(ChronoUnit.DAYS);
        Instant end = year.plusYears(1).toInstant();
        for (Instant t = year.toInstant(); t.isBefore(end); t = t.plus(1, ChronoUnit.HOURS)) {
            if (!a.getOffset(t).equals(b.getOffset(t))) {
                return false;
            }
        }
        return true;
    }

    private static String offsets(ZoneRules rules, Instant instant) {
        return "UTC" + rules.getOffset(instant).getId().replace("Z", "+00:00") + " at the interview";
    }
}
