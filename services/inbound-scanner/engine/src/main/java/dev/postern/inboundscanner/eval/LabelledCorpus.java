package dev.postern.inboundscanner.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads labelled JSONL. */
public final class LabelledCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledCorpus() {
    }

    public static List<LabelledItem> read(InputStream jsonl) throws IOException {
        List<LabelledItem> items = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(jsonl, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            String label = node.path("label").asText();
            if (!label.equals("injection") && !label.equals("benign")) {
                throw new IOException("line " + number + ": label must be injection or benign, was '" + label + "'");
            }
            items.add(new LabelledItem(node.path("id").asText("line-" + number), node.path("text").asText(),
                    label.equals("injection"), node.path("source").asText("unknown"), node.path("category").asText(""),
                    node.path("format").asText("text")));
        }
        return items;
    }
}
