package nl.kring.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexicon in the compact form the browser gets: Bloom filters, one per bucket of words, so that asking
 * "is this a Dutch word?" costs the browser one small file (about 7 KiB of the ~450 KiB all buckets take) and
 * only when a query word is not in the index. A Bloom filter never says no to a word of the lexicon; it says yes
 * to about 1 in 100 other words (10 bits per word, 7 probes), which then get no "did you mean" — the safe side.
 * <p>
 * Hashing, mirrored exactly by {@code search.js} ({@code lexiconHashes}): FNV-1a (32 bits) over the UTF-16 code
 * units of the folded word gives h1; h2 = (h1 ^ h1 >>> 15) * 0x2c1b3c6d | 1. The bucket is h2 >>> 26; probe i
 * sets bit (h1 + i * h2) mod m (unsigned) of the bucket's m bits (bit b lives in byte b / 8, bit b % 8).
 */
public final class LexiconFilter {

    public static final int BUCKETS = 64;
    public static final int PROBES = 7;
    private static final int BITS_PER_WORD = 10;

    private LexiconFilter() {
    }

    /** The buckets' bytes, bucket by bucket. */
    public static List<byte[]> buckets(Iterable<String> words) {
        int[] counts = new int[BUCKETS];
        for (String word : words) {
            counts[bucket(hash2(hash1(word)))]++;
        }
        List<byte[]> buckets = new ArrayList<>(BUCKETS);
        for (int count : counts) {
            buckets.add(new byte[Math.max(1, (count * BITS_PER_WORD + 7) / 8)]);
        }
        for (String word : words) {
            int h1 = hash1(word);
            int h2 = hash2(h1);
            byte[] bits = buckets.get(bucket(h2));
            int m = bits.length * 8;
            for (int i = 0; i < PROBES; i++) {
                int bit = Integer.remainderUnsigned(h1 + i * h2, m);
                bits[bit >>> 3] |= (byte) (1 << (bit & 7));
            }
        }
        return buckets;
    }

    /** Whether the filter (as {@link #buckets}) may hold the word; the browser's question, asked from Java. */
    public static boolean mayContain(List<byte[]> buckets, String word) {
        int h1 = hash1(word);
        int h2 = hash2(h1);
        byte[] bits = buckets.get(bucket(h2));
        int m = bits.length * 8;
        for (int i = 0; i < PROBES; i++) {
            int bit = Integer.remainderUnsigned(h1 + i * h2, m);
            if ((bits[bit >>> 3] & (1 << (bit & 7))) == 0) {
                return false;
            }
        }
        return true;
    }

    static int hash1(String word) {
        int h = 0x811c9dc5;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    static int hash2(int h1) {
        return ((h1 ^ (h1 >>> 15)) * 0x2c1b3c6d) | 1;
    }

    static int bucket(int h2) {
        return h2 >>> 26;
    }
}
