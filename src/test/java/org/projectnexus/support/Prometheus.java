package org.projectnexus.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One scrape of {@code /actuator/prometheus}, read as a client would: samples by name and labels. */
public final class Prometheus {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String text;

    private Prometheus(String text) {
        this.text = text;
    }

    public static Prometheus scrape(HttpProbe http) {
        var response = http.get("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        return new Prometheus(response.body());
    }

    /**
     * The sum of the samples of this name whose labels include these (name, value, name, value,
     * ...), or NaN when there is none.
     */
    public double value(String name, String... labels) {
        var wanted = labelMap(labels);
        var found = false;
        var sum = 0.0;
        for (var line : text.split("\n")) {
            var matcher = SAMPLE.matcher(line);
            if (!matcher.matches() || !matcher.group(1).equals(name)) {
                continue;
            }
            var actual = LABEL.matcher(matcher.group(3) == null ? "" : matcher.group(3))
                    .results()
                    .collect(Collectors.toMap(r -> r.group(1), r -> r.group(2)));
            if (actual.entrySet().containsAll(wanted.entrySet())) {
                found = true;
                sum += Double.parseDouble(matcher.group(4));
            }
        }
        return found ? sum : Double.NaN;
    }

    private static Map<String, String> labelMap(String... labels) {
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name, value pairs: " + Arrays.toString(labels));
        }
        var map = new java.util.HashMap<String, String>();
        for (int i = 0; i < labels.length; i += 2) {
            map.put(labels[i], labels[i + 1]);
        }
        return map;
    }
}
