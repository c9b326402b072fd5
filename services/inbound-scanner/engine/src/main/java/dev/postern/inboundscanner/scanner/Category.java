package dev.postern.inboundscanner.scanner;

/** Attack families the scanner names in its results. */
public enum Category {
    /** "Ignore previous instructions", "your real task is". */
    INSTRUCTION_OVERRIDE,
    /** Speaks to the AI reading the mail rather than to the person. */
    AI_ADDRESSING,
    /** Persona or role change, jailbreak personas. */
    ROLE_HIJACK,
    /** Chat-template or system tokens and pseudo system tags. */
    CHAT_TEMPLATE,
    /** Sends secrets, mail or personal data somewhere. */
    EXFILTRATION,
    /** Asks the agent to use a tool or perform an action on the mailbox. */
    TOOL_INVOCATION,
    /** Hides the action from the user. */
    CONCEALMENT,
    /** Encoded text with an instruction to decode and act on it. */
    ENCODED_PAYLOAD,
    /** Asks for standing behaviour: remember, always, in every reply, spread. */
    PERSISTENCE,
    /** Redirects or reshapes the agent's answer or task. */
    TASK_HIJACK,
    /** Invisible characters, homoglyphs, hidden HTML. */
    OBFUSCATION,
    /** The embedding classifier judged a passage to be an instruction aimed at an AI. */
    SEMANTIC_INSTRUCTION,
    /** The optional LLM judge called it an injection. */
    JUDGE,
    /** A layer failed; the scanner failed closed. */
    SCANNER_FAILURE
}
