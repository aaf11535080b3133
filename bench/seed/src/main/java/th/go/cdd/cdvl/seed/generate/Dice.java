package th.go.cdd.cdvl.seed.generate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The only source of chance in the data set: a {@link SplittableRandom} per named stream, derived
 * from the seed and the stream's name. Each part of the data set draws from its own stream, so
 * adding draws to one part (say, the current quarter's activities) leaves every other part as it was.
 */
public final class Dice {

    private final SplittableRandom random;

    private Dice(SplittableRandom random) {
        this.random = random;
    }

    public static Dice stream(long seed, String name) {
        long h = seed;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ b);
        }
        return new Dice(new SplittableRandom(mix(h)));
    }

    /** The SplitMix64 finaliser: spreads nearby inputs over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** 0 ≤ n < bound. */
    public int below(int bound) {
        return random.nextInt(bound);
    }

    /** min ≤ n ≤ max. */
    public int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public double unit() {
        return random.nextDouble();
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    public final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** An index drawn with the given relative weights. */
    public int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A day in [from, to], both included. */
    public LocalDate day(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
    }

    /** A random (version 4) UUID, but reproducible. */
    public UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
