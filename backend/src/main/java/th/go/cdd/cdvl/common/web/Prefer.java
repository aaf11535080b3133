package th.go.cdd.cdvl.common.web;

import java.util.Locale;

/**
 * The {@code Prefer} request header (RFC 7240) as this API honours it: {@code return=minimal} on a
 * save asks for 204 with the new ETag instead of the whole record, for a client that already holds
 * what it sent. Preferences are a comma-separated list, each optionally followed by parameters
 * after {@code ;}; names are case-insensitive. Example: {@code Prefer: respond-async, return=minimal}
 * prefers minimal; {@code Prefer: return=representation} does not.
 */
public final class Prefer {

    public static final String HEADER = "Prefer";
    public static final String APPLIED = "Preference-Applied";
    public static final String RETURN_MINIMAL = "return=minimal";

    private Prefer() {
    }

    public static boolean returnMinimal(String header) {
        if (header == null) {
            return false;
        }
        for (String preference : header.split(",")) {
            String token = preference.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).replace("\"", "").replace(" ", "");
            if (token.equals(RETURN_MINIMAL)) {
                return true;
            }
        }
        return false;
    }
}
