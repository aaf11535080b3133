package th.go.cdd.cdvl.common.validation;

/** What the services do to text a person typed before it is stored. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed text, or null when nothing but spaces was sent: optional fields are absent, not blank. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
