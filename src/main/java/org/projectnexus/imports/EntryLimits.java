package org.projectnexus.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What an imported item is cut to so that it fits an entry (the entries module checks the same limits). */
final class EntryLimits {

    private static final int MAX_TITLE = 200;
    private static final int MAX_TECHNOLOGIES = 20;

    private EntryLimits() {}

    /** Known technologies first, then suggestions, at most 20 in all (an entry's limit). */
    static List<List<String>> technologies(
            Set<String> resolved, Set<String> suggestions, String where, List<String> warnings) {
        var known = new ArrayList<>(resolved);
        var unknown = new ArrayList<>(suggestions);
        var knownNames = List.copyOf(known);
        unknown.removeIf(name -> knownNames.stream().anyMatch(k -> k.equalsIgnoreCase(name)));
        if (known.size() + unknown.size() > MAX_TECHNOLOGIES) {
            warnings.add(where + ": more than " + MAX_TECHNOLOGIES + " technologies; the first " + MAX_TECHNOLOGIES
                    + " kept");
            if (known.size() > MAX_TECHNOLOGIES) {
                known = new ArrayList<>(known.subList(0, MAX_TECHNOLOGIES));
            }
            unknown = new ArrayList<>(unknown.subList(0, MAX_TECHNOLOGIES - known.size()));
        }
        return List.of(List.copyOf(known), List.copyOf(unknown));
    }

    /** The title cut to an entry's limit, at a word where it can be. */
    static String title(String raw) {
        var title = raw.strip();
        if (title.length() <= MAX_TITLE) {
            return title;
        }
        var cut = title.substring(0, MAX_TITLE - 1);
        var space = cut.lastIndexOf(' ');
        return (space > MAX_TITLE / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }
}
