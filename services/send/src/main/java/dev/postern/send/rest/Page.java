package dev.postern.send.rest;

import java.util.List;

/** One page of a list, newest first; {@code next_cursor} fetches the next one. */
public record Page<T>(String object, List<T> data, boolean hasMore, String nextCursor) {

    public static <T> Page<T> of(List<T> data, boolean hasMore, String nextCursor) {
        return new Page<>("list", data, hasMore, nextCursor);
    }
}
