package dev.postern.inboundscanner.scanner.embedding;

import java.util.List;

/**
 * The passages of one message worth embedding, and the message's context: its subject and the plain statements a
 * person sees, against which each passage's topic is compared.
 *
 * @param passages   the chosen passages, at most the budget
 * @param context    subject and plain statements, shortened
 * @param candidates visible sentences shaped like instructions, before the budget cut
 * @param sentences  visible sentences of two words or more
 */
public record PassageSelection(List<Passage> passages, String context, int candidates, int sentences) {

    public PassageSelection {
        passages = List.copyOf(passages);
        context = context == null ? "" : context;
    }

    /** Share of the message's sentences shaped like instructions: high in how-tos and newsletters. */
    public double instructionDensity() {
        return sentences == 0 ? 0 : Math.min(1, candidates / (double) sentences);
    }

    /** What the passage model needs to know about the whole message. */
    public MessageShape shape() {
        return new MessageShape(instructionDensity(), sentences);
    }

    /**
     * @param instructionDensity share of the visible sentences shaped like instructions
     * @param sentences          visible sentences
     */
    public record MessageShape(double instructionDensity, int sentences) {
        /** Size on a log scale: a two-line note near 0, a long newsletter near 1. */
        public double size() {
            return Math.min(1, Math.log1p(sentences) / Math.log1p(200));
        }
    }

    public boolean hasContext() {
        return !context.isBlank();
    }
}
