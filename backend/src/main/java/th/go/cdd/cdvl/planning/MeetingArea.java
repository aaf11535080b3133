package th.go.cdd.cdvl.planning;

import th.go.cdd.cdvl.common.error.ProblemException;

/**
 * A meeting's level fixes the shape of its area: a NATIONAL meeting has the nation ({@code ""}), a
 * PROVINCE meeting a province (2 digits), a DISTRICT meeting a district (4 digits), and a CENTER
 * meeting the sub-district of its center (6 digits, taken from the center, never sent). So the
 * Lampang provincial committee is {@code (PROVINCE, "52")}, Mueang Lampang's district meeting
 * {@code (DISTRICT, "5201")}, and the meeting of the center of Wiang Nuea {@code (CENTER, "520101")}.
 * The area is what scope and follow-up go by: resolutions of a district's meetings and of its
 * centers' meetings are the district's follow-up.
 */
public final class MeetingArea {

    private MeetingArea() {
    }

    /** The area code a meeting of {@code level} is kept under; 422 when {@code areaCode} does not fit the level. */
    public static String of(MeetingLevel level, String areaCode, String centerSubdistrict) {
        String code = areaCode == null ? "" : areaCode;
        return switch (level) {
            case NATIONAL -> requireShape(code, "", "a national meeting has no areaCode");
            case PROVINCE -> requireShape(code, "[0-9]{2}", "a province meeting's areaCode is the province's 2 digits");
            case DISTRICT -> requireShape(code, "[0-9]{4}", "a district meeting's areaCode is the district's 4 digits");
            case CENTER -> centerSubdistrict;
        };
    }

    private static String requireShape(String code, String pattern, String rule) {
        if (!code.matches(pattern)) {
            throw ProblemException.unprocessable("meeting.area.level", "The area does not fit the level: " + rule + ".",
                    "areaCode", rule);
        }
        return code;
    }
}
