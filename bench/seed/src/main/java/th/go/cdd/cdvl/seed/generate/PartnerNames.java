package th.go.cdd.cdvl.seed.generate;

import java.text.Normalizer;
import java.util.Locale;

/** The app's duplicate-detection key of a partner name (backend partner/PartnerNames.key), stored as name_key. */
final class PartnerNames {

    private PartnerNames() {
    }

    static String key(String name) {
        String normal = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder();
        normal.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
