package th.go.cdd.cdvl.common.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import th.go.cdd.cdvl.common.error.ProblemException;

/**
 * What an uploaded file is, judged from its content and never from the name or the Content-Type
 * the sender gave: PDF ({@code %PDF-}), JPEG ({@code FF D8 FF}), PNG
 * ({@code 89 50 4E 47}), and the two Office Open XML formats, which are ZIP archives told apart by
 * their main part ({@code xl/workbook.xml} for .xlsx, {@code word/document.xml} for .docx). Only the
 * archive's directory is read, never its entries, so a ZIP bomb costs nothing. Anything else
 * (an old .xls, an .exe renamed .pdf, a plain ZIP), or a type the place does not take (a PDF as
 * a meeting's photo), is refused with 415 {@code file.type-unsupported}.
 *
 * <p>The stored name is the sender's, without any folder, control character or character a file
 * system refuses, at most 120 characters, and ends with the extension of the type found: a PDF
 * sent as {@code รายงาน.doc} is kept as {@code รายงาน.doc.pdf}, so whoever opens the zip of
 * answers gets a file their computer opens right.
 */
public final class FileTypes {

    /** The accepted types, with the extension each is stored under. */
    public enum Type {
        PDF("application/pdf", "pdf"),
        JPEG("image/jpeg", "jpg"),
        PNG("image/png", "png"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

        public final String mediaType;
        public final String extension;

        Type(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public boolean isImage() {
            return this == JPEG || this == PNG;
        }
    }

    /** Every type: what a document request takes. */
    public static final Set<Type> DOCUMENTS = Set.of(Type.values());
    /** Pictures only: photos of meetings and visits. */
    public static final Set<Type> IMAGES = Set.of(Type.JPEG, Type.PNG);

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int MAX_NAME = 120;

    private FileTypes() {
    }

    /**
     * The type of the file at {@code file}, whose first bytes are {@code head}: 415 when it is none
     * of {@code accepted}. Example: a PNG is {@code Type.PNG} for {@link #IMAGES}; a PDF is refused there.
     */
    public static Type detect(byte[] head, Path file, Set<Type> accepted) {
        return recognise(head, file).filter(accepted::contains).orElseThrow(() -> ProblemException.unsupportedMediaType(
                "file.type-unsupported", "Send a file of one of these types: " + accepted.stream()
                        .map(t -> t.extension).sorted().collect(Collectors.joining(", ")) + "."));
    }

    /** The type a stored file was recognised as, from the media type it was kept with. */
    public static Type typeOf(StoredFile file) {
        return Arrays.stream(Type.values()).filter(t -> t.mediaType.equals(file.getContentType())).findFirst().orElseThrow();
    }

    static Optional<Type> recognise(byte[] head, Path file) {
        if (startsWith(head, PDF)) {
            return Optional.of(Type.PDF);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(Type.JPEG);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(Type.PNG);
        }
        if (startsWith(head, ZIP)) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.getEntry("xl/workbook.xml") != null) {
                    return Optional.of(Type.XLSX);
                }
                if (zip.getEntry("word/document.xml") != null) {
                    return Optional.of(Type.DOCX);
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The name a file is kept under. Example: {@code storedName("C:\\งาน\\แบบ ๑.doc", PDF)} is
     * {@code "แบบ ๑.doc.pdf"}; a blank name becomes {@code "file.pdf"}.
     */
    public static String storedName(String given, Type type) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            name = "file";
        }
        String suffix = "." + type.extension;
        boolean hasSuffix = name.toLowerCase(Locale.ROOT).endsWith(suffix)
                || type == Type.JPEG && name.toLowerCase(Locale.ROOT).endsWith(".jpeg");
        if (!hasSuffix) {
            name = name + suffix;
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String ext = name.substring(dot);
            name = name.substring(0, MAX_NAME - ext.length()) + ext;
        }
        return name;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
