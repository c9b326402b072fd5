package dev.postern.inboundscanner.scanner.embedding;

/**
 * One training sentence written by the project.
 *
 * @param id        {@code family-N}, e.g. {@code exfil-3}
 * @param family    attack family or kind of benign mail
 * @param text      the sentence
 * @param injection whether it is an instruction aimed at an AI reader
 */
public record Exemplar(String id, String family, String text, boolean injection) {
}
