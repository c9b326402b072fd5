package dev.postern.cli.stack;

/** A workspace the gateway just created, with the only copy of its two API keys. */
public record CreatedWorkspace(String id, String name, String liveKey, String testKey) {

    @Override
    public String toString() {
        return "CreatedWorkspace[id=" + id + ", name=" + name + "]";
    }
}
