package followup.config;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean ...?" for a mistyped key: the known key at the smallest edit distance, if it is close. */
public final class Suggest {
    private Suggest() {
    }

    public static Optional<String> closest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(typed.toLowerCase(), k.toLowerCase());
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, typed.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * The same, but only when no other known value is as close: among {@code agency-1} ... {@code agency-12}, a
     * typed {@code agency} names none of them.
     */
    public static Optional<String> onlyClosest(String typed, Collection<String> known) {
        return closest(typed, known).filter(best -> {
            int d = distance(typed.toLowerCase(), best.toLowerCase());
            return known.stream().filter(k -> distance(typed.toLowerCase(), k.toLowerCase()) == d).count() == 1;
        });
    }

    private static int distance(String a, String b) {
        if (a.length() > 100 || b.length() > 100) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
