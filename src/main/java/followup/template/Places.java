package followup.template;

import java.time.ZoneId;
import java.util.Map;

/**
 * The city of an IANA zone as a message in German, French or Spanish names it: the zone's id spells it in English
 * ("Europe/Vienna", "Asia/Tokyo"), and a Spanish reminder that says "en Paris" or a German one that says "in Vienna"
 * reads as a slip. Only the cities whose name differs in one of these languages are listed; any other is as the id
 * spells it.
 */
final class Places {
    /** English name as in the zone id, then German, French, Spanish. */
    private static final Map<String, String[]> NAMES = Map.ofEntries(
            Map.entry("Athens", new String[] {"Athen", "Athènes", "Atenas"}),
            Map.entry("Belgrade", new String[] {"Belgrad", "Belgrade", "Belgrado"}),
            Map.entry("Berlin", new String[] {"Berlin", "Berlin", "Berlín"}),
            Map.entry("Brussels", new String[] {"Brüssel", "Bruxelles", "Bruselas"}),
            Map.entry("Bucharest", new String[] {"Bukarest", "Bucarest", "Bucarest"}),
            Map.entry("Cairo", new String[] {"Kairo", "Le Caire", "El Cairo"}),
            Map.entry("Copenhagen", new String[] {"Kopenhagen", "Copenhague", "Copenhague"}),
            Map.entry("Dublin", new String[] {"Dublin", "Dublin", "Dublín"}),
            Map.entry("Istanbul", new String[] {"Istanbul", "Istanbul", "Estambul"}),
            Map.entry("Jerusalem", new String[] {"Jerusalem", "Jérusalem", "Jerusalén"}),
            Map.entry("Kyiv", new String[] {"Kiew", "Kyiv", "Kiev"}),
            Map.entry("Kiev", new String[] {"Kiew", "Kiev", "Kiev"}),
            Map.entry("Lisbon", new String[] {"Lissabon", "Lisbonne", "Lisboa"}),
            Map.entry("London", new String[] {"London", "Londres", "Londres"}),
            Map.entry("Luxembourg", new String[] {"Luxemburg", "Luxembourg", "Luxemburgo"}),
            Map.entry("Mexico City", new String[] {"Mexiko-Stadt", "Mexico", "Ciudad de México"}),
            Map.entry("Montreal", new String[] {"Montreal", "Montréal", "Montreal"}),
            Map.entry("Moscow", new String[] {"Moskau", "Moscou", "Moscú"}),
            Map.entry("New York", new String[] {"New York", "New York", "Nueva York"}),
            Map.entry("Paris", new String[] {"Paris", "Paris", "París"}),
            Map.entry("Prague", new String[] {"Prag", "Prague", "Praga"}),
            Map.entry("Rome", new String[] {"Rom", "Rome", "Roma"}),
            Map.entry("Sao Paulo", new String[] {"São Paulo", "São Paulo", "São Paulo"}),
            Map.entry("Seoul", new String[] {"Seoul", "Séoul", "Seúl"}),
            Map.entry("Singapore", new String[] {"Singapur", "Singapour", "Singapur"}),
            Map.entry("Stockholm", new String[] {"Stockholm", "Stockholm", "Estocolmo"}),
            Map.entry("Tokyo", new String[] {"Tokio", "Tokyo", "Tokio"}),
            Map.entry("Vienna", new String[] {"Wien", "Vienne", "Viena"}),
            Map.entry("Warsaw", new String[] {"Warschau", "Varsovie", "Varsovia"}),
            Map.entry("Zurich", new String[] {"Zürich", "Zurich", "Zúrich"}));

    private Places() {
    }

    /**
     * The city of {@code zone} in {@code language} ("Asia/Tokyo" is Tokio in German, "America/Argentina/Buenos_Aires"
     * Buenos Aires), else the zone's id.
     */
    static String of(ZoneId zone, String language) {
        String id = zone.getId();
        int slash = id.lastIndexOf('/');
        if (slash < 0 || id.startsWith("Etc/")) {
            return id;
        }
        String city = id.substring(slash + 1).replace('_', ' ');
        String[] names = NAMES.get(city);
        int index = switch (language) {
            case "de" -> 0;
            case "fr" -> 1;
            case "es" -> 2;
            default -> -1;
        };
        return names == null || index < 0 ? city : names[index];
    }
}
