package io.seamgraph.sample;

/**
 * Deterministic, collision-free identifiers. Every id is a bijection of (person index, ordinal), so ids never collide,
 * do not reveal the person order, and do not depend on the order in which persons are generated.
 */
final class Ids {

    /** Record numbers are permuted within this range; it bounds how many records a system can hold. */
    static final long RECORD_SPACE = 100_000_000L;
    private static final long MASK_40 = (1L << 40) - 1;
    private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

    private Ids() {
    }

    /** SplitMix64 finaliser: spreads any 64-bit input over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seed of one random stream: a function of the run seed, a stream kind and an index, nothing else. */
    static long streamSeed(long seed, long kind, long index) {
        return mix(mix(seed ^ 0x5DEECE66DL) + mix(kind * 0x9E3779B97F4A7C15L) + index);
    }

    /**
     * A keyed permutation of [0, RECORD_SPACE): a four-round Feistel network on 28 bits, cycle-walked back into the
     * range. Neighbouring inputs give unrelated outputs, so record ids do not reveal the order of persons.
     */
    static long permute(long x, int system, long seed) {
        if (x < 0 || x >= RECORD_SPACE) {
            throw new IllegalArgumentException("cannot permute " + x + ": outside [0, " + RECORD_SPACE + ")");
        }
        long key = mix(seed * 31 + system);
        long v = x;
        do {
            v = feistel(v, key);
        } while (v >= RECORD_SPACE);
        return v;
    }

    private static long feistel(long v, long key) {
        long left = (v >>> 14) & MASK_14;
        long right = v & MASK_14;
        for (int round = 1; round <= 4; round++) {
            long next = left ^ (mix(right + key * round) & MASK_14);
            left = right;
            right = next;
        }
        return (left << 14) | right;
    }

    private static final long MASK_14 = (1L << 14) - 1;

    /** A bijection on 40-bit numbers (xor, odd multiplications and xorshifts), keyed. */
    static long scramble40(long x, long key) {
        long v = (x ^ (key & MASK_40)) & MASK_40;
        v = (v * 0x9E3779B97F4A7C15L) & MASK_40;
        v ^= v >>> 19;
        v = (v * 0xD6E8FEB86659FD93L) & MASK_40;
        v ^= v >>> 21;
        return v;
    }

    /** Eight base-36 characters for a 40-bit number (36^8 exceeds 2^40). */
    static String base36(long value, int width) {
        char[] out = new char[width];
        long v = value;
        for (int i = width - 1; i >= 0; i--) {
            out[i] = BASE36.charAt((int) (v % 36));
            v /= 36;
        }
        return new String(out);
    }

    static String digits(long value, int width) {
        String s = Long.toString(value);
        if (s.length() >= width) {
            return s;
        }
        return "0".repeat(width - s.length()) + s;
    }

    static String hex(long value, int width) {
        String s = Long.toHexString(value);
        if (s.length() >= width) {
            return s.substring(s.length() - width);
        }
        return "0".repeat(width - s.length()) + s;
    }
}
