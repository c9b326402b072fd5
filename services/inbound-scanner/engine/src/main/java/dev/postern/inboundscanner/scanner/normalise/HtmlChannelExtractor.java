package dev.postern.inboundscanner.scanner.normalise;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits an HTML body into what a person sees and what only a machine reads. Hidden means: display:none,
 * visibility:hidden, zero opacity, zero font size, zero width/height with overflow hidden, off-screen positioning,
 * text colour (nearly) equal to its background, the {@code hidden} attribute, hidden inputs, templates, comments,
 * and alt/title/aria-label attributes. Classes hidden by a {@code <style>} rule count too. Traversal is iterative,
 * so deep nesting cannot overflow the stack.
 */
public final class HtmlChannelExtractor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3",
            "h4", "h5", "h6", "table", "ul", "ol", "blockquote", "section", "article", "header", "footer", "pre",
            "hr", "center", "dd", "dt");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "meta", "link");
    private static final Pattern STYLE_RULE = Pattern.compile("\\.([A-Za-z0-9_-]+)\\s*\\{([^}]{0,400})}");
    private static final Pattern OFF_SCREEN = Pattern.compile(
            "(?:left|top|right|text-indent|margin-left|margin-top)\\s*:\\s*-\\s*\\d{3,}");
    private static final Pattern ZERO_SIZE = Pattern.compile(
            "(?:^|;)\\s*(?:max-)?(?:width|height)\\s*:\\s*0(?:px|em|rem|pt|%)?\\s*(?:!important)?\\s*(?:;|$)");
    private static final Pattern TINY_FONT = Pattern.compile(
            "font-size\\s*:\\s*(?:0(?:\\.\\d+)?|1)(?:px|pt|em|rem|%)?\\s*(?:!important)?\\s*(?:;|$)");
    private static final Pattern ZERO_OPACITY = Pattern.compile("(?:^|;)opacity:0?(?:\\.0+)?(?:!important)?(?:;|$)");
    private static final Pattern COLOUR = Pattern.compile("(?:^|;)\\s*color\\s*:\\s*([^;!]+)");
    private static final Pattern BACKGROUND = Pattern.compile("background(?:-color)?\\s*:\\s*([^;!]+)");

    /** Longest preview text, without its padding; inbox lists show about a hundred characters. */
    private static final int MAX_PREHEADER = 160;
    /** What senders pad preview text with so that the body does not show after it: invisible joiners and spaces. */
    private static final Pattern PREVIEW_PADDING = Pattern.compile(
            "[\\u034f\\u200b-\\u200f\\u2060\\ufeff\\u00a0\\u00ad\\u2007\\u3000]+");

    private static final Pattern CSS_CONTENT = Pattern.compile("content\\s*:\\s*([\"'])((?:(?!\\1)[^\\n]){16,600})\\1");

    private HtmlChannelExtractor() {
    }

    public static HtmlChannels extract(String html) {
        Document document = Jsoup.parse(html);
        Map<String, String> hiddenClasses = hiddenClasses(document);
        Collector collector = new Collector(hiddenClasses);
        NodeTraversor.traverse(collector, document);
        String preheader = collector.preheader();
        List<HtmlChannels.HiddenText> hidden = collector.hiddenTexts();
        hidden.addAll(cssContent(document));
        return new HtmlChannels(indent(tidy(collector.visible)), indent(tidy(collector.quoted)), hidden, preheader);
    }

    /**
     * Text a style sheet draws with {@code content: "…"} (::before and ::after): rendered by some clients, invisible
     * to a scanner that reads only the document's text. Short values are icons, quotes and separators.
     */
    private static List<HtmlChannels.HiddenText> cssContent(Document document) {
        List<HtmlChannels.HiddenText> texts = new ArrayList<>();
        for (Element style : document.select("style")) {
            Matcher content = CSS_CONTENT.matcher(style.data());
            while (content.find()) {
                texts.add(new HtmlChannels.HiddenText("css-content", content.group(2).replace("\\A", "\n").strip()));
            }
        }
        return texts;
    }

    private static Map<String, String> hiddenClasses(Document document) {
        Map<String, String> hidden = new HashMap<>();
        for (Element style : document.select("style")) {
            Matcher rule = STYLE_RULE.matcher(style.data());
            while (rule.find()) {
                String reason = hidingReason(rule.group(2).toLowerCase(Locale.ROOT));
                if (reason != null) {
                    hidden.put(rule.group(1), reason);
                }
            }
        }
        return hidden;
    }

    /** Why a style declaration hides its element, or {@code null}. Colour is handled separately. */
    static String hidingReason(String style) {
        String s = style.replace(" ", "");
        if (s.contains("display:none")) {
            return "display-none";
        }
        if (s.contains("visibility:hidden") || s.contains("visibility:collapse")) {
            return "visibility-hidden";
        }
        if (ZERO_OPACITY.matcher(s).find()) {
            return "zero-opacity";
        }
        if (TINY_FONT.matcher(style).find()) {
            return "zero-font-size";
        }
        if (ZERO_SIZE.matcher(style).find() && s.contains("overflow:hidden")) {
            return "zero-size";
        }
        if (OFF_SCREEN.matcher(style).find()) {
            return "off-screen";
        }
        if (s.contains("mso-hide:all") || s.contains("clip:rect(0") || s.contains("transform:scale(0)")) {
            return "clipped";
        }
        return null;
    }

    /** Marks a preformatted line's start through {@link #tidy}, which folds runs of spaces. */
    private static final String INDENT = "\u0001";

    private static String indent(String text) {
        return text.replace(INDENT, "    ");
    }

    private static String tidy(StringBuilder text) {
        return keepLetterGaps(text.toString()).replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ").replaceAll(" ?\\n ?", "\n")
                .replaceAll("\\n{3,}", "\n\n").replace(GAP, ' ').strip();
    }

    /** Stands for a space inside spaced-out letters while {@link #tidy} folds the others. */
    private static final char GAP = '\u0002';

    /**
     * A spaced-out sentence tells its words apart by wider gaps than its letters; folding every run of spaces to one
     * would leave a single word nobody can read back (the scrambled-text decoder reads the gaps).
     */
    private static String keepLetterGaps(String text) {
        Matcher matcher = ScrambledTextDecoder.SPACED.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, matcher.start()).append(matcher.group().replace(' ', GAP).replace('\u00A0', GAP));
            last = matcher.end();
        } while (matcher.find());
        return out.append(text, last, text.length()).toString();
    }

    /** @param preheader inside the block read as the preview text ({@link Collector#preheader()}) */
    private record State(String hiddenReason, boolean quoted, boolean skipped, int[] background, boolean preformatted,
                         boolean preheader) {
    }

    private static final class Collector implements NodeVisitor {
        private final Map<String, String> hiddenClasses;
        private final Deque<State> states = new ArrayDeque<>();
        final StringBuilder visible = new StringBuilder();
        final StringBuilder quoted = new StringBuilder();
        private final Map<String, StringBuilder> hidden = new java.util.LinkedHashMap<>();
        /** Why the first hidden block, while no visible text came before it, is hidden: set once it is found. */
        private String preheaderReason;
        private final StringBuilder preheader = new StringBuilder();
        private boolean sawVisible;

        Collector(Map<String, String> hiddenClasses) {
            this.hiddenClasses = hiddenClasses;
            states.push(new State(null, false, false, new int[]{255, 255, 255}, false, false));
        }

        List<HtmlChannels.HiddenText> hiddenTexts() {
            List<HtmlChannels.HiddenText> texts = new ArrayList<>();
            hidden.forEach((reason, text) -> {
                String tidied = tidy(text);
                if (!tidied.isBlank()) {
                    texts.add(new HtmlChannels.HiddenText(reason, tidied));
                }
            });
            return texts;
        }

        /**
         * The preview text mail clients show in the inbox list next to the subject: the first hidden block of a message,
         * before any visible text, short once its padding is gone. A person sees it, so it is not hidden text. Longer
         * blocks go back to the hidden channel under their own reason.
         */
        String preheader() {
            String text = PREVIEW_PADDING.matcher(preheader).replaceAll(" ").replaceAll("\\s+", " ").strip();
            if (text.isEmpty()) {
                return "";
            }
            if (text.length() > MAX_PREHEADER) {
                hide(preheaderReason, preheader.toString());
                return "";
            }
            return text;
        }

        private void hide(String reason, String text) {
            StringBuilder builder = hidden.computeIfAbsent(reason, r -> new StringBuilder());
            builder.append(text).append('\n');
        }

        @Override
        public void head(Node node, int depth) {
            State parent = states.peek();
            if (node instanceof Element element) {
                State state = stateOf(element, parent);
                states.push(state);
                if (!state.skipped) {
                    hiddenAttributes(element);
                    if (BLOCKS.contains(element.normalName())) {
                        target(state).append('\n');
                    }
                }
            } else if (node instanceof TextNode text && !parent.skipped) {
                if (parent.preheader) {
                    preheader.append(text.getWholeText()).append(' ');
                } else if (parent.hiddenReason != null) {
                    hide(parent.hiddenReason, text.getWholeText());
                } else if (parent.preformatted) {
                    // A code or example block, indented as plain-text mail sets one off.
                    StringBuilder target = target(parent);
                    if (target.length() == 0 || target.charAt(target.length() - 1) == '\n') {
                        target.append(INDENT);
                    }
                    target.append(text.getWholeText().replace("\n", "\n" + INDENT));
                    sawVisible |= !text.isBlank();
                } else {
                    target(parent).append(text.getWholeText());
                    sawVisible |= !text.isBlank();
                }
            } else if (node instanceof Comment comment) {
                String data = comment.getData().strip();
                if (!data.isEmpty() && !data.startsWith("[if") && !data.startsWith("<![endif]")) {
                    hide("comment", data);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                State state = states.pop();
                if (!state.skipped && BLOCKS.contains(element.normalName())) {
                    target(state).append('\n');
                }
            }
        }

        private StringBuilder target(State state) {
            return state.quoted ? quoted : visible;
        }

        private void hiddenAttributes(Element element) {
            for (String attribute : new String[]{"alt", "title", "aria-label"}) {
                String value = element.attr(attribute).strip();
                if (value.length() > 2) {
                    hide(attribute + "-attribute", value);
                }
            }
            if ("input".equals(element.normalName()) && "hidden".equalsIgnoreCase(element.attr("type"))) {
                hide("hidden-input", element.attr("value"));
            }
        }

        private State stateOf(Element element, State parent) {
            String name = element.normalName();
            boolean skipped = parent.skipped || SKIPPED.contains(name) || "title".equals(name);
            String style = element.attr("style").toLowerCase(Locale.ROOT);
            int[] background = parent.background;
            Matcher bg = BACKGROUND.matcher(style);
            if (bg.find()) {
                int[] parsed = CssColours.parse(bg.group(1));
                if (parsed != null) {
                    background = parsed;
                }
            }
            int[] bgAttribute = CssColours.parse(element.attr("bgcolor"));
            if (bgAttribute != null) {
                background = bgAttribute;
            }
            String reason = parent.hiddenReason;
            boolean preheader = parent.preheader;
            if (reason == null) {
                reason = ownHidingReason(element, style, background);
                if (reason != null && !sawVisible && preheaderReason == null && !skipped
                        && !"hidden-attribute".equals(reason) && !"comment".equals(reason)) {
                    preheaderReason = reason;
                    preheader = true;
                }
            }
            boolean quoted = parent.quoted || "blockquote".equals(name)
                    || element.className().contains("gmail_quote") || element.className().contains("yahoo_quoted")
                    || element.id().equals("divRplyFwdMsg");
            boolean preformatted = parent.preformatted || "pre".equals(name);
            return new State(reason, quoted, skipped, background, preformatted, preheader);
        }

        private String ownHidingReason(Element element, String style, int[] background) {
            if (element.hasAttr("hidden") || "template".equals(element.normalName())) {
                return "hidden-attribute";
            }
            String reason = hidingReason(style);
            if (reason != null) {
                return reason;
            }
            for (String cls : element.classNames()) {
                String byClass = hiddenClasses.get(cls);
                if (byClass != null) {
                    return byClass + "-by-class";
                }
            }
            String colourValue = null;
            Matcher colour = COLOUR.matcher(style);
            if (colour.find()) {
                colourValue = colour.group(1);
            } else if ("font".equals(element.normalName()) && element.hasAttr("color")) {
                colourValue = element.attr("color");
            }
            int[] rgb = colourValue == null ? null : CssColours.parse(colourValue);
            if (rgb != null && CssColours.nearlyEqual(rgb, background)) {
                return "colour-matches-background";
            }
            return null;
        }
    }
}
