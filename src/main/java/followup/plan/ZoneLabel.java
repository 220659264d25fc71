package followup.plan;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A zone's short name as a message or a listing writes it after a time: "EST", "MEZ", "CET". The JDK's pattern
 * {@code zzz} is not a stable source on its own: where the locale's data has no short name (French and Spanish have
 * none for New York), what it prints depends on which fallbacks the running JDK has, "EST" on one machine and
 * "UTC−05:00" on another. The same message must read the same wherever followup runs, so a name in the offset form
 * gives way to the English short name, and where that too is an offset, to a short offset of our own: "UTC-5",
 * "UTC+5:30".
 */
public final class ZoneLabel {
    /** What the JDK writes when it has no name: "GMT-05:00", "UTC−05:00", "GMT+1". */
    private static final Pattern OFFSET_FORM = Pattern.compile("^(?:GMT|UTC|UT)[+\\-\u2212]\\d");
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

    private ZoneLabel() {
    }

    /** The short name of {@code t}'s zone at that moment, in {@code locale}'s words where they have one. */
    public static String of(ZonedDateTime t, Locale locale) {
        ZoneId zone = t.getZone();
        if (zone instanceof ZoneOffset offset) {
            return shortOffset(offset);
        }
        boolean summer = zone.getRules().isDaylightSavings(t.toInstant());
        String key = zone.getId() + (summer ? "+dst/" : "/") + locale.toLanguageTag();
        String known = NAMES.get(key);
        if (known != null) {
            return known;
        }
        String name = choose(name(t, locale), name(t, Locale.ENGLISH), t.getOffset());
        NAMES.put(key, name);       // a race writes the same string twice
        return name;
    }

    /** The name to write, given what the JDK wrote in the locale and in English. */
    static String choose(String own, String english, ZoneOffset offset) {
        if (!offsetForm(own)) {
            return own;
        }
        return offsetForm(english) ? shortOffset(offset) : english;
    }

    static boolean offsetForm(String name) {
        return name.isEmpty() || OFFSET_FORM.matcher(name).find();
    }

    /** "UTC", "UTC-5", "UTC+5:30", in ASCII so that a plain-text message shows it alike everywhere. */
    static String shortOffset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        String out = "UTC" + (seconds < 0 ? "-" : "+") + minutes / 60;
        return minutes % 60 == 0 ? out : out + String.format(Locale.ROOT, ":%02d", minutes % 60);
    }

    private static String name(ZonedDateTime t, Locale locale) {
        return DateTimeFormatter.ofPattern("zzz", locale).format(t);
    }
}
