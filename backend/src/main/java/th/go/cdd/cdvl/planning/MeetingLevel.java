package th.go.cdd.cdvl.planning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a meeting of the driving mechanism is held: the department, a province, a district, or a center. */
@Schema(name = "MeetingLevel", description = "NATIONAL ระดับกรม; PROVINCE ระดับจังหวัด; DISTRICT ระดับอำเภอ; CENTER ระดับศูนย์")
public enum MeetingLevel {
    NATIONAL, PROVINCE, DISTRICT, CENTER
}
