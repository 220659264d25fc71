package followup.plan;

import followup.plan.PersonName.Courtesy;

/**
 * The greeting line of a message to one person, in the message's language and in the register a letter to a
 * hiring manager expects: "Dear Dr. Weiß,", "Dear Jane,", "Sehr geehrte Frau Vogel,", "Bonjour Madame Martin,",
 * "Estimada Sra. García:". A {@code salutation} from the record is used as written; without it the name is read
 * with {@link PersonName}, and whatever is not certain falls back on the full name, never on a title alone.
 */
public final class Greeting {
    private Greeting() {
    }

    /** How the person is named after "Dear": "Dr. Weiß", "Jane", "Nguyễn Văn An". */
    public static String address(String language, String salutation, String name) {
        if (salutation != null && !salutation.isBlank()) {
            return "de".equals(language) ? germanAbbreviation(salutation.strip()) : salutation.strip();
        }
        return address(language, PersonName.parse(name, language));
    }

    /**
     * "Hr." and "Fr.", as a German job ad names its contact, are Herr and Frau in a German salutation as in a German
     * name: "Hr. Weiß" is greeted "Sehr geehrter Herr Weiß,", never "Guten Tag Hr. Weiß,".
     */
    private static String germanAbbreviation(String salutation) {
        String[] words = salutation.split("\\s+", 2);
        String word = switch (words[0]) {
            case "Hr.", "Hrn." -> "Herr";
            case "Fr." -> "Frau";
            default -> null;
        };
        return word == null ? salutation : words.length == 1 ? word : word + " " + words[1];
    }

    /** How a name already read is named after "Dear" in {@code language}. */
    public static String address(String language, PersonName n) {
        if (n.full().isEmpty()) {
            return "";
        }
        if (knighted(n)) {
            // "Sir Patrick", "Dame Judi": the person's own form, in every language
            return n.given();
        }
        return switch (language) {
            case "de" -> german(n);
            case "fr" -> french(n);
            case "es" -> spanish(n);
            default -> english(n);
        };
    }

    /** The whole greeting line, with its punctuation. */
    public static String line(String language, String salutation, String name) {
        String address = address(language, salutation, name);
        return switch (language) {
            case "de" -> germanOpening(address) + ",";
            case "fr" -> address.isEmpty() ? "Bonjour," : "Bonjour " + address + ",";
            case "es" -> spanishOpening(address, salutation != null && !salutation.isBlank() ? null
                    : PersonName.parse(name, language).courtesy()) + ":";
            default -> address.isEmpty() ? "Hello," : "Dear " + address + ",";
        };
    }

    /** A knight or a dame whose given name is certain: {@link PersonName#given} is "Sir Patrick", "Dame Judi". */
    private static boolean knighted(PersonName n) {
        return n.certain() && n.given() != null && (n.given().startsWith("Sir ") || n.given().startsWith("Dame "));
    }

    private static String english(PersonName n) {
        String honorific = !n.title().isEmpty() ? n.title() : switch (n.courtesy()) {
            case MAN -> "Mr.";
            case WOMAN -> n.english() != null ? n.english() : "Ms.";
            case NEUTRAL -> "Mx.";
            case NONE -> "";
        };
        if (!honorific.isEmpty()) {
            return join(honorific, n.family() != null ? n.family() : n.full());
        }
        return n.given() != null && n.certain() ? n.given() : n.full();
    }

    private static String german(PersonName n) {
        String who = n.family() != null && (n.courtesy() == Courtesy.MAN || n.courtesy() == Courtesy.WOMAN)
                ? n.family() : n.full();
        String titled = join(n.title(), who);
        return switch (n.courtesy()) {
            case MAN -> join("Herr", titled);
            case WOMAN -> join("Frau", titled);
            default -> titled;
        };
    }

    private static String germanOpening(String address) {
        if (address.startsWith("Herr ")) {
            return "Sehr geehrter " + address;
        }
        if (address.startsWith("Frau ")) {
            return "Sehr geehrte " + address;
        }
        return address.isEmpty() ? "Guten Tag" : "Guten Tag " + address;
    }

    private static String french(PersonName n) {
        // a doctor, professor or lawyer is greeted by the title, whoever they are: "Bonjour Docteur Durand,",
        // "Bonjour Maître Lefèvre,"
        if (!n.title().isEmpty()) {
            String title = switch (n.title()) {
                case "Prof." -> "Professeur";
                case "Maître" -> "Maître";
                default -> "Docteur";
            };
            return join(title, n.family() != null ? n.family() : n.full());
        }
        return switch (n.courtesy()) {
            case MAN -> join("Monsieur", n.family() != null ? n.family() : n.full());
            case WOMAN -> join("Madame", n.family() != null ? n.family() : n.full());
            default -> n.full();
        };
    }

    private static String spanish(PersonName n) {
        boolean doctor = !n.title().isEmpty();
        boolean gendered = n.courtesy() == Courtesy.MAN || n.courtesy() == Courtesy.WOMAN;
        String who = n.family() != null && gendered ? n.family() : n.full();
        // a professor is "Prof." or "Profa.", not "Dr.": "Estimada Profa. López:"
        boolean professor = n.title().equals("Prof.");
        return switch (n.courtesy()) {
            case MAN -> join(professor ? "Prof." : doctor ? "Dr." : "Sr.", who);
            case WOMAN -> join(professor ? "Profa." : doctor ? "Dra." : "Sra.", who);
            // the title says nothing of the gender that "Estimado Dr." and "Estimada Dra." would guess: the title
            // with the full name, as for a professor ("Hola, Dr. Raj Patel:", "Hola, Prof. Ana López:")
            default -> join(n.title().equals("Prof.") || n.title().equals("Dr.") ? n.title() : "", who);
        };
    }

    /**
     * {@code courtesy}: the person's, from their name, or null for a salutation written in the record, whose form
     * ("Dr. Ruiz", "Dra. Ruiz") is the writer's choice; a doctor's "Dr." or a professor's "Prof." in a name does not
     * say it.
     */
    private static String spanishOpening(String address, Courtesy courtesy) {
        boolean doctor = address.startsWith("Dr.") && (courtesy == null || courtesy == Courtesy.MAN);
        // "Doña", "Dña.", "D.ª" and "Don", "D." are the words whichever way they are written
        Courtesy donDona = DonDona.spanishCourtesy(address);
        if (address.startsWith("Sr.") || doctor || address.startsWith("Señor ") || donDona == Courtesy.MAN
                || address.startsWith("Prof. ") && courtesy == Courtesy.MAN) {
            return "Estimado " + address;
        }
        if (address.startsWith("Sra.") || address.startsWith("Srta.") || address.startsWith("Dra.")
                || address.startsWith("Profa. ") || address.startsWith("Señora ") || donDona == Courtesy.WOMAN) {
            return "Estimada " + address;
        }
        // not "Buenos días": a greeting by the time of day is wrong when the message is read at night
        return address.isEmpty() ? "Hola" : "Hola, " + address;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }
}
