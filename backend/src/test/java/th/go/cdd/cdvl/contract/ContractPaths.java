package th.go.cdd.cdvl.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.go.cdd.cdvl.contract.ContractFixtures.FixtureSet;
import th.go.cdd.cdvl.contract.OpenApiContract.Operation;

/**
 * Real values for the contract's path parameters, taken from a fixture set. A parameter this class
 * does not know fails loudly, so a new kind of path cannot slip past the contract suites.
 */
final class ContractPaths {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private ContractPaths() {
    }

    /** Parameter name → value, in path order. */
    static Map<String, String> values(Operation op, FixtureSet f) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher matcher = PARAMETER.matcher(op.path());
        while (matcher.find()) {
            values.put(matcher.group(1), value(op.path(), matcher.group(1), f));
        }
        return values;
    }

    static String fill(Operation op, FixtureSet f) {
        return render(op.path(), values(op, f));
    }

    /** The template with each {name} replaced by its (already URL-safe) value. */
    static String render(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static String value(String path, String name, FixtureSet f) {
        String collection = path.replaceFirst("^/api/v1/", "").split("/")[0];
        return switch (name) {
            case "id" -> switch (collection) {
                case "activities" -> f.activity().toString();
                case "centers" -> f.center().toString();
                case "partners" -> f.partner().toString();
                case "partner-links" -> f.link().toString();
                case "deadlines" -> f.deadline().toString();
                case "document-requests" -> f.documentRequest().toString();
                case "meetings" -> f.meeting().toString();
                case "visits" -> f.visit().toString();
                case "lessons", "library" -> f.lesson().toString();
                default -> throw unknown(path, name);
            };
            case "centerId" -> f.center().toString();
            case "memberId" -> f.member().toString();
            case "photoId" -> (switch (collection) {
                case "visits" -> f.visitPhoto();
                case "lessons", "library" -> f.lessonPhoto();
                default -> f.photo();
            }).toString();
            case "deadlineId" -> f.deadline().toString();
            case "districtCode", "officeCode" -> f.districtCode();
            case "fileId" -> (collection.equals("meetings") ? f.meetingFile() : f.documentFile()).toString();
            case "resolutionId" -> f.resolution().toString();
            case "provinceCode" -> f.provinceCode();
            case "areaCode" -> f.districtCode();
            case "year" -> Integer.toString(ContractFixtures.FISCAL_YEAR);
            case "date" -> ContractFixtures.HOLIDAY;
            case "code" -> switch (collection) {
                case "areas", "subdistricts" -> f.subdistrictCode();
                case "districts" -> f.districtCode();
                case "provinces" -> f.provinceCode();
                default -> throw unknown(path, name);
            };
            default -> throw unknown(path, name);
        };
    }

    private static IllegalStateException unknown(String path, String name) {
        return new IllegalStateException("No fixture value for {" + name + "} in " + path
                + ": teach ContractPaths which record it names");
    }
}
