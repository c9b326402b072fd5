package dev.postern.inboundscanner.scanner.embedding;

import dev.postern.inboundscanner.scanner.ScannerSettings;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The passage model trained at build time and shipped in the engine jar ({@value #RESOURCE}), so that a scanner
 * starts in a second or two instead of training for most of a minute. The build writes it after compiling (see
 * {@link #main}); at start {@link TrainedPassageModels} uses it only when it is exactly what training would produce
 * now:
 * <ul>
 *   <li>the same exemplars, carriers and training constants (the model fingerprint),</li>
 *   <li>the same scanner limits (they decide the passages),</li>
 *   <li>the same bytes of every class and resource of the scanner the build saw (any change to the code that selects,
 *       embeds or scores passages),</li>
 *   <li>the same embedder: a fixed sentence embeds to the vector saved with the model (cosine ≥
 *       {@value #SAME_EMBEDDER}, to allow for floating-point differences between CPUs).</li>
 * </ul>
 * Otherwise the scanner trains at start as before. The file keeps every part of the model at full precision, so a
 * loaded model scores exactly as the one it was saved from.
 */
public final class PassageModelFile {

    public static final String RESOURCE = "dev/postern/inboundscanner/scanner/passage-model.bin";
    static final double SAME_EMBEDDER = 0.9999;
    private static final int FORMAT = 1;
    private static final String MAGIC = "postern-passage-model";
    /** Embedded at save and at load to tell whether the embedder is the one the model was trained with. */
    private static final String PROBE_SENTENCE = "Please file the signed lease with the other documents for unit four.";
    private static final String SCANNER_TREE = "dev/postern/inboundscanner/scanner/";

    private PassageModelFile() {
    }

    /**
     * What a saved model was trained from, beyond its fingerprint.
     *
     * @param limits     the scanner limits that shape passages
     * @param codeFiles  class and resource paths of the scanner, relative to the class path
     * @param codeDigest SHA-256 over those files' bytes, in that order
     * @param probe      the embedder's vector for {@link #PROBE_SENTENCE}
     */
    record Provenance(String limits, List<String> codeFiles, String codeDigest, float[] probe) {
    }

    /**
     * Trains the bundled model with default settings and saves it under {@code args[0]} (the build's class directory),
     * unless the file there already matches. Run by the engine's build after compilation.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PassageModelFile <classes directory>");
        }
        Path classes = Path.of(args[0]);
        Path target = classes.resolve(RESOURCE);
        ScannerSettings settings = ScannerSettings.defaults();
        MiniLmEmbedder embedder = MiniLmEmbedder.shared();
        long start = System.nanoTime();
        if (Files.exists(target)) {
            try (InputStream in = Files.newInputStream(target)) {
                if (read(in, ExemplarSet.bundled(), CarrierSet.bundled(), settings, embedder, PassageModelFile.class.getClassLoader())
                        .isPresent()) {
                    System.out.println("[passage-model] " + target + " is up to date");
                    return;
                }
            }
        }
        List<String> files = scannerFiles(classes);
        PassageModel model = TrainedPassageModels.train(ExemplarSet.bundled(), CarrierSet.bundled(), embedder, settings);
        Provenance provenance = new Provenance(limits(settings), files, digest(files, PassageModelFile.class.getClassLoader()),
                embedder.embed(List.of(PROBE_SENTENCE)).get(0));
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            write(model, provenance, out);
        }
        Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("[passage-model] trained %s (%d rows, AUC %.3f) in %.1f s; saved %s (%d KiB)%n",
                model.fingerprint(), model.report().rows(), model.report().crossValidatedAuc(),
                (System.nanoTime() - start) / 1e9, target, Files.size(target) / 1024);
    }

    /** The model shipped on the class path, if there is one and it is what training {@code exemplars} would give. */
    static Optional<PassageModel> bundled(ExemplarSet exemplars, CarrierSet carriers, ScannerSettings settings,
                                          TextEmbedder embedder) {
        ClassLoader loader = PassageModelFile.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : load(in, exemplars, carriers, settings, embedder, loader);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@link #read}, with a damaged file read as no file: it is no reason not to start, training gives the model. */
    static Optional<PassageModel> load(InputStream in, ExemplarSet exemplars, CarrierSet carriers, ScannerSettings settings,
                                       TextEmbedder embedder, ClassLoader loader) {
        try {
            return read(in, exemplars, carriers, settings, embedder, loader);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void write(PassageModel model, Provenance provenance, OutputStream sink) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(sink), 1 << 16))) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(model.fingerprint());
            out.writeUTF(provenance.limits());
            out.writeUTF(provenance.codeDigest());
            out.writeInt(provenance.codeFiles().size());
            for (String file : provenance.codeFiles()) {
                out.writeUTF(file);
            }
            writeFloats(out, provenance.probe());
            PassageModel.TrainingReport report = model.report();
            out.writeInt(report.rows());
            out.writeInt(report.positives());
            out.writeDouble(report.crossValidated());
            out.writeDouble(report.crossValidatedAuc());

            ExemplarNeighbours neighbours = model.neighbours();
            out.writeInt(neighbours.dimension());
            out.writeInt(neighbours.injections().size());
            for (Exemplar exemplar : neighbours.injections()) {
                out.writeUTF(exemplar.id());
                out.writeUTF(exemplar.family());
                writeString(out, exemplar.text());
                out.writeBoolean(exemplar.injection());
            }
            writeFloats(out, neighbours.injectionVectors());
            writeInts(out, neighbours.injectionFolds());
            writeFloats(out, neighbours.benignVectors());
            writeInts(out, neighbours.benignFolds());

            out.writeInt(model.wordProbes().length);
            for (WordProbe probe : model.wordProbes()) {
                writeFloats(out, probe.weights());
                out.writeDouble(probe.intercept());
            }
            out.writeInt(model.vectorProbes().length);
            for (VectorProbe probe : model.vectorProbes()) {
                writeDoubles(out, probe.means());
                writeDoubles(out, probe.scales());
                writeDoubles(out, probe.weights());
                out.writeDouble(probe.intercept());
            }
            for (LogisticModel logistic : List.of(model.combiner(), model.structural(), model.ranker())) {
                writeDoubles(out, logistic.means());
                writeDoubles(out, logistic.scales());
                writeDoubles(out, logistic.weights());
            }
        }
    }

    /**
     * The saved model, if it matches: the same fingerprint training {@code exemplars} and {@code carriers} would give,
     * the same limits, the same code (read through {@code loader}) and the same embedder.
     */
    static Optional<PassageModel> read(InputStream source, ExemplarSet exemplars, CarrierSet carriers,
                                       ScannerSettings settings, TextEmbedder embedder, ClassLoader loader)
            throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source), 1 << 16));
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
            return Optional.empty();
        }
        String fingerprint = in.readUTF();
        if (!fingerprint.equals(PassageModelTrainer.fingerprint(exemplars, carriers))
                || !in.readUTF().equals(limits(settings))) {
            return Optional.empty();
        }
        String codeDigest = in.readUTF();
        int fileCount = in.readInt();
        List<String> files = new ArrayList<>(fileCount);
        for (int i = 0; i < fileCount; i++) {
            files.add(in.readUTF());
        }
        if (!codeDigest.equals(digest(files, loader))) {
            return Optional.empty();
        }
        float[] probe = readFloats(in);
        float[] now = embedder.embed(List.of(PROBE_SENTENCE)).get(0);
        if (now.length != probe.length || ExemplarNeighbours.cosine(now, probe) < SAME_EMBEDDER) {
            return Optional.empty();
        }
        PassageModel.TrainingReport report = new PassageModel.TrainingReport(in.readInt(), in.readInt(), in.readDouble(),
                in.readDouble());

        int dimension = in.readInt();
        int injectionCount = in.readInt();
        List<Exemplar> injections = new ArrayList<>(injectionCount);
        for (int i = 0; i < injectionCount; i++) {
            injections.add(new Exemplar(in.readUTF(), in.readUTF(), readString(in), in.readBoolean()));
        }
        ExemplarNeighbours neighbours = new ExemplarNeighbours(injections, readFloats(in), readInts(in), readFloats(in),
                readInts(in), dimension);

        WordProbe[] wordProbes = new WordProbe[in.readInt()];
        for (int i = 0; i < wordProbes.length; i++) {
            wordProbes[i] = new WordProbe(readFloats(in), in.readDouble());
        }
        VectorProbe[] vectorProbes = new VectorProbe[in.readInt()];
        for (int i = 0; i < vectorProbes.length; i++) {
            vectorProbes[i] = new VectorProbe(readDoubles(in), readDoubles(in), readDoubles(in), in.readDouble());
        }
        LogisticModel[] logistic = new LogisticModel[3];
        for (int i = 0; i < logistic.length; i++) {
            logistic[i] = new LogisticModel(readDoubles(in), readDoubles(in), readDoubles(in));
        }
        return Optional.of(new PassageModel(neighbours, wordProbes, vectorProbes, logistic[0], logistic[1], logistic[2],
                fingerprint, report));
    }

    /** The settings that decide which passages training sees; thresholds and the judge do not. */
    static String limits(ScannerSettings settings) {
        return settings.maxPartChars() + "/" + settings.maxHtmlChars() + "/" + settings.maxEmbeddedChunks() + "/"
                + settings.maxChunkChars() + "/" + settings.maxDecodedChars();
    }

    /** Every file of the scanner's package tree under a class directory, but the model itself, in a stable order. */
    static List<String> scannerFiles(Path classes) throws IOException {
        Path tree = classes.resolve(SCANNER_TREE);
        try (Stream<Path> paths = Files.walk(tree)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> classes.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith(RESOURCE))
                    .sorted()
                    .toList();
        }
    }

    /** SHA-256 over the files' names and bytes as {@code loader} finds them; a missing file gives a digest of its own. */
    static String digest(List<String> files, ClassLoader loader) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : files) {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = loader.getResourceAsStream(file)) {
                    digest.update(in == null ? new byte[] {0} : in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float value : values) {
            out.writeFloat(value);
        }
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        float[] values = new float[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }

    private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double value : values) {
            out.writeDouble(value);
        }
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        double[] values = new double[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int value : values) {
            out.writeInt(value);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }
}
