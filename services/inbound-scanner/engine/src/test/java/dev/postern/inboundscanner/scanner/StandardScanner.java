package dev.postern.inboundscanner.scanner;

/** One standard scanner per test JVM: building it loads the ONNX model and trains the classifier. */
public final class StandardScanner {

    private static final Scanner INSTANCE = Scanner.create(ScannerSettings.defaults());

    private StandardScanner() {
    }

    public static Scanner get() {
        return INSTANCE;
    }
}
