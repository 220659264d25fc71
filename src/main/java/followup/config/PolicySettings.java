package followup.config;

import followup.plan.Policy;
import followup.plan.SendWindow;
import followup.plan.Waits;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads {@code followup.policy}: the steps' times, the send windows and the public holidays. */
final class PolicySettings {
    private static final Map<String, DayOfWeek> DAYS = Map.of("MON", DayOfWeek.MONDAY, "TUE", DayOfWeek.TUESDAY,
            "WED", DayOfWeek.WEDNESDAY, "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY,
            "SAT", DayOfWeek.SATURDAY, "SUN", DayOfWeek.SUNDAY);

    private PolicySettings() {
    }

    static Policy read(Fields f) {
        Duration promise = f.duration("promise-reminder.after", true, "1h");
        Duration handwritten = f.duration("handwritten-note.after", true, "1h");
        Duration thankYou = f.duration("thank-you.after", true, "3h");
        Duration thankYouLatest = f.duration("thank-you.latest", true, "48h");
        Boolean debriefEnabled = f.bool("debrief.enabled", true);
        Duration debrief = f.duration("debrief.after", true, "1d");
        Duration followUp = f.duration("follow-up.after", true, "7d");
        Duration followUpStated = f.duration("follow-up.after-stated-date", true, "1d");
        Duration second = f.duration("second-follow-up.after", true, "3d");
        Duration call = f.duration("call-reminder.after", true, "2d");
        Duration grace = f.duration("missed-grace", true, "2d");
        SendWindow window = window(f.at("send-window"), "09:00", "17:00");
        SendWindow selfWindow = window(f.at("self-window"), "08:00", "21:00");
        Policy.OnUncertain onUncertain = f.choice("on-uncertain", Policy.OnUncertain.class, true);
        if (thankYou != null && thankYouLatest != null && thankYouLatest.compareTo(thankYou) < 0) {
            f.problem("thank-you.latest", "(" + Waits.describe(thankYouLatest) + ") is earlier than thank-you.after ("
                    + Waits.describe(thankYou) + "); the latest bound must come after the planned time (a valid value"
                    + " looks like latest = 48h)");
        }
        if (promise == null || handwritten == null || thankYou == null || thankYouLatest == null
                || debriefEnabled == null || debrief == null || followUp == null || followUpStated == null
                || second == null || call == null || grace == null || window == null || onUncertain == null
                || selfWindow == null || !f.problems().isEmpty()) {
            return null;
        }
        return new Policy(promise, handwritten, thankYou, thankYouLatest, debriefEnabled, debrief, followUp,
                followUpStated, second, call, grace, window, onUncertain, selfWindow);
    }

    /** {@code policy.send-window.holidays}: on, the dates to add or take out (ISO dates), the default regions. */
    static Settings.Holidays holidays(Fields f) {
        Boolean enabled = f.bool("enabled", true);
        Set<LocalDate> extra = dates(f, "extra");
        Set<LocalDate> ignore = dates(f, "ignore");
        Map<String, String> regions = CountryCodes.regions(f);
        return enabled == null ? null : new Settings.Holidays(enabled, extra, ignore, regions);
    }

    private static Set<LocalDate> dates(Fields f, String key) {
        Set<LocalDate> out = new java.util.HashSet<>();
        for (Fields.Item d : f.lineItems(key, "[\"2027-12-24\"]")) {
            try {
                out.add(LocalDate.parse(d.value()));
            } catch (java.time.DateTimeException e) {
                f.problemAt(d.line(), d.key(), "\"" + d.value() + "\" is not a date (a valid value looks like " + key
                        + " = [\"2027-12-24\", \"2027-12-31\"])");
            }
        }
        return out;
    }

    /** @param usualFrom the default opening, and {@code usualUntil} the closing, shown as what to write */
    private static SendWindow window(Fields f, String usualFrom, String usualUntil) {
        Boolean enabled = f.bool("enabled", true);
        List<Fields.Item> dayNames = f.lineItems("days", "[MON, TUE, WED, THU, FRI]");
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Fields.Item d : dayNames) {
            DayOfWeek day = DAYS.get(d.value().toUpperCase(Locale.ROOT));
            if (day == null) {
                f.problemAt(d.line(), d.key(), "\"" + d.value() + "\" is not a day (use MON, TUE, WED, THU, FRI, SAT,"
                        + " SUN)");
            } else {
                days.add(day);
            }
        }
        LocalTime from = f.time("from", "\"09:00\"");
        LocalTime until = f.time("until", "\"17:00\"");
        if (days.isEmpty() && Boolean.TRUE.equals(enabled) && dayNames.isEmpty()) {
            f.problem("days", "lists no day; the window would never open (a valid value looks like days = [MON, TUE,"
                    + " WED, THU, FRI], or set enabled = false)");
            return null;
        }
        if (from != null && until != null && !from.isBefore(until)) {
            f.problem("until", "(" + until + ") is not after from (" + from + "); the window is when messages may go"
                    + " out, from its opening to its closing on the same day, and cannot run past midnight (a valid"
                    + " value looks like from = \"" + usualFrom + "\", until = \"" + usualUntil + "\")");
            return null;
        }
        if (enabled == null || from == null || until == null || days.isEmpty()) {
            return null;
        }
        return new SendWindow(enabled, days, from, until);
    }
}
