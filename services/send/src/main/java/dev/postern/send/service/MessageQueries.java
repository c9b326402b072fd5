package dev.postern.send.service;

import dev.postern.send.domain.Message;
import dev.postern.send.domain.Recipient;
import dev.postern.send.domain.StatusChange;
import dev.postern.send.repository.MessageRepository;
import dev.postern.send.repository.TenantTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads of messages, always inside the workspace's transaction. */
@ApplicationScoped
public class MessageQueries {

    /** A message with everything its detail view shows. */
    public record Detail(Message message, List<Recipient> recipients, List<StatusChange> history) {
    }

    /** A message with its recipients, for lists. */
    public record Summary(Message message, List<Recipient> recipients) {
    }

    private final TenantTransactions transactions;
    private final MessageRepository messages;

    public MessageQueries(TenantTransactions transactions, MessageRepository messages) {
        this.transactions = transactions;
        this.messages = messages;
    }

    public Uni<Detail> find(String ws, String id) {
        return transactions.inWorkspace(ws, session -> messages.find(session, ws, id).chain(m -> m == null
                ? Uni.createFrom().nullItem()
                : messages.recipients(session, ws, id)
                        .chain(rs -> messages.history(session, ws, id).map(h -> new Detail(m, rs, h)))));
    }

    public Uni<List<Summary>> page(String ws, MessageRepository.Filter filter, int limit) {
        return transactions.inWorkspace(ws, session -> messages.page(session, ws, filter, limit).chain(list -> messages
                .recipientsOf(session, ws, list.stream().map(m -> m.id).toList())
                .map(all -> {
                    Map<String, List<Recipient>> byMessage = all.stream().collect(Collectors.groupingBy(r -> r.messageId));
                    return list.stream().map(m -> new Summary(m, byMessage.getOrDefault(m.id, List.of()))).toList();
                })));
    }
}
