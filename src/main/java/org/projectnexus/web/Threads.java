package org.projectnexus.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.projectnexus.collaboration.EntryComment;

/** Comments, oldest first with their parent ids, as nested threads. */
final class Threads {

    /** Deeper replies are shown at this depth (a 360 px screen has no room for more indentation). */
    static final int MAX_DEPTH = 4;

    private Threads() {}

    static List<EntryPage.CommentNode> of(List<EntryComment> comments) {
        var byId = new LinkedHashMap<String, EntryComment>();
        comments.forEach(c -> byId.put(c.id(), c));
        var children = new HashMap<String, List<EntryComment>>();
        var roots = new ArrayList<EntryComment>();
        for (var comment : comments) {
            if (comment.parentId() != null && byId.containsKey(comment.parentId())) {
                children.computeIfAbsent(comment.parentId(), k -> new ArrayList<>())
                        .add(comment);
            } else {
                roots.add(comment);
            }
        }
        return roots.stream().map(c -> node(c, children, 0)).toList();
    }

    private static EntryPage.CommentNode node(EntryComment c, Map<String, List<EntryComment>> children, int depth) {
        var replies = children.getOrDefault(c.id(), List.of()).stream()
                .map(reply -> node(reply, children, depth + 1))
                .toList();
        return new EntryPage.CommentNode(
                c.id(),
                c.authorHandle(),
                c.authorName(),
                c.bodyHtml(),
                c.deleted(),
                c.accepted(),
                Format.date(c.createdAt()),
                Math.min(depth, MAX_DEPTH),
                replies);
    }
}
