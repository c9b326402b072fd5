package dev.postern.inboundscanner.scanner;

/** What the pipeline does with a message. */
public enum Verdict {
    /** Deliver to the agent as it is. */
    CLEAN,
    /** Deliver, but flagged: the agent should treat the content with extra care. */
    SUSPICIOUS,
    /** Hold; never delivered until released by a person. */
    QUARANTINED
}
