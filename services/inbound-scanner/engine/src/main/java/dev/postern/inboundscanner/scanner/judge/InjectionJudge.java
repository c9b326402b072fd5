package dev.postern.inboundscanner.scanner.judge;

/**
 * Layer 4, optional: a second opinion on grey-zone messages (scored between the suspicious and quarantine
 * thresholds). Off unless configured. An implementation that throws makes the scanner fail closed.
 */
public interface InjectionJudge {

    String name();

    JudgeVerdict judge(JudgeRequest request);
}
