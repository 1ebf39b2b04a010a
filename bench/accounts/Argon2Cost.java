import java.util.Arrays;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Cost of one Argon2id hash at the parameters Nexus uses, and at a few others for comparison.
 * Run: see bench/README.md.
 */
public class Argon2Cost {

    public static void main(String[] args) {
        int[][] settings = {{19456, 2, 1}, {47104, 1, 1}, {65536, 3, 1}};
        for (var s : settings) {
            var encoder = new Argon2PasswordEncoder(16, 32, s[2], s[0], s[1]);
            var hash = encoder.encode("correct horse battery staple");
            for (int i = 0; i < 20; i++) {
                encoder.matches("correct horse battery staple", hash); // warm-up
            }
            var samples = new long[50];
            for (int i = 0; i < samples.length; i++) {
                long start = System.nanoTime();
                encoder.matches("correct horse battery staple", hash);
                samples[i] = System.nanoTime() - start;
            }
            Arrays.sort(samples);
            System.out.printf(
                    "m=%d KiB t=%d p=%d: median %.1f ms, p90 %.1f ms per hash%n",
                    s[0], s[1], s[2], samples[25] / 1e6, samples[45] / 1e6);
        }
    }
}
