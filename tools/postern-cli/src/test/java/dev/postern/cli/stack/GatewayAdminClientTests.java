package dev.postern.cli.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GatewayAdminClientTests {

    @Test
    void readsTheWorkspaceAndBothKeys() {
        CreatedWorkspace workspace = GatewayAdminClient.parse("""
                {"workspace":{"id":"ws_123","name":"default"},
                 "api_keys":[{"id":"key_1","mode":"test","key":"pstn_test_abc","prefix":"pstn_test_a"},
                             {"id":"key_2","mode":"live","key":"pstn_live_xyz","prefix":"pstn_live_x"}]}""");

        assertThat(workspace).isEqualTo(new CreatedWorkspace("ws_123", "default", "pstn_live_xyz", "pstn_test_abc"));
        assertThat(workspace.toString()).doesNotContain("pstn_live_xyz").doesNotContain("pstn_test_abc");
    }

    @Test
    void anAnswerWithoutKeysIsAnError() {
        assertThatThrownBy(() -> GatewayAdminClient.parse("{\"workspace\":{\"id\":\"ws_1\"},\"api_keys\":[]}"))
                .isInstanceOf(StackException.class).hasMessageContaining("API key");
    }
}
