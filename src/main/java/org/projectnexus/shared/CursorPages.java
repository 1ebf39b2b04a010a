package org.projectnexus.shared;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The HTTP side of cursor pagination: the page as body, plus a {@code Link: rel="next"} header. */
public final class CursorPages {

    private CursorPages() {}

    public static <T> ResponseEntity<CursorPage<T>> ok(CursorPage<T> page) {
        var response = ResponseEntity.ok();
        if (page.nextCursor() != null) {
            var next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("cursor", page.nextCursor())
                    .build()
                    .toUriString();
            response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return response.body(page);
    }
}
