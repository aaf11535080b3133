package th.go.cdd.cdvl.common.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.go.cdd.cdvl.common.error.ProblemException;

class FileTypesTest {

    @TempDir
    Path dir;

    @Test
    void aPlaceTakesOnlyItsTypesWhateverTheFileIs() throws Exception {
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Path file = Files.write(dir.resolve("minutes.pdf"), pdf);
        assertThat(FileTypes.detect(pdf, file, FileTypes.DOCUMENTS)).isEqualTo(FileTypes.Type.PDF);
        assertThatThrownBy(() -> FileTypes.detect(pdf, file, FileTypes.IMAGES))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo("file.type-unsupported");
                    assertThat(e.getMessage() + e.title()).contains("jpg, png");
                });
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        assertThat(FileTypes.detect(png, Files.write(dir.resolve("a.png"), png), FileTypes.IMAGES)).isEqualTo(FileTypes.Type.PNG);
    }

    @Test
    void theStoredNameIsTheSendersWithTheTypesExtension() {
        assertThat(FileTypes.storedName("C:\\งาน\\แบบ ๑.doc", FileTypes.Type.PDF)).isEqualTo("แบบ ๑.doc.pdf");
        assertThat(FileTypes.storedName("  ", FileTypes.Type.PDF)).isEqualTo("file.pdf");
        assertThat(FileTypes.storedName("ภาพ.JPEG", FileTypes.Type.JPEG)).isEqualTo("ภาพ.JPEG");
    }
}
