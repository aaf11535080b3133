package th.go.cdd.cdvl.common.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import th.go.cdd.cdvl.common.error.Problem;
import th.go.cdd.cdvl.common.error.ProblemException;

/** Query-string filters shared by the lists: a bad value is a 400 problem, never ignored. */
public final class Filters {

    /** Matches no geocode: filters that contradict each other select nothing. */
    public static final String NO_AREA = "-";

    private Filters() {
    }

    /** An enumeration filter; blank means "any". */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.badRequest("request.filter.invalid", field + " must be one of " + allowed + ".",
                    new Problem.FieldError(field, "request.filter.invalid", "unknown value"));
        }
    }

    /** A fiscal quarter filter, 1 to 4; null means "any". */
    public static Integer quarter(Integer quarter) {
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw ProblemException.badRequest("request.filter.invalid", "quarter must be 1, 2, 3 or 4.",
                    new Problem.FieldError("quarter", "request.filter.invalid", "must be 1 to 4"));
        }
        return quarter;
    }

    /**
     * The most specific of the province, district and sub-district filters, as a geocode prefix;
     * null when none is given, {@link #NO_AREA} when they contradict each other.
     */
    public static String narrowestArea(String provinceCode, String districtCode, String subdistrictCode) {
        String area = null;
        String[][] filters = {{"provinceCode", provinceCode, "2"}, {"districtCode", districtCode, "4"},
            {"subdistrictCode", subdistrictCode, "6"}};
        for (String[] filter : filters) {
            String code = filter[1];
            if (code == null || code.isBlank()) {
                continue;
            }
            if (!code.matches("[0-9]{" + filter[2] + "}")) {
                throw ProblemException.badRequest("geo.code.malformed", filter[0] + " must be " + filter[2] + " digits.",
                        new Problem.FieldError(filter[0], "geo.code.malformed", "must be " + filter[2] + " digits"));
            }
            if (area != null && !code.startsWith(area)) {
                return NO_AREA;
            }
            area = code;
        }
        return area;
    }
}
