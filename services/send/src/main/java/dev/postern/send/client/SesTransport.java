package dev.postern.send.client;

import dev.postern.send.config.SesSettings;
import dev.postern.send.domain.EmailAddresses;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2AsyncClient;
import software.amazon.awssdk.services.sesv2.SesV2AsyncClientBuilder;
import software.amazon.awssdk.services.sesv2.model.Destination;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import software.amazon.awssdk.services.sesv2.model.RawMessage;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SendEmailResponse;

/**
 * SES v2 through the AWS SDK's async client. Each copy is one SendEmail call with the composed
 * bytes as raw content, paced by a token bucket at the account's maximum send rate (read with
 * GetAccount and refreshed), retried with exponential backoff when throttled, behind a circuit
 * breaker, with connect, attempt and whole-call timeouts, naming the configured configuration set.
 */
public final class SesTransport implements Transport {

    private static final Logger LOG = Logger.getLogger(SesTransport.class);
    private static final Duration RATE_RETRY = Duration.ofMinutes(1);

    private final SesSettings settings;
    private final SesV2AsyncClient client;
    private final TokenBucket pacing;
    private final CircuitBreaker circuit;
    private final AtomicLong rateReadAt = new AtomicLong(Long.MIN_VALUE);
    private final AtomicBoolean rateReading = new AtomicBoolean();

    public SesTransport(SesSettings settings) {
        this(settings, client(settings));
    }

    SesTransport(SesSettings settings, SesV2AsyncClient client) {
        this.settings = settings;
        this.client = client;
        this.pacing = new TokenBucket(settings.fallbackMaxSendRate());
        this.circuit = new CircuitBreaker(settings.circuit().failureThreshold(), settings.circuit().openFor());
    }

    @Override
    public String name() {
        return "ses";
    }

    @Override
    public boolean acceptanceIsDelivery() {
        return false;
    }

    /** The sends per second this transport currently paces to. */
    public double maxSendRate() {
        return pacing.rate();
    }

    public CircuitBreaker.State circuitState() {
        return circuit.state();
    }

    @Override
    public Uni<List<CopyResult>> transmit(List<OutboundCopy> copies, Instant deadline) {
        return refreshRateIfStale().chain(() -> Multi.createFrom().iterable(copies)
                .onItem().transformToUniAndConcatenate(copy -> Instant.now().isAfter(deadline)
                        ? Uni.createFrom().item(CopyResult.notAttempted(copy.recipient()))
                        : sendOne(copy))
                .collect().asList());
    }

    private Uni<CopyResult> sendOne(OutboundCopy copy) {
        if (!circuit.tryAcquire()) {
            return Uni.createFrom().item(CopyResult.deferred(copy.recipient(), "SES circuit open"));
        }
        Duration wait = pacing.reserve(1);
        Uni<Void> paced = wait.isZero() ? Uni.createFrom().voidItem() : Uni.createFrom().voidItem().onItem().delayIt().by(wait);
        return paced.chain(() -> call(copy))
                .map(response -> {
                    circuit.onSuccess();
                    return CopyResult.accepted(copy.recipient(), response.messageId(), "SES accepted");
                })
                .onFailure().recoverWithItem(failure -> {
                    SesFailures.Kind kind = SesFailures.classify(failure);
                    String why = SesFailures.describe(failure);
                    LOG.warnf("SES %s message %s to %s: %s", kind, copy.messageId(), EmailAddresses.mask(copy.recipient()),
                            EmailAddresses.maskAll(why));
                    if (kind == SesFailures.Kind.UNAVAILABLE) {
                        circuit.onFailure();
                        return CopyResult.deferred(copy.recipient(), why);
                    }
                    circuit.onSuccess(); // SES answered
                    return kind == SesFailures.Kind.REJECTED
                            ? CopyResult.rejected(copy.recipient(), why)
                            : CopyResult.deferred(copy.recipient(), why);
                });
    }

    private Uni<SendEmailResponse> call(OutboundCopy copy) {
        return Uni.createFrom().completionStage(() -> client.sendEmail(request(copy)))
                .onFailure(e -> SesFailures.classify(e) == SesFailures.Kind.THROTTLED).retry()
                .withBackOff(settings.throttleBackoff(), settings.throttleBackoffMax()).withJitter(0.2)
                .atMost(settings.throttleRetries());
    }

    private SendEmailRequest request(OutboundCopy copy) {
        SendEmailRequest.Builder request = SendEmailRequest.builder()
                .fromEmailAddress(copy.envelopeFrom())
                .destination(Destination.builder().toAddresses(copy.recipient()).build())
                .content(EmailContent.builder().raw(RawMessage.builder().data(SdkBytes.fromByteArray(copy.mime())).build()).build())
                .emailTags(copy.tags().stream().map(t -> MessageTag.builder().name(t.name()).value(t.value()).build()).toList());
        settings.configurationSet().ifPresent(request::configurationSetName);
        return request.build();
    }

    /** Reads the account's maximum send rate when it is older than {@code account-refresh}; one reader at a time. */
    Uni<Void> refreshRateIfStale() {
        long now = System.nanoTime();
        long readAt = rateReadAt.get();
        if (readAt != Long.MIN_VALUE && now - readAt < settings.accountRefresh().toNanos()) {
            return Uni.createFrom().voidItem();
        }
        if (!rateReading.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().completionStage(() -> client.getAccount(b -> { }))
                .invoke(account -> {
                    Double rate = account.sendQuota() == null ? null : account.sendQuota().maxSendRate();
                    if (rate != null && rate > 0) {
                        pacing.setRate(rate);
                        LOG.infof("SES maximum send rate is %.1f/s", rate);
                    }
                    rateReadAt.set(System.nanoTime());
                })
                .onFailure().invoke(e -> {
                    LOG.warnf("SES GetAccount failed, pacing at %.1f/s: %s", pacing.rate(), SesFailures.describe(e));
                    rateReadAt.set(System.nanoTime() - settings.accountRefresh().toNanos() + RATE_RETRY.toNanos());
                })
                .onFailure().recoverWithNull()
                .eventually(() -> rateReading.set(false))
                .replaceWithVoid();
    }

    @Override
    public void close() {
        client.close();
    }

    private static SesV2AsyncClient client(SesSettings s) {
        SesV2AsyncClientBuilder builder = SesV2AsyncClient.builder()
                .region(Region.of(s.region()))
                .credentialsProvider(credentials(s))
                .httpClientBuilder(NettyNioAsyncHttpClient.builder()
                        .connectionTimeout(s.connectTimeout())
                        .readTimeout(s.apiCallAttemptTimeout())
                        .writeTimeout(s.apiCallAttemptTimeout())
                        .maxConcurrency(32))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(s.apiCallTimeout())
                        .apiCallAttemptTimeout(s.apiCallAttemptTimeout())
                        // Throttling is retried here, with backoff and pacing; the SDK's own retries would hide it.
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .build());
        s.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(SesSettings s) {
        if (s.accessKeyId().isPresent() && s.secretAccessKey().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(s.accessKeyId().get(), s.secretAccessKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
