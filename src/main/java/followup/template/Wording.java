package followup.template;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import followup.plan.ZoneLabel;

/**
 * Dates, times, lists and the day of the interview as a message in one language words them: "Thursday, January
 * 14", "2:00 PM", "Jane, Raj and Mia", "yesterday"; "Donnerstag, 14. Januar", "14:00 Uhr", "Jane, Raj und Mia",
 * "gestern".
 */
record Wording(String language, Locale locale, DateTimeFormatter date, DateTimeFormatter time,
               DateTimeFormatter moment, String and) {

    static Wording of(String language) {
        return switch (language) {
            case "de" -> new Wording("de", Locale.GERMAN, pattern("EEEE, d. MMMM", Locale.GERMAN),
                    pattern("HH:mm 'Uhr'", Locale.GERMAN), pattern("EEEE, d. MMMM, 'um' HH:mm 'Uhr'", Locale.GERMAN),
                    "und");
            case "fr" -> new Wording("fr", Locale.FRENCH, pattern("EEEE d MMMM", Locale.FRENCH),
                    pattern("HH'h'mm", Locale.FRENCH), pattern("EEEE d MMMM 'à' HH'h'mm", Locale.FRENCH), "et");
            case "es" -> new Wording("es", Locale.forLanguageTag("es"), pattern("EEEE d 'de' MMMM",
                    Locale.forLanguageTag("es")), pattern("H:mm", Locale.forLanguageTag("es")),
                    pattern("EEEE d 'de' MMMM 'a las' H:mm", Locale.forLanguageTag("es")), "y");
            default -> new Wording("en", Locale.ENGLISH, pattern("EEEE, MMMM d", Locale.ENGLISH),
                    pattern("h:mm a", Locale.ENGLISH), pattern("EEEE, MMMM d, 'at' h:mm a", Locale.ENGLISH), "and");
        };
    }

    private static DateTimeFormatter pattern(String p, Locale locale) {
        return DateTimeFormatter.ofPattern(p, locale);
    }

    private static final DateTimeFormatter ES_AT_ONE = pattern("EEEE d 'de' MMMM 'a la' H:mm",
            Locale.forLanguageTag("es"));

    /**
     * A moment with its zone's short name, as the message's language writes it: "Monday, January 25, at 9:00 AM
     * EST", "lundi 25 janvier à 09h00 EST", "lunes 25 de enero a la 1:30 EST" (Spanish says "a la" for the hour of
     * one). The name is {@link ZoneLabel}'s, the same on every JDK.
     */
    String dateTime(ZonedDateTime t) {
        DateTimeFormatter f = language.equals("es") && t.getHour() == 1 ? ES_AT_ONE : moment;
        return f.format(t) + " " + ZoneLabel.of(t, locale);
    }

    /** {@code t}'s zone's short name alone, as {@link #dateTime} writes it. */
    String zoneName(ZonedDateTime t) {
        return ZoneLabel.of(t, locale);
    }

    String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
    }

    /**
     * The day of {@code event} seen from {@code seenFrom} in the reader's zone, as it follows a verb: "today",
     * "yesterday", "on Thursday" (within the last six days), "last week" (seven days or more, in the calendar week,
     * Monday to Sunday, before the one of {@code seenFrom}), else "on Thursday, January 14": an interview on a
     * Friday, followed up ten days later on a Monday, was not "last week".
     */
    String relativeDay(Instant event, Instant seenFrom, ZoneId zone) {
        LocalDate day = event.atZone(zone).toLocalDate();
        LocalDate from = seenFrom.atZone(zone).toLocalDate();
        long days = ChronoUnit.DAYS.between(day, from);
        String weekday = weekday(day);
        LocalDate thisWeek = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        boolean lastWeek = days >= 7 && !day.isBefore(thisWeek.minusWeeks(1));
        return switch (language) {
            case "de" -> days == 0 ? "heute" : days == 1 ? "gestern" : days > 1 && days < 7 ? "am " + weekday
                    : lastWeek ? "letzte Woche" : "am " + date.format(day);
            case "fr" -> days == 0 ? "aujourd'hui" : days == 1 ? "hier" : days > 1 && days < 7 ? weekday + " dernier"
                    : lastWeek ? "la semaine dernière" : "le " + date.format(day);
            case "es" -> days == 0 ? "hoy" : days == 1 ? "ayer" : days > 1 && days < 7 ? "el pasado " + weekday
                    : lastWeek ? "la semana pasada" : "el " + date.format(day);
            default -> days == 0 ? "today" : days == 1 ? "yesterday" : days > 1 && days < 7 ? "on " + weekday
                    : lastWeek ? "last week" : "on " + date.format(day);
        };
    }

    /** The grammatical cases a German sentence puts a company's name in. */
    enum Case { NOMINATIVE, ACCUSATIVE, DATIVE }

    /**
     * The company as a sentence of this language names it in {@code grammaticalCase}: in German a name that ends in
     * a legal form takes that form's article ("bei der Nordlicht GmbH", "was die Nordlicht GmbH aufbaut"), as German
     * writes it; a name without one, a name that starts with an article of its own, and every name in the other
     * languages stay as written ("bei Nordlicht Analytics").
     */
    String company(String name, Case grammaticalCase) {
        if (!language.equals("de") || GERMAN_ARTICLE.matcher(name).lookingAt()
                || !FEMININE_FORM.matcher(name).find()) {
            return name;
        }
        return (grammaticalCase == Case.DATIVE ? "der " : "die ") + name;
    }

    /**
     * German legal forms at the end of a company's name, all feminine (die Gesellschaft, die Stiftung); "GmbH & Co.
     * KG" ends in one too.
     */
    private static final java.util.regex.Pattern FEMININE_FORM = java.util.regex.Pattern.compile(
            "\\s(?:g?GmbH|mbH|AG|SE|KGaA|KG|OHG|oHG|GbR|eG|PartG(?: mbB)?|UG(?: \\(haftungsbeschränkt\\))?"
                    + "|Stiftung)$");
    private static final java.util.regex.Pattern GERMAN_ARTICLE = java.util.regex.Pattern.compile(
            "(?:der|die|das|dem|den)\\s", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "Jane", "Jane and Raj", "Jane, Raj and Mia", with this language's "and". */
    String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        String last = items.get(items.size() - 1);
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + andBefore(last) + " " + last;
    }

    /** This language's "and" before {@code word}: in Spanish "e" before an /i/ sound ("María e Íñigo"). */
    String andBefore(String word) {
        return language.equals("es") && SPANISH_I.matcher(word).lookingAt() ? "e" : and;
    }

    /** I, Í or Hi before a consonant ("Hilario", not "Hierro"): the sound that turns Spanish "y" into "e". */
    private static final java.util.regex.Pattern SPANISH_I = java.util.regex.Pattern.compile(
            "[IiÍí]|[Hh][IiÍí](?![aeéoóuúAEÉOÓUÚ])");
}
