package dev.postern.inboundscanner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The optional LLM judge (Anthropic, through LangChain4j): asked only about messages the offline layers score as
 * suspicious; it may quarantine them, never clear them. Off unless {@code enabled}; when on, a judge that errs or
 * times out makes the message quarantined (the scanner fails closed).
 */
@ConfigMapping(prefix = "postern.inbound.judge")
public interface JudgeSettings {

    @WithDefault("false")
    boolean enabled();

    /** The Anthropic API key. Required when enabled; never logged. */
    Optional<String> apiKey();

    @WithDefault("claude-haiku-4-5")
    String model();

    @WithDefault("https://api.anthropic.com/v1/")
    String baseUrl();

    @WithDefault("10s")
    Duration timeout();
}
