package org.projectnexus.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Links with query strings, every value percent-encoded ("c++" stays "c++", not "c  "). */
final class Links {

    private Links() {}

    /** The path with the non-empty parameters, in the order given. */
    static String to(String path, Map<String, String> parameters) {
        var link = new StringBuilder(path);
        var separator = '?';
        for (var parameter : parameters.entrySet()) {
            var value = parameter.getValue();
            if (value == null || value.isEmpty()) {
                continue;
            }
            link.append(separator)
                    .append(parameter.getKey())
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            separator = '&';
        }
        return link.toString();
    }
}
