package th.go.cdd.cdvl.planning;

import java.util.Set;
import th.go.cdd.cdvl.common.storage.FileTypes;

/**
 * What a file attached to a meeting is. Minutes are a PDF, a Word or Excel file, or a picture of
 * the signed paper; photos are pictures only. Sent without a kind, a picture is a photo and
 * anything else minutes.
 */
public enum MeetingFileKind {
    MINUTES(FileTypes.DOCUMENTS),
    PHOTO(FileTypes.IMAGES);

    /** At most this many files a meeting, minutes and photos together. */
    static final int MAX_PER_MEETING = 20;

    final Set<FileTypes.Type> accepted;

    MeetingFileKind(Set<FileTypes.Type> accepted) {
        this.accepted = accepted;
    }

    /** The kind of a file of {@code type} sent as {@code sent} (null when not said). */
    static String of(MeetingFileKind sent, FileTypes.Type type) {
        return (sent != null ? sent : type.isImage() ? PHOTO : MINUTES).name();
    }
}
