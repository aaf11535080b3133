package th.go.cdd.cdvl.reliability.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The page as a browser renders it after its scripts ran ({@code chromium --dump-dom}), without
 * any Node tooling: enough to see what an officer sees on a start-up failure.
 */
public final class HeadlessChromium {

    private final Path executable;

    public HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    public static HeadlessChromium fromSystemProperty() {
        return new HeadlessChromium(Path.of(System.getProperty("reliability.chromium", "/usr/bin/chromium")));
    }

    public boolean isInstalled() {
        return Files.isExecutable(executable);
    }

    /** The DOM after the page had up to {@code seconds} of (virtual) time to run its scripts. */
    public String renderedDom(String url, int seconds) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("cdvl-chromium-");
        try {
            Process chromium = new ProcessBuilder(List.of(executable.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                    "--virtual-time-budget=" + seconds * 1000, "--dump-dom", url))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] dom = chromium.getInputStream().readAllBytes();
            if (!chromium.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                chromium.destroyForcibly();
                throw new IOException("chromium did not finish rendering " + url);
            }
            return new String(dom, StandardCharsets.UTF_8);
        } finally {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
