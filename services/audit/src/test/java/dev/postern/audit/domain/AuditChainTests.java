package dev.postern.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTests {

    static AuditEntry row(long seq) {
        AuditEntry e = new AuditEntry();
        e.workspaceId = "ws_01JDX0000000000000000000WS";
        e.seq = seq;
        e.eventId = "evt_01JDX00000000000000000000" + seq;
        e.eventType = "api.call";
        e.occurredAt = Instant.parse("2026-11-23T02:00:00.123Z").plusSeconds(seq);
        e.source = "postern/gateway";
        e.category = "auth";
        e.action = "me.read";
        e.actorType = "api_key";
        e.actorId = "key_1";
        e.actorKeyPrefix = "pstn_live_AbCdEfGh";
        e.actorIp = "203.0.113.7";
        e.actorUserAgent = "curl/8.5.0";
        e.targetType = "workspace";
        e.targetId = e.workspaceId;
        e.correlationId = "req_1";
        e.data = AuditChain.canonicalJson("{\"status\":200,\"method\":\"GET\",\"nested\":{\"b\":1,\"a\":[2,1]}}");
        return e;
    }

    static List<AuditEntry> chain(int n) {
        List<AuditEntry> rows = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntry r = row(i);
            r.prevHash = prev;
            r.hash = AuditChain.hash(prev, r);
            prev = r.hash;
            rows.add(r);
        }
        return rows;
    }

    @Test
    void canonicalFormSortsKeysAtEveryLevelAndIsCompact() {
        assertThat(AuditChain.canonicalJson("{ \"b\": 1, \"a\": {\"d\": [ {\"z\":1, \"y\":2} ], \"c\": null} }"))
                .isEqualTo("{\"a\":{\"c\":null,\"d\":[{\"y\":2,\"z\":1}]},\"b\":1}");
        assertThat(AuditChain.canonicalJson("{\"n\":1.50}")).isEqualTo(AuditChain.canonicalJson(AuditChain.canonicalJson("{\"n\":1.50}")));
    }

    @Test
    void goldenHashOfAKnownRow() {
        // Pinned: a change here invalidates every chain already written. Recompute with:
        // printf '%s\n%s' <64 zeros> '<canonical>' | sha256sum
        AuditEntry r = row(1);
        assertThat(AuditChain.canonical(r)).isEqualTo("{\"action\":\"me.read\",\"actor\":{\"id\":\"key_1\",\"ip\":\"203.0.113.7\","
                + "\"key_prefix\":\"pstn_live_AbCdEfGh\",\"type\":\"api_key\",\"user_agent\":\"curl/8.5.0\"},\"category\":\"auth\","
                + "\"correlation_id\":\"req_1\",\"data\":{\"method\":\"GET\",\"nested\":{\"a\":[2,1],\"b\":1},\"status\":200},"
                + "\"event_id\":\"evt_01JDX000000000000000000001\",\"event_type\":\"api.call\",\"occurred_at\":\"2026-11-23T02:00:01.123Z\","
                + "\"seq\":1,\"source\":\"postern/gateway\",\"target\":{\"id\":\"ws_01JDX0000000000000000000WS\",\"type\":\"workspace\"},"
                + "\"workspace_id\":\"ws_01JDX0000000000000000000WS\"}");
        assertThat(AuditChain.hash(AuditChain.GENESIS, r))
                .isEqualTo(AuditChain.sha256Hex(AuditChain.GENESIS + "\n" + AuditChain.canonical(r)))
                .isEqualTo(GOLDEN_HASH);
    }

    private static final String GOLDEN_HASH = "3cc4579f532611ba7d2a9dd7eaf51c1e38718c579fbdc985bd462500b77974bf";

    @Test
    void anIntactChainVerifies() {
        List<AuditEntry> rows = chain(5);
        AuditChain.Walker walker = new AuditChain.Walker();
        rows.forEach(walker::accept);
        AuditChain.Verification v = walker.result(5, rows.get(4).hash);
        assertThat(v.valid()).isTrue();
        assertThat(v.rows()).isEqualTo(5);
    }

    @Test
    void anEditedRowIsFound() {
        List<AuditEntry> rows = chain(5);
        rows.get(2).action = "api_keys.revoke";
        AuditChain.Walker walker = new AuditChain.Walker();
        rows.forEach(walker::accept);
        AuditChain.Verification v = walker.result(5, rows.get(4).hash);
        assertThat(v.valid()).isFalse();
        assertThat(v.firstInvalidSeq()).isEqualTo(3);
        assertThat(v.reason()).contains("altered");
    }

    @Test
    void aRemovedRowIsFoundInTheMiddleAndAtTheEnd() {
        List<AuditEntry> rows = chain(5);
        AuditChain.Walker middle = new AuditChain.Walker();
        rows.stream().filter(r -> r.seq != 3).forEach(middle::accept);
        assertThat(middle.result(5, rows.get(4).hash).firstInvalidSeq()).isEqualTo(3);

        AuditChain.Walker tail = new AuditChain.Walker();
        rows.stream().limit(4).forEach(tail::accept);
        AuditChain.Verification v = tail.result(5, rows.get(4).hash);
        assertThat(v.valid()).isFalse();
        assertThat(v.reason()).contains("removed");
    }

    @Test
    void aRehashedForgeryStillBreaksTheLinkToTheNextRow() {
        List<AuditEntry> rows = chain(3);
        AuditEntry forged = rows.get(0);
        forged.actorIp = "198.51.100.1";
        forged.hash = AuditChain.hash(forged.prevHash, forged); // the forger recomputes this row's hash
        AuditChain.Walker walker = new AuditChain.Walker();
        rows.forEach(walker::accept);
        assertThat(walker.result(3, rows.get(2).hash).firstInvalidSeq()).isEqualTo(2);
    }
}
