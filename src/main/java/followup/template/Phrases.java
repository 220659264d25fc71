package followup.template;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the record says (topics, promises, takeaways) as the messages weave it into their sentences. */
final class Phrases {
    private Phrases() {
    }

    /**
     * A noun phrase from the record as the messages weave it into a sentence: without a full stop of its own ("a code
     * sample." gives "(a code sample);"), unless the stop ends an abbreviation ("Globex Inc.", "etc.", "e.g.").
     */
    static String phrase(String text) {
        String phrase = SENTENCE_STOP.matcher(text).find() ? text.substring(0, text.length() - 1) : text;
        // written as a sentence of its own ("The migration to Kubernetes"): in the middle of one, its article or
        // question word is in lower case ("your insights into the migration"); a name stays ("The Hague office")
        Matcher start = SENTENCE_START.matcher(phrase);
        return start.lookingAt() ? phrase.substring(0, 1).toLowerCase(Locale.ROOT) + phrase.substring(1)
                : phrase;
    }

    /**
     * An English, French or Spanish article, possessive or question word with a capital, followed by a word in lower
     * case; German nouns keep their capital, and German topics are written without an article.
     */
    private static final Pattern SENTENCE_START = Pattern.compile(
            "(?:(?:The|A|An|Our|Your|Their|Its|His|Her|My|How|Why|What|When|Where|Which|Who|Le|La|Les|Un|Une|Des"
                    + "|Du|Notre|Votre|Leur|Leurs|Nos|Vos|Comment|Pourquoi|El|Los|Las|Una|Unos|Unas|Nuestro|Nuestra"
                    + "|Nuestros|Nuestras|Cómo|Por qué|Qué) (?=\\p{Ll})|L['\u2019](?=\\p{Ll}))");

    static List<String> phrases(List<String> texts) {
        return texts.stream().map(Phrases::phrase).toList();
    }

    /**
     * What was promised, as a thing the messages can name: a promise written as the errand ("send my portfolio",
     * "send me the case studies") is the thing sent ("my portfolio", "the case studies"), since the follow-up says
     * "I hope you have received what I promised (...)" and "I would still welcome ...".
     */
    static List<String> promises(List<String> texts) {
        return texts.stream().map(t -> phrase(ERRAND.matcher(t.strip()).replaceFirst(""))).toList();
    }

    /**
     * A verb of sending at the start of an English promise, with whom it goes to, before what is sent (a determiner,
     * a possessive or a number: "share the deck", not "share options").
     */
    private static final Pattern ERRAND = Pattern.compile("(?i)^(?:send|share|e-?mail|forward|provide|mail)"
            + "(?: (?:over|along|on))?(?: (?:me|you|us|them|him|her))?(?: (?:over|along|on))? "
            + "(?=(?:my|the|a|an|some|our|their|his|her|your|any|two|three|four|five|\\d+) )");

    /** A stop after a lower-case word of three letters or more (not "etc."), or after any word of five or more. */
    private static final Pattern SENTENCE_STOP = Pattern.compile(
            "(?<![\\p{L}.])(?!etc\\.$)(\\p{Ll}[\\p{L}-]{2,}|\\p{L}[\\p{L}-]{4,})\\.$");
}
