package dev.postern.inboundscanner.scanner.embedding;

import java.util.List;

/** Turns passages into unit-length vectors. Implementations are thread-safe. */
public interface TextEmbedder {

    List<float[]> embed(List<String> passages);
}
