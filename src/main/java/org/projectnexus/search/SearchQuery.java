package org.projectnexus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.projectnexus.shared.ProblemException;

/**
 * A search box query in web-search syntax ({@code "quoted phrase"}, {@code -exclude}, {@code or})
 * turned into a PostgreSQL tsquery expression: each word also matches its typo alternatives from
 * the title and technology vocabulary, and the last word also matches as a prefix (the user may
 * still be typing it).
 */
final class SearchQuery {

    static final int MAX_LENGTH = 200;

    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(-?)(\\S+)");

    private SearchQuery() {}

    private record Term(String text, boolean phrase, boolean negated) {}

    /**
     * What sort of query it is, for the search latency metric: {@code phrase} (has a quoted
     * phrase), {@code operators} (an exclusion or "or"), else {@code words}.
     */
    static String kindOf(String q) {
        if (q == null) {
            return "words";
        }
        if (q.contains("\"")) {
            return "phrase";
        }
        var words = q.strip().split("\\s+");
        for (var word : words) {
            if ((word.startsWith("-") && word.length() > 1) || word.equalsIgnoreCase("or")) {
                return "operators";
            }
        }
        return "words";
    }

    /** SQL for the tsquery, with its parameters added to {@code params}. */
    static String toSql(String q, Map<String, Object> params) {
        if (q == null || q.isBlank()) {
            throw ProblemException.invalid("q", "must not be empty: say what to look for");
        }
        if (q.length() > MAX_LENGTH) {
            throw ProblemException.invalid("q", "must be at most " + MAX_LENGTH + " characters");
        }
        // Groups are AND-ed; the terms inside a group are OR-ed ("a b or c" = a AND (b OR c)).
        var groups = new ArrayList<List<Term>>();
        var matcher = TOKEN.matcher(q);
        var orNext = false;
        while (matcher.find()) {
            var phrase = matcher.group(2) != null;
            var negated = !(phrase ? matcher.group(1) : matcher.group(3)).isEmpty();
            var text = phrase ? matcher.group(2).strip() : matcher.group(4);
            if (text.isEmpty() || (!phrase && text.equals("-"))) {
                continue;
            }
            if (!phrase && !negated && text.equalsIgnoreCase("or")) {
                orNext = !groups.isEmpty();
                continue;
            }
            var term = new Term(text, phrase, negated);
            if (orNext && !negated) {
                groups.getLast().add(term);
            } else {
                groups.add(new ArrayList<>(List.of(term)));
            }
            orNext = false;
        }
        var positive =
                groups.stream().flatMap(List::stream).filter(t -> !t.negated()).toList();
        if (positive.isEmpty()) {
            throw ProblemException.invalid("q", "needs at least one word or phrase to look for, not only exclusions");
        }
        var last = positive.getLast();
        var sql = new StringBuilder();
        for (var group : groups) {
            if (!sql.isEmpty()) {
                sql.append(" && ");
            }
            sql.append('(');
            for (int i = 0; i < group.size(); i++) {
                if (i > 0) {
                    sql.append(" || ");
                }
                sql.append(termSql(group.get(i), group.get(i) == last && !q.endsWith(" "), params));
            }
            sql.append(')');
        }
        return sql.toString();
    }

    private static String termSql(Term term, boolean prefix, Map<String, Object> params) {
        var name = "q" + params.size();
        params.put(name, term.text());
        String sql;
        if (term.phrase()) {
            sql = "phraseto_tsquery('english', :" + name + ")";
        } else {
            sql = "websearch_to_tsquery('english', :" + name + ") || search_typo_alternatives(:" + name + ")";
            var lexeme = term.text().replaceAll("[^\\p{L}\\p{N}]", "");
            if (prefix && !lexeme.isEmpty()) {
                var prefixName = name + "p";
                params.put(prefixName, lexeme + ":*");
                sql += " || to_tsquery('english', :" + prefixName + ")";
            }
        }
        return term.negated() ? "!!(" + sql + ")" : "(" + sql + ")";
    }
}
