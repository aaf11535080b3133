package th.go.cdd.cdvl.geo;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.go.cdd.cdvl.common.error.Problem;
import th.go.cdd.cdvl.common.error.ProblemException;
import th.go.cdd.cdvl.geo.GeoViews.AreaName;
import th.go.cdd.cdvl.geo.GeoViews.DistrictView;
import th.go.cdd.cdvl.geo.GeoViews.GeoAreaView;
import th.go.cdd.cdvl.geo.GeoViews.GeoLevel;
import th.go.cdd.cdvl.geo.GeoViews.ProvinceView;
import th.go.cdd.cdvl.geo.GeoViews.SubdistrictView;

/**
 * Thailand's geography by official geocode. A code of the wrong shape is the caller's mistake
 * (400); a well-formed code that names nothing is unknown (404), so a client can tell a typo from
 * a place that does not exist.
 */
@ApplicationScoped
public class GeoService {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** Thailand's bounding box (WGS84), with a small margin for points on the border. */
    public static final Bounds THAILAND = new Bounds(new BigDecimal("5.5"), new BigDecimal("20.6"),
            new BigDecimal("97.3"), new BigDecimal("105.7"));

    /** A latitude/longitude box; the app-config endpoint hands it to the SPA so forms check the same box. */
    @Schema(name = "PointBounds", requiredProperties = {"minLatitude", "maxLatitude", "minLongitude", "maxLongitude"})
    public record Bounds(@Schema(examples = "5.5") BigDecimal minLatitude, @Schema(examples = "20.6") BigDecimal maxLatitude,
            @Schema(examples = "97.3") BigDecimal minLongitude, @Schema(examples = "105.7") BigDecimal maxLongitude) {

        boolean contains(BigDecimal latitude, BigDecimal longitude) {
            return latitude.compareTo(minLatitude) >= 0 && latitude.compareTo(maxLatitude) <= 0
                    && longitude.compareTo(minLongitude) >= 0 && longitude.compareTo(maxLongitude) <= 0;
        }
    }

    private final GeoRepository geo;
    private volatile Names names;

    public GeoService(GeoRepository geo) {
        this.geo = geo;
    }

    /**
     * Names of any province, district or sub-district by code, from memory: the geography only
     * changes with a migration, and lists of records name their places on every row.
     */
    public Optional<AreaName> nameOf(String code) {
        return Optional.ofNullable(code == null ? null : names().byCode().get(code));
    }

    /** Codes of the districts of a province, in order, from memory. */
    public List<String> districtCodesOf(String provinceCode) {
        return names().districtsByProvince().getOrDefault(provinceCode, List.of());
    }

    private Names names() {
        Names loaded = names;
        if (loaded == null) {
            List<AreaName> all = geo.allNames();
            loaded = new Names(all.stream().collect(Collectors.toUnmodifiableMap(AreaName::code, n -> n)),
                    all.stream().map(AreaName::code).filter(code -> code.length() == 4).sorted()
                            .collect(Collectors.groupingBy(code -> code.substring(0, 2), Collectors.toUnmodifiableList())));
            names = loaded;
        }
        return loaded;
    }

    private record Names(Map<String, AreaName> byCode, Map<String, List<String>> districtsByProvince) {
    }

    /** The sub-district a record is placed in must exist: 400 if malformed, 422 if unknown. */
    public void requireSubdistrict(String code, String field) {
        if (code == null || code.length() != 6 || !DIGITS.matcher(code).matches()) {
            throw malformed(code, "must be 6 digits");
        }
        if (nameOf(code).isEmpty()) {
            throw ProblemException.unprocessable("geo.subdistrict.unknown",
                    "No sub-district has the geocode " + code + ".", field, "unknown sub-district");
        }
    }

    /** A GPS point is both coordinates or neither, and lies in Thailand. */
    public void requirePointInThailand(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null && longitude == null) {
            return;
        }
        if (latitude == null || longitude == null) {
            throw ProblemException.unprocessable("geo.point.incomplete",
                    "Give both latitude and longitude, or neither.", latitude == null ? "latitude" : "longitude",
                    "required with the other coordinate");
        }
        if (!THAILAND.contains(latitude, longitude)) {
            throw ProblemException.unprocessable("geo.point.outside-thailand",
                    "The point " + latitude + ", " + longitude + " is not in Thailand.", "latitude",
                    "outside Thailand");
        }
    }

    public List<ProvinceView> provinces() {
        return geo.provinces();
    }

    public ProvinceView province(String code) {
        requireShape(code, GeoLevel.PROVINCE);
        return geo.province(code).orElseThrow(() -> unknown(code));
    }

    public List<DistrictView> districtsOf(String provinceCode) {
        province(provinceCode);
        return geo.districtsOf(provinceCode);
    }

    public DistrictView district(String code) {
        requireShape(code, GeoLevel.DISTRICT);
        return geo.district(code).orElseThrow(() -> unknown(code));
    }

    public List<SubdistrictView> subdistrictsOf(String districtCode) {
        district(districtCode);
        return geo.subdistrictsOf(districtCode).stream().map(SubdistrictView::of).toList();
    }

    public SubdistrictView subdistrict(String code) {
        requireShape(code, GeoLevel.SUBDISTRICT);
        return geo.subdistrict(code).map(SubdistrictView::of).orElseThrow(() -> unknown(code));
    }

    /** Any geocode, its level told by its length: 2 province, 4 district, 6 sub-district. */
    public GeoAreaView area(String code) {
        GeoLevel level = levelOf(code);
        return switch (level) {
            case PROVINCE -> {
                ProvinceView p = province(code);
                yield new GeoAreaView(level, code, p.nameTh(), p.nameEn(), null, null);
            }
            case DISTRICT -> {
                DistrictView d = district(code);
                yield new GeoAreaView(level, code, d.nameTh(), d.nameEn(), provinceName(d.provinceCode()), null);
            }
            case SUBDISTRICT -> {
                SubdistrictView s = subdistrict(code);
                yield new GeoAreaView(level, code, s.nameTh(), s.nameEn(), provinceName(s.provinceCode()),
                        districtName(s.districtCode()));
            }
        };
    }

    private AreaName provinceName(String code) {
        ProvinceView p = province(code);
        return new AreaName(p.code(), p.nameTh(), p.nameEn());
    }

    private AreaName districtName(String code) {
        DistrictView d = district(code);
        return new AreaName(d.code(), d.nameTh(), d.nameEn());
    }

    private static GeoLevel levelOf(String code) {
        if (code != null && DIGITS.matcher(code).matches()) {
            switch (code.length()) {
                case 2: return GeoLevel.PROVINCE;
                case 4: return GeoLevel.DISTRICT;
                case 6: return GeoLevel.SUBDISTRICT;
                default: break;
            }
        }
        throw malformed(code, "must be 2, 4 or 6 digits");
    }

    private static void requireShape(String code, GeoLevel level) {
        int digits = switch (level) {
            case PROVINCE -> 2;
            case DISTRICT -> 4;
            case SUBDISTRICT -> 6;
        };
        if (code == null || code.length() != digits || !DIGITS.matcher(code).matches()) {
            throw malformed(code, "must be " + digits + " digits");
        }
    }

    private static ProblemException malformed(String code, String rule) {
        return ProblemException.badRequest("geo.code.malformed",
                "'" + code + "' is not a geocode of this kind: it " + rule + ".",
                new Problem.FieldError("code", "geo.code.malformed", rule));
    }

    private static ProblemException unknown(String code) {
        return ProblemException.notFound("geo.not-found", "No area has the geocode " + code + ".");
    }
}
