package th.go.cdd.cdvl.security;

import java.util.Optional;

/**
 * The part of the country a caller may see and change. Official geocodes nest by prefix (province
 * {@code 52} contains district {@code 5201}, which contains sub-district {@code 520101}), so a scope
 * is a code prefix: queries add {@code code like prefix || '%'} and writes check {@link #covers}.
 */
public record AreaScope(AreaLevel level, String code) {

    public static final AreaScope NATIONAL = new AreaScope(AreaLevel.NATIONAL, null);

    /** The {@code area_code} that gives a viewer or another system the whole country. */
    public static final String NATION_CODE = "TH";

    public static AreaScope province(String code) {
        return new AreaScope(AreaLevel.PROVINCE, code);
    }

    public static AreaScope district(String code) {
        return new AreaScope(AreaLevel.DISTRICT, code);
    }

    /** The prefix every geocode inside this scope starts with; empty for the nation. */
    public String prefix() {
        return code == null ? "" : code;
    }

    public boolean covers(String geocode) {
        return geocode != null && geocode.startsWith(prefix());
    }

    /**
     * The prefix of the codes inside both this scope and {@code areaCode} (null: the whole scope),
     * or nothing when the two do not overlap.
     */
    public Optional<String> narrowedTo(String areaCode) {
        if (areaCode == null || prefix().startsWith(areaCode)) {
            return Optional.of(prefix());
        }
        return areaCode.startsWith(prefix()) ? Optional.of(areaCode) : Optional.empty();
    }
}
