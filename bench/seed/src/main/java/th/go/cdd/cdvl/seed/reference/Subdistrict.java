package th.go.cdd.cdvl.seed.reference;

import java.math.BigDecimal;

/** A sub-district (ตำบล); latitude and longitude are null for the few the official data lacks. */
public final class Subdistrict {

    private final String code;
    private final District district;
    private final String nameTh;
    private final String postalCode;
    private final BigDecimal latitude;
    private final BigDecimal longitude;

    public Subdistrict(String code, District district, String nameTh, String postalCode, BigDecimal latitude,
            BigDecimal longitude) {
        this.code = code;
        this.district = district;
        this.nameTh = nameTh;
        this.postalCode = postalCode;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String code() {
        return code;
    }

    public District district() {
        return district;
    }

    public String nameTh() {
        return nameTh;
    }

    public String postalCode() {
        return postalCode;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }

    @Override
    public String toString() {
        return code + " " + nameTh;
    }
}
