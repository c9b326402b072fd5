package dev.postern.inboundscanner.client;

/** Where raw MIME is kept (S3). Blocking calls with timeouts; call them off the event loop. */
public interface RawMailStore {

    void put(String key, byte[] raw);

    byte[] get(String key);

    void delete(String key);

    /** An object another writer put somewhere else (SES's receipt bucket). */
    byte[] getFrom(String bucket, String key);
}
