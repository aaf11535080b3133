package th.go.cdd.cdvl.common.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.StringJoiner;

/**
 * A text's words, for PostgreSQL's full-text search. Thai is written without spaces between words,
 * so PostgreSQL's own parser keeps an unspaced sentence as one token and can never find a word inside
 * it. The text is therefore broken into words here, with ICU's dictionary-based word break for Thai
 * (Latin words and numbers break at spaces and punctuation as usual), and stored with one space
 * between words; {@code to_tsvector('simple', …)} then indexes each word. A search term is broken the
 * same way and matched as a phrase, so it finds the same run of words anywhere in the text.
 *
 * <p>Example: "ชุมชนร่วมกันทำปุ๋ยหมักจากเศษใบไม้" has the words
 * "ชุมชน ร่วม กัน ทำ ปุ๋ย หมัก จาก เศษ ใบไม้"; the term "ปุ๋ยหมัก" is the phrase "ปุ๋ย หมัก" and finds it,
 * and so does "ปุ๋ย" alone. Punctuation and spaces are not words, and neither are the abbreviation
 * and repetition marks ฯ and ๆ: "อบต. แม่ทะ" is "อบต แม่ทะ", and "ศูนย์ฯ" is "ศูนย์".
 *
 * <p>The dictionary breaks compounds into short words, which is what lets a part of a compound find
 * the whole. The same break is applied to the text and the term, so what the dictionary does not
 * know (a village's name, say) is cut the same way in both. Changing the dictionary (a new ICU
 * version) can cut a word differently: the stored words are then recomputed by a migration.
 */
public final class ThaiWords {

    private static final ULocale THAI = ULocale.forLanguageTag("th");

    private ThaiWords() {
    }

    /** The words of {@code text}, one space between them; empty when it has none. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String marksApart = text.replace('ฯ', ' ').replace('ๆ', ' ');
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(marksApart);
        StringJoiner joined = new StringJoiner(" ");
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String piece = marksApart.substring(start, end);
            if (piece.codePoints().anyMatch(Character::isLetterOrDigit)) {
                joined.add(piece);
            }
        }
        return joined.toString();
    }
}
