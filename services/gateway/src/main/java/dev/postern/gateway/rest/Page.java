package dev.postern.gateway.rest;

import java.util.List;

/** A page of a list: newest first; pass {@code next_cursor} back as {@code cursor} for the next page. */
public record Page<T>(String object, List<T> data, boolean hasMore, String nextCursor) {

    public static <T> Page<T> of(List<T> data, boolean hasMore, String nextCursor) {
        return new Page<>("list", data, hasMore, hasMore ? nextCursor : null);
    }
}
