package dev.postern.send.client;

import java.util.concurrent.CompletionException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sesv2.model.AccountSuspendedException;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.LimitExceededException;
import software.amazon.awssdk.services.sesv2.model.MailFromDomainNotVerifiedException;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.NotFoundException;
import software.amazon.awssdk.services.sesv2.model.SendingPausedException;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

/** What an SES failure means for the copy being sent, and for the circuit breaker. */
public final class SesFailures {

    public enum Kind {
        /** Too many requests: retry with backoff; SES is up. */
        THROTTLED,
        /** SES answered and refused this message: it fails for good. */
        REJECTED,
        /** SES (or the way to it) is not working: try again later; counts against the circuit. */
        UNAVAILABLE
    }

    private SesFailures() {
    }

    public static Kind classify(Throwable failure) {
        Throwable e = unwrap(failure);
        if (e instanceof TooManyRequestsException || e instanceof LimitExceededException) {
            return Kind.THROTTLED;
        }
        if (e instanceof MessageRejectedException || e instanceof MailFromDomainNotVerifiedException
                || e instanceof BadRequestException || e instanceof NotFoundException) {
            return Kind.REJECTED;
        }
        if (e instanceof AccountSuspendedException || e instanceof SendingPausedException) {
            return Kind.UNAVAILABLE;
        }
        if (e instanceof AwsServiceException service) {
            if (service.isThrottlingException() || service.statusCode() == 429) {
                return Kind.THROTTLED;
            }
            return service.statusCode() >= 500 || service.statusCode() == 0 ? Kind.UNAVAILABLE : Kind.REJECTED;
        }
        if (e instanceof SdkClientException) {
            return Kind.UNAVAILABLE;
        }
        return Kind.UNAVAILABLE;
    }

    /** A short description for the message's history (no request ids, no addresses). */
    public static String describe(Throwable failure) {
        Throwable e = unwrap(failure);
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String code = service.awsErrorDetails().errorCode();
            String message = service.awsErrorDetails().errorMessage();
            return "SES " + (code == null ? service.statusCode() : code) + (message == null ? "" : ": " + message);
        }
        return "SES unreachable: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
