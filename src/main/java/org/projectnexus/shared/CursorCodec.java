package org.projectnexus.shared;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns keyset positions into opaque, tamper-evident cursors: the keys are signed with an HMAC, so
 * a modified or forged cursor is refused with 400 instead of silently paging somewhere else.
 */
@Component
public class CursorCodec {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAC_BYTES = 16;

    private final Secrets secrets;

    CursorCodec(Secrets secrets) {
        this.secrets = secrets;
    }

    public String encode(Cursor cursor) {
        var values = new ArrayList<String>();
        values.add(cursor.scope());
        values.addAll(cursor.keys());
        var payload = JSON.writeValueAsBytes(values);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /**
     * Reads a page request from the {@code limit} and {@code cursor} query parameters of a listing
     * whose scope (name and filters) is given.
     */
    public PageRequest page(Integer limit, String cursor, String scope) {
        var size = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
        return new PageRequest(size, cursor == null || cursor.isBlank() ? null : decode(cursor, scope));
    }

    /**
     * Cuts a page from rows fetched with one extra row ({@code limit + 1}): the extra row only says
     * that a next page exists, and the cursor points after the last row served.
     */
    public <T> CursorPage<T> slice(List<T> rows, PageRequest page, Function<T, Cursor> positionOf) {
        var items = List.copyOf(rows.size() <= page.limit() ? rows : rows.subList(0, page.limit()));
        var cursors = items.stream().map(item -> encode(positionOf.apply(item))).toList();
        return new CursorPage<>(items, rows.size() > page.limit() ? cursors.getLast() : null, cursors);
    }

    /** One page of a query that returns rows after a (time, id) position, one more than the limit. */
    @FunctionalInterface
    public interface TimeKeysetQuery<T> {

        /**
         * Up to {@code limit + 1} rows after {@code (afterTime, afterId)} in the listing's order
         * (both null for the first page): the extra row tells that a next page exists.
         */
        List<T> rows(Instant afterTime, UUID afterId, int limit);
    }

    /**
     * The usual keyset page: newest or oldest first by a timestamp, ties broken by id. Reads the
     * cursor (400 if it was tampered with or is of another listing), runs the query, and makes the
     * next cursor from the last row.
     */
    public <T> CursorPage<T> timeKeyset(
            Integer limit,
            String cursor,
            String scope,
            TimeKeysetQuery<T> query,
            Function<T, Instant> time,
            Function<T, UUID> id) {
        var page = page(limit, cursor, scope);
        Instant afterTime = null;
        UUID afterId = null;
        if (!page.first()) {
            try {
                afterTime = Instant.parse(page.cursor().key(0));
                afterId = UUID.fromString(page.cursor().key(1));
            } catch (RuntimeException e) {
                throw invalid();
            }
        }
        var rows = query.rows(afterTime, afterId, page.limit());
        return slice(
                rows,
                page,
                last -> new Cursor(
                        scope,
                        List.of(time.apply(last).toString(), id.apply(last).toString())));
    }

    public Cursor decode(String token, String expectedScope) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            throw invalid();
        }
        byte[] payload;
        byte[] mac;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            mac = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(mac, mac(payload))) {
            throw invalid();
        }
        List<String> values;
        try {
            values = JSON.readValue(payload, new TypeReference<List<String>>() {});
        } catch (JacksonException e) {
            throw invalid();
        }
        if (values.isEmpty() || !values.getFirst().equals(expectedScope)) {
            throw ProblemException.badRequest(
                    "invalid-cursor",
                    "The cursor belongs to another listing or other filters; start again without a cursor.");
        }
        return new Cursor(values.getFirst(), values.subList(1, values.size()));
    }

    private byte[] mac(byte[] payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.get("cursor-hmac", 32), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static ProblemException invalid() {
        return ProblemException.badRequest(
                "invalid-cursor",
                "The cursor is not valid (modified or truncated); use the nextCursor value as given.");
    }
}
