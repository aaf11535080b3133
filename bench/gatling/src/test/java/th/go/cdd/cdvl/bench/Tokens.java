package th.go.cdd.cdvl.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Real Keycloak access tokens for the benchmark users (password grant of the test client, then
 * refresh grants). Access tokens live 300 s: {@link #keepFresh} renews every token before it
 * expires, in the background, so simulations only ever read a map. A password grant costs
 * Keycloak a password hash (~0.1–0.5 s here); a refresh costs ~50 ms, so tokens are kept in a file
 * between Prepare and the simulations and refreshed rather than fetched again.
 */
public final class Tokens {

    /** Refresh tokens older than this at the start of a simulation and in the background. */
    private static final long MAX_AGE_MS = 200_000;

    record Token(String access, String refresh, long obtainedAt) {
    }

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Path file;

    private Tokens(Path file) {
        this.file = file;
    }

    public static Tokens load() {
        Tokens t = new Tokens(Bench.dataDir().resolve("tokens.tsv"));
        if (Files.isRegularFile(t.file)) {
            try {
                for (String line : Files.readAllLines(t.file)) {
                    String[] f = line.split("\t");
                    if (f.length == 4) {
                        t.tokens.put(f[0], new Token(f[1], f[2], Long.parseLong(f[3])));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return t;
    }

    public synchronized void save() {
        StringBuilder sb = new StringBuilder();
        tokens.forEach((user, t) -> sb.append(user).append('\t').append(t.access()).append('\t').append(t.refresh())
                .append('\t').append(t.obtainedAt()).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, sb);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current access token of a user; {@link #ensure} must have fetched it. */
    public String access(String user) {
        Token t = tokens.get(user);
        if (t == null) {
            throw new IllegalStateException("No token for " + user + " (run Prepare first)");
        }
        return t.access();
    }

    /** True if the user exists in the realm (a password grant works). */
    public boolean tryLogin(String user) {
        try {
            tokens.put(user, passwordGrant(user));
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /**
     * Makes sure every user has a token younger than {@code maxAgeMs}: refresh grant when one is
     * held, password grant otherwise (or when the refresh is refused). {@code threads} in parallel.
     */
    public void ensure(Collection<String> users, long maxAgeMs, int threads) {
        List<String> todo = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (String u : new LinkedHashSet<>(users)) {
            Token t = tokens.get(u);
            if (t == null || now - t.obtainedAt() > maxAgeMs) {
                todo.add(u);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, todo.size())));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String u : todo) {
                done.add(pool.submit(() -> tokens.put(u, renew(u))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Fetching tokens failed: " + (e.getCause() != null ? e.getCause().getMessage() : e), e);
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("Tokens: %d renewed in %.1f s%n", todo.size(), (System.nanoTime() - t0) / 1e9);
    }

    /** Renews the given users' tokens before they expire, in the background, until the JVM exits. */
    public void keepFresh(Collection<String> users) {
        List<String> list = List.copyOf(new LinkedHashSet<>(users));
        ensure(list, 30_000, 4);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread th = new Thread(r, "token-refresh");
            th.setDaemon(true);
            return th;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                ensure(list, MAX_AGE_MS, 2);
            } catch (RuntimeException e) {
                System.err.println("Token refresh failed: " + e.getMessage());
            }
        }, 10, 10, TimeUnit.SECONDS);
    }

    private Token renew(String user) {
        Token old = tokens.get(user);
        if (old != null && old.refresh() != null && !old.refresh().isEmpty()) {
            try {
                return grant(Map.of("grant_type", "refresh_token", "client_id", Bench.clientId(), "refresh_token", old.refresh()), user);
            } catch (IllegalStateException e) {
                // session expired: log in again below
            }
        }
        return passwordGrant(user);
    }

    private Token passwordGrant(String user) {
        return grant(Map.of("grant_type", "password", "client_id", Bench.clientId(), "username", user,
                "password", Bench.passwordOf(user), "scope", "openid"), user);
    }

    private static Token grant(Map<String, String> form, String user) {
        long now = System.currentTimeMillis();
        Api.Reply r = Api.postForm(Bench.realmUrl() + "/protocol/openid-connect/token", form);
        if (r.status() != 200) {
            throw new IllegalStateException("Keycloak refused " + form.get("grant_type") + " for " + user + ": HTTP " + r.status()
                    + " " + r.abbreviated());
        }
        JsonNode json = r.json();
        return new Token(json.path("access_token").asText(), json.path("refresh_token").asText(""), now);
    }
}
