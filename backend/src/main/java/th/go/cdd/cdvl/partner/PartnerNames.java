package th.go.cdd.cdvl.partner;

import java.text.Normalizer;
import java.util.Locale;

/**
 * When two partner names are "the same or very similar": equal once spaces, punctuation and case
 * are dropped, or close by edit distance (a typo, a missing tone mark) relative to their length.
 */
public final class PartnerNames {

    /** Names at least this similar (1 = equal keys) are pointed out as possible duplicates. */
    static final double SIMILAR = 0.85;

    private PartnerNames() {
    }

    public static String key(String name) {
        String normal = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder();
        normal.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    /** 1 for equal keys, falling towards 0 as more characters must change. */
    public static double similarity(String keyA, String keyB) {
        if (keyA.equals(keyB)) {
            return 1;
        }
        int longest = Math.max(keyA.length(), keyB.length());
        return longest == 0 ? 1 : 1 - (double) distance(keyA, keyB) / longest;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
