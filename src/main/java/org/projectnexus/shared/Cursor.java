package org.projectnexus.shared;

import java.util.List;

/**
 * The decoded position of a keyset page: the sort keys of the last item served, and which listing
 * (with which filters) they belong to, so a cursor cannot be replayed against another query.
 *
 * @param scope what listing the cursor belongs to, e.g. {@code members?track=BACKEND}
 * @param keys the sort keys of the last item, in order
 */
public record Cursor(String scope, List<String> keys) {

    public Cursor {
        keys = List.copyOf(keys);
    }

    public String key(int index) {
        return keys.get(index);
    }
}
