package th.go.cdd.cdvl.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A child process (Keycloak or the app) with a log file and a pid file, so that a launcher
 * killed with -9 can find and stop it on the next start.
 */
final class ManagedProcess {

    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path logFile;
    private final Path pidFile;
    private volatile Process process;
    private boolean stopped; // guarded by this: no start after the shutdown hook ran stop()

    ManagedProcess(String name, Path logFile, Path pidFile) {
        this.name = name;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    synchronized void start(List<String> command, Path workDir, Map<String, String> env) throws IOException {
        if (stopped) {
            throw new LauncherException(name + " not started: the launcher is shutting down");
        }
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(env);
        process = builder.start();
        Files.writeString(pidFile, Long.toString(process.pid()));
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    Optional<Process> process() {
        return Optional.ofNullable(process);
    }

    /** Polls {@code url} until it answers 200; fails early when the process exits. */
    void awaitHttpOk(String url, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                throw new LauncherException(name + " exited early (exit code " + process.exitValue() + ").\n"
                        + lastLines(40));
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LauncherException("Interrupted while waiting for " + name);
            }
            sleep(500);
        }
        throw new LauncherException(name + " was not ready after " + timeout.toSeconds() + " s (" + url + ").\n"
                + lastLines(40));
    }

    /** SIGTERM, wait up to 20 s, then SIGKILL. */
    synchronized void stop() {
        stopped = true;
        Process p = process;
        if (p != null && p.isAlive()) {
            System.out.println("Stopping " + name + " (pid " + p.pid() + ") ...");
            stop(p.toHandle(), name);
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // best effort
        }
    }

    String lastLines(int count) {
        return "---- last " + count + " lines of " + logFile + " ----\n" + tail(logFile, count)
                + "---- end of " + logFile.getFileName() + " ----";
    }

    /** Stops a process this launcher started in an earlier run (recorded in {@code pidFile}). */
    static void stopLeftover(Path pidFile, String name, String commandLineMarker) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String text = Files.readString(pidFile).trim();
        Files.delete(pidFile);
        Optional<ProcessHandle> handle;
        try {
            handle = ProcessHandle.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return;
        }
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return;
        }
        String commandLine = handle.get().info().commandLine().orElse("");
        if (!commandLine.contains(commandLineMarker)) {
            return; // the pid was reused by an unrelated process
        }
        System.out.println("Found a " + name + " left over from an earlier run (pid " + text + "): stopping it.");
        stop(handle.get(), name);
    }

    static void stop(ProcessHandle handle, String name) {
        handle.destroy();
        try {
            handle.onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            System.out.println(name + " did not stop within " + STOP_GRACE.toSeconds() + " s: killing it.");
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
            handle.onExit().join();
        }
    }

    static boolean isPortInUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void requirePortFree(int port, String what, String option) {
        if (isPortInUse(port)) {
            throw new LauncherException("Port " + port + " (" + what + ") is already in use by another program,"
                    + " maybe a launcher of another checkout or a process left over from a kill -9."
                    + " Find it with `ss -ltnp 'sport = :" + port + "'`, stop it, or pass " + option + ".");
        }
    }

    static String tail(Path file, int count) {
        if (!Files.exists(file)) {
            return "(no log)\n";
        }
        Deque<String> lines = new ArrayDeque<>();
        // InputStreamReader replaces malformed bytes instead of failing
        try (var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> {
                lines.addLast(line);
                if (lines.size() > count) {
                    lines.removeFirst();
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return "(could not read log: " + e.getMessage() + ")\n";
        }
        StringBuilder sb = new StringBuilder();
        lines.forEach(line -> sb.append(line).append('\n'));
        return sb.toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted");
        }
    }
}
