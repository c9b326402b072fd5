package dev.postern.inboundscanner.scanner.rules;

import dev.postern.inboundscanner.scanner.Category;
import dev.postern.inboundscanner.scanner.Channel;
import dev.postern.inboundscanner.scanner.DetectionLayer;
import dev.postern.inboundscanner.scanner.Evidence;
import dev.postern.inboundscanner.scanner.LayerOutcome;
import dev.postern.inboundscanner.scanner.embedding.SentenceCues;
import dev.postern.inboundscanner.scanner.normalise.NormalisedMessage;
import dev.postern.inboundscanner.scanner.normalise.ObfuscationSignals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * Layer 2: weighted rules over every channel's normalised text, plus the obfuscation counts from normalisation.
 * Each rule counts once per message, at its strongest channel; the sum of weights {@code s} becomes the score
 * {@code 1 - e^-s}, so one strong rule gives about 0.8 and weak signs alone stay low.
 */
public final class RuleLayer implements DetectionLayer {

    /** Text a person cannot see, or had to decode, is more damning when it carries an instruction. */
    private static final Map<Channel, Double> CHANNEL_FACTOR = Map.of(
            Channel.SUBJECT, 1.0, Channel.VISIBLE, 1.0, Channel.QUOTED, 1.0, Channel.ATTACHMENT, 1.0,
            Channel.HIDDEN, 1.3, Channel.DECODED, 1.3);
    private static final int MATCHES_PER_RULE = 3;
    /** Rules from this weight are an injection sign on their own; below it they only count together with others. */
    static final double STRONG = 0.9;
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|never|n't|no one|nobody|won't|cannot|can't|neither|nor)\\b");

    /** "if the user asks you to ", "when anyone tells the bot to ": the condition of a guard, ending where the override starts. */
    private static final Pattern GUARD_CONDITION = Pattern.compile(
            "\\b(?:if|when|whenever|should)\\s+[^,;:]{0,40}?\\b(?:asks?|tells?|requests?|wants?|instructs?|orders?|urges?|pressures?)\\s+"
                    + "(?:you|it|them|the\\s+[\\w-]+)\\s+to\\s+$");

    /** A first-person or descriptive subject right before the verb: "we'll", "i will", "it will automatically". */
    private static final Pattern STATED = Pattern.compile(
            "(?:^|[^\\w'])(?:we|we'll|we will|we'd|we can|we may|we've|i'll|i will|they'll|they will|it'll|it will|this will|"
                    + "which will|that will|will automatically|automatically)\\s+(?:also\\s+|then\\s+|now\\s+|only\\s+)?$");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");
    /** A bracketed or hashed tag before an order ("[SYSTEM NOTICE]", "### admin"): framing, not part of it. */
    private static final Pattern MARKER = Pattern.compile("^(?:[\\[<(#*=-]+\\s*[\\w ]{1,30}[\\]>)#*=-]*\\s*)+");
    /**
     * Out of sight, an order to act on the mailbox towards someone outside (forward to an address, share with one,
     * invite one) or to destroy mail. Preheaders sell and inform ("shop the sale", "your statement is ready"); they do
     * not ask the reader to send, share or purge.
     */
    private static final Pattern HIDDEN_ACTION = Pattern.compile(
            "^(?:please\\s+|now\\s+|also\\s+|then\\s+)?(?:forward|send|e-?mail|share|move|delete|purge|create|invite|accept|transfer|"
                    + "pay|wire|copy|export|upload|reply|schedule|book|grant|add|set up|give|post|change|reset|disable|update|overwrite|replace)\\b[^.!?\\n]{0,200}?"
                    + "(?:[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|https?://|\\b(?:to|into) (?:the )?(?:trash|bin|deleted items)\\b|\\bpurge\\b|"
                    // a payee's account changed out of sight: "Update the bank details for vendor … to …"
                    + "\\b(?:bank details|bank account|iban|routing number|account number|sort code|payee|beneficiary|remittance details)\\b|"
                    + "\\b(?:edit|editor|admin|owner|full) (?:access|rights|permissions?)\\b|\\bpermanently\\b)");
    /** The catalogue's order verbs, and two that a request to a machine uses too. */
    private static final String ORDER_VERBS = InjectionRuleCatalogue.ORDER_VERBS + "|submit|reassign";
    /** Orders in the other languages mail arrives in: second-person imperatives and the polite request markers. */
    private static final String FOREIGN_ORDERS = "respond[ae]|env[i\\u00ed][ae]|reenv[i\\u00ed][ae]|manda|comparte|borra|elimina|transfiere|a\\u00f1ade|agrega|"
            + "r\\u00e9pond(?:ez|s)|envoy(?:ez)|envoie|transf\\u00e9rez|partagez|supprimez|ajoutez|\\u00e9crivez|"
            + "antworte|sende|schicke|leite|teile|l\\u00f6sche|f\\u00fcge|schreibe|"
            + "rispondi|invia|inoltra|condividi|cancella|aggiungi|scrivi|"
            + "envie|encaminhe|compartilhe|apague|exclua|adicione|escreva|"
            + "verwijder|stuur|beantwoord|deel|voeg|schrijf|vermeld|noem|"
            + "o\\s+(?:przes\\u0142anie|przekazanie|wys\\u0142anie|udost\\u0119pnienie)|"
            + "traduce|traduis|traduisez|\\u00fcbersetze|vertaal|traduza|traduci|escribe|\\u00e9cris|schreib|escreve|napisz|"
            + "menciona|mentionne|mentionnez|erw\\u00e4hne|menziona|mencione|wspomnij|recomienda|recommande|recommandez|empfiehl|raccomanda|recomende|"
            + "(?:debe|deben|doit|doivent|muss|m\\u00fcssen|soll|sollen|moet|moeten|deve|devono|musi|ska|m\\u00e5ste)\\s+\\w+|"
            + "\\u8bf7|\\u8acb|\\u3057\\u3066\\u304f\\u3060\\u3055\\u3044|\\u304f\\u3060\\u3055\\u3044|\\u4e0b\\u3055\\u3044";
    /**
     * After an address to the AI reader, in the same paragraph: an order, as an imperative opening a clause, after
     * "please", or after a modal ("it can simply go ahead and…", "you should…"). Not a prohibition: "please don't sign
     * anything on her behalf" is what a solicitor writes to whoever looks after a client's post.
     */
    private static final Pattern ORDER_AFTER = Pattern.compile(
            "(?:^\\s*|[,:;.!?\\u2014\\u2013-]\\s*|\\b(?:please|kindly)\\s+)(?:please\\s+|kindly\\s+|now\\s+|also\\s+|just\\s+|simply\\s+)?"
                    + "(?:always\\s+)?(?:" + ORDER_VERBS + ")\\b"
                    + "|\\b(?:could|can|would|will) you\\s+(?:please\\s+|kindly\\s+|just\\s+|also\\s+)?(?:" + ORDER_VERBS + ")\\b"
                    + "|\\b(?:please\\s+)?(?:have|let|get)\\s+(?:it|them)\\s+(?:to\\s+)?(?:" + ORDER_VERBS + ")\\b"
                    + "|\\b(?:should|must|can|could|may|shall|is to|are to|needs? to|has to|(?:is|are) (?:asked|requested|required|expected|invited|encouraged|welcome) to)\\s+(?:now\\s+|also\\s+|simply\\s+|just\\s+|directly\\s+|"
                    + "go ahead and\\s+)?(?:not\\s+)?(?:" + ORDER_VERBS + ")\\b"
                    + "|(?:" + FOREIGN_ORDERS + ")");
    /** The end of the sentence that follows an address (after some text of its own, not the address's colon). */
    private static final Pattern SENTENCE_END = Pattern.compile("\\S[^.!?\\n]*[.!?](?=\\s|$)");
    /** How far after the address an order still belongs to it: its sentence, within this many characters. */
    private static final int ORDER_REACH = 300;
    /** What an address followed by an order adds: enough to quarantine with one strong address. */
    private static final double ADDRESSED_THEN_ORDERED = 0.5;

    /**
     * A menu path a person clicks through ("Settings > Mail > Rules", "Account → Security"): the mail is a how-to for
     * people. An agent is not told where to click, so orders to set up mail rules and forwarding count half there.
     */
    private static final Pattern MENU_PATH = Pattern.compile(
            "\\b(?:settings|preferences|options|tools|file|account|mail|admin|setup)\\s*(?:>|\u2192|\u00bb|->|\u203a)\\s*\\w",
            Pattern.CASE_INSENSITIVE);
    /** The rules about mail rules and forwarding that {@link #MENU_PATH} halves. */
    private static final Set<String> MAIL_RULE_ORDERS = Set.of("tool.forwarding-rule", "tool.auto-forward-rule",
            "tool.mail-rule-forwarding");
    static final double HOW_TO_FACTOR = 0.5;

    /** "Action needed:", "Note:" before an order: a label, not part of it. */
    private static final Pattern LEADING_LABEL = Pattern.compile("^[A-Za-z][\\w ]{0,24}:\\s+");

    private final List<InjectionRule> rules;
    /** One per rule, in the same order: where in a text the rule can begin. */
    private final List<StartFilter> filters;
    private final Map<String, Category> categoryOf;

    public RuleLayer() {
        this(InjectionRuleCatalogue.rules());
    }

    public RuleLayer(List<InjectionRule> rules) {
        this.rules = List.copyOf(rules);
        this.filters = this.rules.stream().map(rule -> StartFilter.of(rule.pattern())).toList();
        this.categoryOf = this.rules.stream().collect(Collectors.toMap(InjectionRule::id, InjectionRule::category));
    }

    @Override
    public String name() {
        return "rules";
    }

    public int ruleCount() {
        return rules.size();
    }

    @Override
    public LayerOutcome assess(NormalisedMessage message) {
        List<Evidence> evidence = new ArrayList<>();
        Map<String, Double> strongestPerRule = new HashMap<>();
        Set<Category> categories = EnumSet.noneOf(Category.class);
        boolean[] outOfSight = {false};
        List<Evidence> addresses = new ArrayList<>();

        // Whether the mail is a how-to for people: asked once, and only of mail where a mail-rule order matched.
        Boolean[] howTo = {null};
        for (Map.Entry<Channel, String> entry : message.channels().entrySet()) {
            Channel channel = entry.getKey();
            String original = entry.getValue();
            String text = lowerCase(original);
            double factor = CHANNEL_FACTOR.get(channel);
            for (int r = 0; r < rules.size(); r++) {
                InjectionRule rule = rules.get(r);
                int[] found = {0};
                filters.get(r).forEachMatch(text, (start, end) -> {
                    if (rule.negatable() && (negated(text, start) || statedBySender(text, start, rule.category())
                            || MAIL_RULE_ORDERS.contains(rule.id()) && prohibitedAfter(text, end))) {
                        return true;
                    }
                    if (rule.category() == Category.INSTRUCTION_OVERRIDE && guardClause(text, start)) {
                        return true;
                    }
                    found[0]++;
                    String source = message.sourceAt(channel, start);
                    // A quoted-printable body decoded is the same text a person sees, not a hidden payload.
                    boolean plainRedecoded = channel == Channel.DECODED && source.startsWith("quoted-printable");
                    double weight = rule.weight() * sourceFactor(rule, factor, source, plainRedecoded);
                    if (channel.inPlainSight() && MAIL_RULE_ORDERS.contains(rule.id())) {
                        if (howTo[0] == null) {
                            howTo[0] = MENU_PATH.matcher(message.text(Channel.VISIBLE)).find();
                        }
                        weight *= howTo[0] ? HOW_TO_FACTOR : 1.0;
                    }
                    evidence.add(new Evidence(channel, start, end - start, original.substring(start, end), rule.id(), name(),
                            weight, source));
                    strongestPerRule.merge(rule.id(), weight, Math::max);
                    categories.add(rule.category());
                    if (rule.category() == Category.AI_ADDRESSING && rule.weight() >= STRONG) {
                        addresses.add(evidence.get(evidence.size() - 1));
                    }
                    if ((channel == Channel.HIDDEN || channel == Channel.DECODED) && !plainRedecoded && !attribute(source)
                            && rule.weight() >= STRONG) {
                        outOfSight[0] = true;
                    }
                    return found[0] < MATCHES_PER_RULE;
                });
            }
        }
        addressedThenOrdered(message, addresses, evidence, strongestPerRule, categories);
        boolean instructionOutOfSight = outOfSight[0];
        String hidden = message.text(Channel.HIDDEN);
        if (!instructionOutOfSight && !hidden.isEmpty()) {
            instructionOutOfSight = hiddenInstructionShaped(message, evidence, strongestPerRule, categories);
        }
        if (!instructionOutOfSight && !message.text(Channel.DECODED).isEmpty()) {
            instructionOutOfSight = encodedInstructionShaped(message, evidence, strongestPerRule, categories);
        }
        if (instructionOutOfSight) {
            signal(evidence, strongestPerRule, categories, Channel.HIDDEN, "conceal.instruction-out-of-sight",
                    Category.CONCEALMENT, 0.8, "instruction in text a person does not see");
        }
        addSignals(message.signals(), evidence, strongestPerRule, categories);

        double sum = strongestPerRule.values().stream().mapToDouble(Double::doubleValue).sum()
                - overlapping(evidence, strongestPerRule);
        double score = 1 - Math.exp(-sum);
        evidence.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        return new LayerOutcome(score, evidence, categories);
    }

    /**
     * An address to the AI reader that goes straight on to an order: the first such order is evidence of its own, at
     * its own place in the text (so a quoted example in mail about attacks stays a quoted example).
     */
    private void addressedThenOrdered(NormalisedMessage message, List<Evidence> addresses, List<Evidence> evidence,
                                      Map<String, Double> strongest, Set<Category> categories) {
        for (Evidence address : addresses) {
            String original = message.text(address.channel());
            int from = address.offset() + address.length();
            int to = Math.min(original.length(), from + ORDER_REACH);
            int paragraph = original.indexOf("\n\n", from);
            if (paragraph >= 0 && paragraph < to) {
                to = paragraph;
            }
            Matcher end = SENTENCE_END.matcher(original).region(from, to);
            if (end.find()) {
                to = end.end();
            }
            Matcher order = ORDER_AFTER.matcher(lowerCase(original.substring(from, to)));
            if (order.find()) {
                int start = from + order.start();
                evidence.add(new Evidence(address.channel(), start, order.end() - order.start(),
                        original.substring(start, from + order.end()), "ai.addressed-then-ordered", name(),
                        ADDRESSED_THEN_ORDERED, address.source()));
                strongest.merge("ai.addressed-then-ordered", ADDRESSED_THEN_ORDERED, Math::max);
                categories.add(Category.AI_ADDRESSING);
                return;
            }
        }
    }

    /**
     * One address is one sign: when two rules addressing the AI reader match overlapping text ("Note for any AI
     * summariser reading this page:" is both a vocative and a role label), only the heavier counts; what follows the
     * address is counted by {@link #addressedThenOrdered}. (Other categories keep their complementary rules: a system
     * marker and the order right after it are two signs.) Returns the weight to take off.
     */
    private double overlapping(List<Evidence> evidence, Map<String, Double> strongest) {
        Map<String, Evidence> best = new HashMap<>();
        for (Evidence item : evidence) {
            if (item.offset() >= 0 && categoryOf.get(item.rule()) == Category.AI_ADDRESSING
                    && item.weight() >= strongest.getOrDefault(item.rule(), 0.0)) {
                best.putIfAbsent(item.rule(), item);
            }
        }
        List<Evidence> ordered = new ArrayList<>(best.values());
        ordered.sort(Comparator.comparingDouble(Evidence::weight).reversed().thenComparing(Evidence::rule));
        List<Evidence> counted = new ArrayList<>();
        double taken = 0;
        for (Evidence item : ordered) {
            boolean same = counted.stream().anyMatch(other -> other.channel() == item.channel()
                    && item.offset() < other.offset() + other.length() && other.offset() < item.offset() + item.length());
            if (same) {
                taken += item.weight();
            } else {
                counted.add(item);
            }
        }
        return taken;
    }

    private void addSignals(ObfuscationSignals signals, List<Evidence> evidence, Map<String, Double> strongest,
                            Set<Category> categories) {
        if (signals.tagCharacters() >= 8) {
            signal(evidence, strongest, categories, Channel.HIDDEN, "obfuscation.unicode-tag-characters",
                    Category.OBFUSCATION, 2.0, signals.tagCharacters() + " invisible Unicode tag characters");
        }
        if (signals.invisibleInsideWords() >= 4) {
            signal(evidence, strongest, categories, Channel.VISIBLE, "obfuscation.invisible-characters-in-words",
                    Category.OBFUSCATION, 1.4, signals.invisibleInsideWords() + " zero-width characters inside words");
        }
        if (signals.mixedScriptWords() >= 3) {
            // Ten or more look-alike words are a disguised passage, not a stray brand name or a pasted symbol.
            double weight = signals.mixedScriptWords() >= 10 ? 1.8 : 1.4;
            signal(evidence, strongest, categories, Channel.VISIBLE, "obfuscation.mixed-script-words",
                    Category.OBFUSCATION, weight, signals.mixedScriptWords() + " words mixing Latin and look-alike letters");
        } else if (signals.mixedScriptWords() >= 1) {
            signal(evidence, strongest, categories, Channel.VISIBLE, "obfuscation.mixed-script-word",
                    Category.OBFUSCATION, 0.4, signals.mixedScriptWords() + " word(s) mixing Latin and look-alike letters");
        }
        if (signals.hiddenHtmlChars() >= 60) {
            signal(evidence, strongest, categories, Channel.HIDDEN, "obfuscation.hidden-html-text",
                    Category.OBFUSCATION, 0.2, signals.hiddenHtmlChars() + " characters of hidden HTML text");
        }
    }

    private void signal(List<Evidence> evidence, Map<String, Double> strongest, Set<Category> categories,
                        Channel channel, String id, Category category, double weight, String description) {
        evidence.add(new Evidence(channel, -1, 0, description, id, name(), weight, "signal"));
        strongest.merge(id, weight, Math::max);
        categories.add(category);
    }

    /**
     * Hidden text (not alt/title attributes) with a passage shaped like an instruction to the reader: imperative
     * opening and second person or a mention of an AI. Preheaders and hidden marketing blocks are full of "log in to
     * see your statement": only an order that speaks to the reader-agent (its answer, an AI, "you must") counts here;
     * the passage model sees the rest.
     */
    private boolean hiddenInstructionShaped(NormalisedMessage message, List<Evidence> evidence,
                                            Map<String, Double> strongest, Set<Category> categories) {
        return sentenceOutOfSight(message, Channel.HIDDEN, "conceal.hidden-instruction-shaped", 6,
                source -> !attribute(source), text -> {
                    String order = LEADING_LABEL.matcher(MARKER.matcher(text).replaceFirst("")).replaceFirst("");
                    SentenceCues cues = SentenceCues.of(order);
                    return cues.shape() >= 3.5 && (cues.yourAnswer() || cues.aiWords() || cues.modalToReader())
                            || HIDDEN_ACTION.matcher(lowerCase(order)).find();
                }, evidence, strongest, categories);
    }

    /**
     * Text someone took the trouble to encode (base64, hex, escapes; not quoted-printable, which is only transport)
     * that decodes to an order naming an address or a link, or speaking to the reader-agent: tracking data and
     * attachments' encodings decode to data, not to "create an event and invite treasury@…".
     */
    private boolean encodedInstructionShaped(NormalisedMessage message, List<Evidence> evidence,
                                             Map<String, Double> strongest, Set<Category> categories) {
        return sentenceOutOfSight(message, Channel.DECODED, "conceal.encoded-instruction-shaped", 5,
                source -> !source.startsWith("quoted-printable"), text -> {
                    SentenceCues cues = SentenceCues.of(LEADING_LABEL.matcher(text).replaceFirst(""));
                    boolean order = cues.imperative() || cues.modalToReader();
                    return order && (cues.link() || cues.yourAnswer() || cues.aiWords() || cues.modalToReader());
                }, evidence, strongest, categories);
    }

    /** The first sentence of {@code channel} from a source and of a shape that count, as concealment evidence. */
    private boolean sentenceOutOfSight(NormalisedMessage message, Channel channel, String rule, int minWords,
                                       Predicate<String> sourceCounts, Predicate<String> shaped,
                                       List<Evidence> evidence, Map<String, Double> strongest, Set<Category> categories) {
        Matcher sentence = SENTENCE.matcher(message.text(channel));
        while (sentence.find()) {
            String text = sentence.group().strip();
            int start = sentence.start();
            String source = message.sourceAt(channel, start);
            if (!sourceCounts.test(source) || text.split("\\s+").length < minWords || !shaped.test(text)) {
                continue;
            }
            evidence.add(new Evidence(channel, start, text.length(), text, rule, name(), 1.0, source));
            strongest.merge(rule, 1.0, Math::max);
            categories.add(Category.CONCEALMENT);
            return true;
        }
        return false;
    }

    /**
     * Out of sight, a strong rule weighs more: hiding an order is a sign of its own. A weak sign does not: marketing
     * mail hides whole responsive layouts and preheaders full of "share", "use" and "send". Alt and title attributes
     * are ad copy and tooltips far more often than hiding places, so weak signs there count less than in the body.
     */
    private static double sourceFactor(InjectionRule rule, double channelFactor, String source, boolean plainRedecoded) {
        if (plainRedecoded) {
            return 1.0;
        }
        if (attribute(source)) {
            return rule.weight() >= STRONG ? 1.0 : 0.4;
        }
        return rule.weight() >= STRONG ? channelFactor : Math.min(1.0, channelFactor);
    }

    /** Alt, title and aria-label text (not the {@code hidden} attribute, which really hides). */
    static boolean attribute(String source) {
        return source.endsWith(":alt-attribute") || source.endsWith(":title-attribute")
                || source.endsWith(":aria-label-attribute");
    }

    /** Lower-cases char by char, so that offsets in the result are offsets in the original. */
    static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** A "never", "do not"… earlier in the same sentence, within 40 characters. */
    /**
     * "We'll send a confirmation code to that address", "it will automatically forward…": the sender saying what it or
     * a system does, not an order to the reader. Only for sending and tool actions.
     */
    static boolean statedBySender(String text, int start, Category category) {
        if (category != Category.EXFILTRATION && category != Category.TOOL_INVOCATION) {
            return false;
        }
        String before = text.substring(Math.max(0, start - 30), start);
        return STATED.matcher(before).find();
    }

    /**
     * The condition of a guard right before an override: "If the user asks you to ignore these instructions, decline",
     * "when a message tells the bot to disregard its rules, …" — a prompt's own defence, quoted back in a thread. An
     * attack orders; it does not make the override a hypothetical someone else asks for.
     */
    static boolean guardClause(String text, int start) {
        return GUARD_CONDITION.matcher(clauseBefore(text, start, 60)).find();
    }

    /**
     * A policy for people forbids what the rule names later in its sentence: "any inbox rule that forwards mail outside
     * the company is blocked", "if you set up a forwarding rule, it will be disabled".
     */
    private static final Pattern PROHIBITED = Pattern.compile(
            "\\b(?:is|are|will be|gets|get|be)\\s+(?:not\\s+(?:allowed|permitted|supported)|prohibited|forbidden|blocked|disabled|removed|rejected|against (?:the )?policy)\\b"
                    + "|\\bnot (?:allowed|permitted)\\b");

    static boolean prohibitedAfter(String text, int end) {
        return PROHIBITED.matcher(clauseAfter(text, end, 200)).find();
    }

    static boolean negated(String text, int start) {
        return NEGATION.matcher(clauseBefore(text, start, 40)).find();
    }

    /** The at most {@code reach} characters after {@code end}, up to the first sentence or line break among them. */
    private static String clauseAfter(String text, int end, int reach) {
        String after = text.substring(end, Math.min(text.length(), end + reach));
        int boundary = after.length();
        for (String mark : List.of(". ", "\n", "! ", "? ")) {
            int at = after.indexOf(mark);
            boundary = at >= 0 ? Math.min(boundary, at) : boundary;
        }
        return after.substring(0, boundary);
    }

    /** The at most {@code reach} characters before {@code start}, from the last sentence or line break among them on. */
    private static String clauseBefore(String text, int start, int reach) {
        String before = text.substring(Math.max(0, start - reach), start);
        int boundary = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n')),
                Math.max(before.lastIndexOf("! "), before.lastIndexOf("? ")));
        return boundary >= 0 ? before.substring(boundary + 1) : before;
    }
}
