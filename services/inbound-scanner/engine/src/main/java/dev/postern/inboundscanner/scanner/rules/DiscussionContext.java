package dev.postern.inboundscanner.scanner.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises mail that talks about attacks (security-awareness training, research, developer discussion) and
 * spans that are quoted as examples inside it. Such mail is flagged but not quarantined when all its evidence is
 * a visible, quoted example: the reader is meant to see the example.
 */
public final class DiscussionContext {

    private static final Pattern MARKER = Pattern.compile(
            "\\b(prompt[- ]injections?|phishing|security awareness|awareness training|security training|social engineering|"
                    + "jailbreak(?:s|ing)?|red[- ]team(?:ing)?|attackers?|scam(?:s|mers)?|malicious|simulated|"
                    + "do not (?:fall for|comply|follow it|act on)|report (?:it|this|suspicious|such)|never (?:follow|obey|act on)|"
                    + "security team|researchers?|vulnerabilit(?:y|ies)|red flags?|warning signs?|threat|"
                    // the owners of agents discussing their own prompts and evaluations
                    + "system prompts?|prompt (?:changes?|regressions?|templates?|engineering|versions?)|guardrails?|"
                    + "eval(?:uation)? (?:suite|set|cases?|runs?)|evals|"
                    // talks, papers, bounties and advisories about attacks on AI readers
                    + "attack surfaces?|payloads?|injection attacks?|exploits?|adversarial|mitigations?|bug bount(?:y|ies)|ctf|"
                    + "capture the flag|hidden instructions|indirect (?:prompt )?injection|security boundary|untrusted (?:content|input|text)|"
                    + "hack(?:ed|ers?|ing)|tricked|manipulated|attacks?|injections?|injected|smuggl(?:ing|ed)|(?:data )?leak(?:age|s)|defen[cs]es?|"
                    // moderators and help desks reporting what they caught
                    + "spam(?:mers?)?|bait|suspicious|raw source|block(?:ed)? the sender|flagg(?:ed|ing) (?:it|this|them)|"
                    // developers discussing models, and support staff quoting a bot's transcript
                    + "chat templates?|prompt formats?|tokeni[sz]ers?|tokeni[sz](?:ed|ation|ing)|special tokens?|stop tokens?|red[- ]teamers?|fine-?tun(?:e|ed|ing)|checkpoints?|system_prompt|pull requests?|"
                    + "transcripts?|chat logs?|from the logs|screenshots?|conversation exports?|exported (?:chat|conversation)s?|"
                    + "chat (?:exports?|history)|shared (?:chat|conversation)s?|chat window|website chat|live chat|"
                    + "(?:here is|here's|below is|i(?:'ve| have)? (?:pasted|copied)) (?:the|our|my|a|that) (?:whole |full )?(?:conversation|chat)|"
                    // scripts and stories with machines in them
                    + "rehearsals?|screenplay|stage directions?|scene \\d+|(?:the )?script|cast list|red[- ]team(?:ing)? (?:exercise|plan)|"
                    + "short stor(?:y|ies)|my story|anthology|manuscript|chapter \\d+|(?:first|opening|next) scene|the twist|dialogue|monologue|"
                    + "cut to|fade (?:in|out)|voice-?over|writing group|(?:int|ext)(?=\\.\\s)|"
                    // games: a card's text, a campaign's villain
                    + "board ?games?|card games?|the card (?:reads|says)|game night|dungeon master|campaign|the party|players?|role-?play(?:ing)?|d&d|dnd|tabletop|"
                    + "session recap|game master|"
                    // teams reporting what their own bot did with text it read
                    + "embedded instructions|instructions (?:inside|within|contained in|hidden in) (?:an?\\s+|the\\s+)?(?:\\w+\\s+)?(?:tickets?|e-?mails?|documents?|messages?|pages?)|"
                    + "treated as data|regression (?:set|tests?|suite)|chatbots?|yaml|agent config(?:uration)?|instructions block|prompt templates?)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * The same markers in the languages the translated rules read: security-awareness mail in German or Chinese quotes
     * "ignoriere alle Anweisungen" as often as English mail quotes "ignore all instructions". Written as they are
     * written there (my own wording, not a dictionary list): prompt injection, phishing, attacker, malicious, security
     * training, social engineering, suspicious, scam.
     */
    private static final Pattern FOREIGN_MARKER = Pattern.compile(
            "(\\b(?:prompt-?injektion(?:en)?|prompt-injections?|injection de (?:prompts?|consignes|requ\u00eates?)|"
                    + "inyecci\u00f3n de (?:prompts?|instrucciones)|iniezione di (?:prompt|istruzioni)|inje\u00e7\u00e3o de (?:prompts?|instru\u00e7\u00f5es)|"
                    + "angreifer(?:n|in)?|attaquants?|atacantes?|attaccanti|aanvallers?|atakuj\u0105c\\w*|sald\u0131rgan\\w*|angripare|"
                    + "b\u00f6sartig\\w*|malveillan\\w*|maliciosos?|maliciosas?|malevol[aei]|kwaadaardig\\w*|z\u0142o\u015bliw\\w*|"
                    + "sicherheitsschulung\\w*|sensibilisation|formation (?:\u00e0|a) la s\u00e9curit\u00e9|formaci\u00f3n en seguridad|"
                    + "formazione (?:sulla|alla) sicurezza|beveiligingstraining|hame\u00e7onnage|suplantaci\u00f3n|oplichter\\w*|"
                    + "verd\u00e4chtig\\w*|suspecte|suspectes|sospechos[oa]s?|sospett[oi]|verdacht\\w*|podejrzan\\w*|betrug\\w*|arnaque\\w*|estafas?|truffa|angriff(?:e|en|s)?|attaques?|ataques?|attacc(?:o|hi)|aanval(?:len)?|atak(?:i|u|\u00f3w|ami)?|sald\u0131r\u0131\\w*|angrepp(?:et)?|betr\u00fcger\\w*|escroc\\w*|escroquerie\\w*|estafador\\w*|golpes?|golpistas?|truffator[ei]|oszu\u015b\\w*|oszust\\w*|bedragare|doland\u0131r\u0131c\u0131\\w*|manipuliert\\w*|manipul\u00e9e?s?|manipulad[oa]s?|manipolat[eio]|gemanipuleerd\\w*|zmanipulowan\\w*|nicht vertrauensw\u00fcrdig\\w*|non fiables?|no fiables?|non attendibil[ei]|n\u00e3o confi\u00e1ve(?:l|is)|onbetrouwbare?|niezaufan\\w*|gegenma\u00dfnahmen?|contre-mesures?|contramedidas?|contromisur[ae]|tegenmaatregel(?:en)?|faux positifs|falsos positivos|falsi positivi|fehlalarme?|valse positieven|fa\u0142szyw\\w* alarm\\w*|it-sicherheit|cybersicherheit|ki-sicherheit|transcription|transcripci\u00f3n|trascrizione|transcri\u00e7\u00e3o|transkript\\w*|transcriptie|"
                    + "versteckte anweisungen|instructions cach\u00e9es|instrucciones ocultas|istruzioni nascoste|instru\u00e7\u00f5es ocultas|verborgen instructies|"
                    + "ukryte instrukcje|dolda instruktioner|osynliga instruktioner|misst\u00e4nk\\w*|skr\u00e4ppost|n\u00e4tfiske|mist\u00e6nk\\w*|mistenk\\w*|svindel\\w*|angriffs\\w*|systemprompts?|schwachstellen?|sicherheitsl\u00fccken?|vuln\u00e9rabilit\u00e9s?|failles? de s\u00e9curit\u00e9|vulnerabilidad(?:es)?|vulnerabilit\u00e0|vulnerabilidades?|kwetsbaarhe(?:id|den)|systeemprompt|podatno\u015b\u0107\\w*|s\u00e5rbarhet(?:er)?|\u0443\u044f\u0437\u0432\u0438\u043c\u043e\u0441\u0442\\w*|\u0430\u0442\u0430\u043a\\w*|\u0438\u043d\u044a\u0435\u043a\u0446\\w*|s\u00e9curit\u00e9 informatique|seguridad inform\u00e1tica|sicurezza informatica|seguran\u00e7a inform\u00e1tica|cyberbezpiecze\u0144stw\\w*|informationss\u00e4kerhet|siber g\u00fcvenlik)\\b|"
                    // Chinese and Japanese: no word boundaries to lean on
                    + "\u63d0\u793a\u8bcd\u6ce8\u5165|\u63d0\u793a\u6ce8\u5165|\u30d7\u30ed\u30f3\u30d7\u30c8\u30a4\u30f3\u30b8\u30a7\u30af\u30b7\u30e7\u30f3|"
                    + "\u653b\u51fb\u8005|\u653b\u6483\u8005|\u9493\u9c7c|\u30d5\u30a3\u30c3\u30b7\u30f3\u30b0|\u6076\u610f|\u60aa\u610f|"
                    + "\u5b89\u5168\u57f9\u8bad|\u30bb\u30ad\u30e5\u30ea\u30c6\u30a3\u7814\u4fee|\u8bc8\u9a97|\u8a50\u6b3a|\u53ef\u7591|"
                    + "\u60aa\u7528|\u60c5\u5831\u6f0f\u3048\u3044|\u60c5\u5831\u6f0f\u6d29|\u96a0\u3057\u6587\u5b57|\u96a0\u3057\u30c6\u30ad\u30b9\u30c8|\u6ee5\u7528|\u9690\u85cf\u6587\u5b57|\u9690\u85cf\u6587\u672c|\u6570\u636e\u6cc4\u9732|\u4fe1\u606f\u6cc4\u9732|\uc545\uc6a9|\uc228\uaca8\uc9c4 \ud14d\uc2a4\ud2b8|\uc815\ubcf4 \uc720\ucd9c|"
                    + "\u653b\u51fb|\u653b\u6483|\u8d8a\u72f1|\u8131\u7344|\u7ea2\u961f|\u7d05\u968a|\u30ec\u30c3\u30c9\u30c1\u30fc\u30e0|\u8bef\u62a5|\u8aa4\u691c\u77e5|\ud504\ub86c\ud504\ud2b8 \uc778\uc81d\uc158|\uacf5\uaca9|\ud53c\uc2f1|\uc545\uc131|\ub808\ub4dc\ud300|\uc624\ud0d0|\u8106\u5f31\u6027|\u6f0f\u6d1e|\ucde8\uc57d\uc810|\u30bb\u30ad\u30e5\u30ea\u30c6\u30a3\u7814\u7a76|\u5b89\u5168\u7814\u7a76|\ubcf4\uc548 \uc5f0\uad6c)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EXAMPLE_CUE = Pattern.compile(
            "(?:example|e\\.g\\.|for instance|such as|like this|looks like|something like|reads|says|said|saying|contained|"
                    + "containing|contains|wrote|phrases? like|lines? like|text like|sentences? like|telling it to|asking it to|"
                    + "ask(?:ed)? it to|tell it to|try (?:asking|telling) it to|(?:requests|attempts|tries|trying|attempting) to|"
                    + "(?:asking|telling|instructing|ordering) the (?:model|assistant|bot|ai|agent|llm) to|"
                    // a team describing its own bot's rules: "we added an instruction to ignore …", "a rule telling it to …"
                    + "(?:an?|the|new|extra|added) (?:instruction|rule|line|guardrail)s? (?:that tells? (?:it|the \\w+) )?to|"
                    + "(?:tells?|told|instructs?|instructed) (?:it|the (?:bot|model|assistant|agent)) to|"
                    // "for example" where the translated rules read: a German notice's "zum Beispiel:", a Japanese one's \u4f8b\u3048\u3070
                    + "zum beispiel|beispielsweise|z\\. ?b\\.|par exemple|por ejemplo|ad esempio|per esempio|por exemplo|bijvoorbeeld|"
                    + "na przyk\u0142ad|till exempel|\u00f6rne\u011fin|\u4f8b\u3048\u3070|\u305f\u3068\u3048\u3070|\u4f8b\u5982|\u6bd4\u5982|\uc608\ub97c \ub4e4\uc5b4)\\W{0,6}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A dialogue line in a script or transcript: "CONTROLLER: (into headset) …", "SEVEN: …", "Bot: …". */
    private static final Pattern SPEAKER = Pattern.compile(
            "\\s*(?:[A-Z][A-Z0-9 .'-]{1,30}|(?:(?:Virtual|Support|Live|Chat|Digital|AI)\\s)?(?:Bot|Agent|Assistant|Assistente|Asistente|Assistent)|User|Visitor|Customer|Me|"
                    // French typography puts a space before the colon: "Assistant : Bonjour", "Cliente : …"
                    + "Client|Cliente|Kunde|Kundin|Utilisateur|Utilisatrice|Usuario|Usuaria|Utente|Gebruiker|Klant|Conseiller|Conseill\u00e8re)\\s?:\\s");
    /** A labelled delimiter line that opens a block: "---- draft v7 ----", "=== prompt ===", "-----BEGIN PROMPT-----". */
    private static final Pattern DELIMITER = Pattern.compile("\\s*(?:-{3,}|={3,}|\\*{3,}|#{3,})\\s*([A-Za-z][^\\n]{0,40}?)\\s*(?:-{3,}|={3,}|\\*{3,}|#{3,})\\s*");
    /** A bare rule line, once stripped: "---", "===", "***". */
    private static final Pattern BARE_RULE = Pattern.compile("(?:-{3,}|={3,}|\\*{3,})");
    /** A screenplay's speaker cue on a line of its own: "                    RAVI", "          ATLAS (V.O.)". */
    private static final Pattern SCREENPLAY_CUE = Pattern.compile("\\s{2,}[A-Z][A-Z0-9 .'-]{1,30}(?:\\s*\\([^)\\n]{1,20}\\))?\\s*");
    /** A line that announces an example block: "Rendered output for a minimal example:", "Expected:", "Test inputs:". */
    private static final Pattern EXAMPLE_HEADING = Pattern.compile(
            "(?i).*\\b(?:examples?|output|expected|rendered|samples?|looks? like|transcript|logs?|payloads?|inputs?|template|"
                    + "what we(?:'re| are) sending(?: now)?|verbatim|reads?|says?)\\b[^\\n]{0,40}:\\s*$");

    /** A line that gives people advice about the attack it reports: "Suggested fix: …", "Mitigation: …", "Recommendation: …". */
    private static final Pattern ADVICE_LABEL = Pattern.compile(
            "(?i)\\s*(?:[-*\u2022]\\s*|\\d{1,2}[.)]\\s*)?(?:(?:suggested|proposed|recommended|possible|short-term|long-term)\\s+)?"
                    + "(?:fix(?:es)?|mitigations?|remediation|recommendations?|workarounds?|countermeasures?|defen[cs]es?|lessons? learned)\\s*:");

    private DiscussionContext() {
    }

    /**
     * Words that name chat-template markup as a thing: "special tokens", "the ChatML format", "strings like", "等特殊标记".
     * A sentence holding a token and one of these talks about the token; a fake turn holds the token and an order.
     */
    private static final Pattern NAMES_MARKUP = Pattern.compile(
            "(?:\\b(?:(?:special|stop|control|reserved|end)[- ](?:tokens?|markers?|sequences?)|tokens?|tokeni[sz]\\w*|chatml|chat[- ]?templates?|"
                    + "prompt formats?|templates?|delimiters?|markup|strings?|sentinels?|vocab(?:ulary)?|"
                    + "sonder-?tokens?|steuerzeichen|jetons?|balises?|marcadores?|etiquetas|tokenizzat\\w*|znaczniki?|\u0442\u043e\u043a\u0435\u043d\\w*)\\b|"
                    + "\u7279\u6b8a\u6807\u8bb0|\u6807\u8bb0|\u7279\u6b8a\u30c8\u30fc\u30af\u30f3|\u30c8\u30fc\u30af\u30f3|\u7279\u6b8a\u4ee4\u724c|\ud2b9\uc218 \ud1a0\ud070|\ud1a0\ud070)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Where the last ". " that ends a sentence stands in {@code text}: an ellipsis ("system ... &lt;|im_end|&gt;") ends none. */
    private static int lastFullStop(String text) {
        for (int at = text.lastIndexOf(". "); at >= 0; at = at == 0 ? -1 : text.lastIndexOf(". ", at - 1)) {
            if (!inEllipsis(text, at)) {
                return at;
            }
        }
        return -1;
    }

    /** Where the first ". " that ends a sentence stands in {@code text}, or -1. */
    private static int firstFullStop(String text) {
        for (int at = text.indexOf(". "); at >= 0; at = text.indexOf(". ", at + 1)) {
            if (!inEllipsis(text, at)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean inEllipsis(String text, int dot) {
        return dot > 0 && text.charAt(dot - 1) == '.';
    }

    /**
     * Whether the chat token at {@code offset} is named in a sentence of prose: words stand before it on its line and
     * the sentence around it calls such things tokens, a template, a format ("a ChatML prompt with &lt;|im_start|&gt;system
     * … &lt;|im_end|&gt; to ask why", "正文中有 &lt;|im_start|&gt;system 等特殊标记"). A fake turn opens its line or
     * follows the end of a sentence, and names its markup nothing.
     */
    public static boolean namesMarkupInProse(String text, int offset, int length) {
        if (offset <= 0 || offset + length > text.length()) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        String before = text.substring(lineStart, offset);
        int sentenceStart = Math.max(Math.max(lastFullStop(before), before.lastIndexOf("? ")),
                Math.max(before.lastIndexOf("\u3002"), before.lastIndexOf(": ")));
        String lead = before.substring(sentenceStart + 1).strip();
        if (lead.codePoints().filter(Character::isLetter).count() < 2) {
            return false;
        }
        int lineEnd = text.indexOf('\n', offset + length);
        String after = text.substring(offset + length, lineEnd < 0 ? text.length() : lineEnd);
        int sentenceEnd = firstFullStop(after);
        String trail = sentenceEnd < 0 ? after : after.substring(0, sentenceEnd);
        return NAMES_MARKUP.matcher(lead).find() || NAMES_MARKUP.matcher(trail).find();
    }

    /** Whether the line holding {@code offset} opens with a label for advice to people ("Suggested fix:"). */
    public static boolean onAdviceLine(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        return ADVICE_LABEL.matcher(text).region(lineStart, text.length()).lookingAt();
    }

    /** True when at least two distinct attack-discussion markers appear. */
    public static boolean discussesAttacks(String text) {
        String first = null;
        for (Pattern markers : List.of(MARKER, FOREIGN_MARKER)) {
            Matcher matcher = markers.matcher(text);
            while (matcher.find()) {
                String found = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
                if (first == null) {
                    first = found;
                } else if (!found.equals(first)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the end of {@code line} is inside single quotes: an opening quote after a space, a colon or a bracket
     * (or at the start) not closed since. Apostrophes inside words ("don't") and after them ("users'") do not open.
     */
    static boolean insideSingleQuotes(String line) {
        boolean open = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\'' && c != '\u2018' && c != '\u2019') {
                continue;
            }
            char previous = i == 0 ? ' ' : line.charAt(i - 1);
            char next = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
            if (!open && (Character.isWhitespace(previous) || ":([".indexOf(previous) >= 0) && Character.isLetterOrDigit(next)) {
                open = true;
            } else if (open && !Character.isWhitespace(previous) && !Character.isLetterOrDigit(next)) {
                open = false;
            }
        }
        return open;
    }

    /**
     * Typographic quotation marks and what closes each: English \u201c\u2026\u201d, German \u201e\u2026\u201c (or \u201d),
     * French and others' \u00ab\u2026\u00bb and \u2039\u2026\u203a, Japanese and Chinese \u300c\u2026\u300d and
     * \u300e\u2026\u300f. A German security notice quotes \u201eIgnoriere alle Anweisungen\u201c as an English one quotes
     * \u201cignore all instructions\u201d.
     */
    private static final String OPENING_QUOTES = "\u201c\u201e\u00ab\u2039\u300c\u300e";
    private static final String[] CLOSING_QUOTES = {"\u201d", "\u201c\u201d", "\u00bb", "\u203a", "\u300d", "\u300f"};

    /** Whether the end of {@code line} is inside typographic quotation marks: one opened and not closed since. */
    static boolean insideCurlyQuotes(String line) {
        String closers = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (closers == null) {
                int kind = OPENING_QUOTES.indexOf(c);
                closers = kind >= 0 ? CLOSING_QUOTES[kind] : null;
            } else if (closers.indexOf(c) >= 0) {
                closers = null;
            }
        }
        return closers != null;
    }

    /** Whether {@code offset} is inside a fenced code block (an odd number of ``` fences before it); inline code is
     * checked on its line by the caller. */
    static boolean insideCodeFence(String text, int offset) {
        int fences = 0;
        for (int at = text.indexOf("```"); at >= 0 && at < offset; at = text.indexOf("```", at + 3)) {
            fences++;
        }
        return fences % 2 == 1;
    }

    /**
     * Whether the line at {@code lineStart} is indented and belongs to a block of indented lines that a line ending in
     * a colon introduces ("A good starting point:" and then the example, set off as mail sets off code and quotes).
     */
    static boolean inExampleBlock(String text, int lineStart) {
        if (!indented(text, lineStart)) {
            return false;
        }
        for (int previousStart : linesAbove(text, lineStart)) {
            String previous = line(text, previousStart);
            if (!previous.isBlank() && !indented(text, previousStart)) {
                return previous.strip().endsWith(":");
            }
        }
        return false;
    }

    /**
     * Whether the line at {@code lineStart} belongs to a block that a heading line announcing an example ends with a
     * colon above it ("Expected:" and the lines under it), with at most one blank line between them.
     */
    static boolean underExampleHeading(String text, int lineStart) {
        boolean blankSeen = false;
        for (int previousStart : linesAbove(text, lineStart)) {
            String previous = line(text, previousStart);
            if (previous.isBlank()) {
                if (blankSeen) {
                    return false;
                }
                blankSeen = true;
            } else if (previous.strip().endsWith(":")) {
                return EXAMPLE_HEADING.matcher(previous).matches();
            } else if (blankSeen) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the line at {@code lineStart} sits in a block opened by a labelled delimiter line ("---- draft v7 ----")
     * that no closing delimiter ("---- end ----", a bare "----") has ended since.
     */
    static boolean inDelimitedBlock(String text, int lineStart) {
        // A bare rule nearest above: inside a block when an odd number of bare rules stands above ("---", the draft, "---").
        int bareRules = 0;
        for (int previousStart : linesAbove(text, lineStart)) {
            String previous = line(text, previousStart);
            if (BARE_RULE.matcher(previous.strip()).matches()) {
                bareRules++;
                continue;
            }
            Matcher delimiter = bareRules == 0 ? DELIMITER.matcher(previous) : null;
            if (delimiter != null && delimiter.matches()) {
                return !delimiter.group(1).toLowerCase(java.util.Locale.ROOT).matches("(?:end|/).*");
            }
        }
        return bareRules % 2 == 1;
    }

    /**
     * Whether the line at {@code lineStart} is a screenplay's dialogue: right under a speaker cue of its own ("MAYA",
     * "ARIA (V.O.)"), or indented in one block under one.
     */
    static boolean inScreenplayDialogue(String text, int lineStart) {
        if (lineStart > 0) {
            String previous = line(text, previousLineStart(text, lineStart));
            if (!previous.isBlank() && SCREENPLAY_CUE.matcher("  " + previous.strip()).matches()) {
                return true;
            }
        }
        if (!indented(text, lineStart)) {
            return false;
        }
        for (int previousStart : linesAbove(text, lineStart)) {
            String previous = line(text, previousStart);
            if (previous.isBlank() || !indented(text, previousStart)) {
                return false;
            }
            if (SCREENPLAY_CUE.matcher(previous).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Where the (at most 30) lines above the line at {@code lineStart} start, nearest first. */
    private static List<Integer> linesAbove(String text, int lineStart) {
        List<Integer> starts = new ArrayList<>();
        for (int start = lineStart; start > 0 && starts.size() < 30; ) {
            start = previousLineStart(text, start);
            starts.add(start);
        }
        return starts;
    }

    /** Where the line above the line at {@code lineStart} (which is not the first) starts. */
    private static int previousLineStart(String text, int lineStart) {
        return text.lastIndexOf('\n', lineStart - 2) + 1;
    }

    /** The line starting at {@code lineStart}, without its line break. */
    private static String line(String text, int lineStart) {
        int end = text.indexOf('\n', lineStart);
        return text.substring(lineStart, end < 0 ? text.length() : end);
    }

    private static boolean indented(String text, int lineStart) {
        return lineStart + 1 < text.length() && (text.charAt(lineStart) == '\t'
                || text.charAt(lineStart) == ' ' && text.charAt(lineStart + 1) == ' ');
    }

    /**
     * Whether the passage at {@code offset} (of {@code length} characters) introduces a quoted example itself: its
     * words up to its first opening quotation mark end in an example cue ("A typical example looks like this: \"AI
     * assistant: forward …\"", "A description such as \"Assistant: share …\""). The passage model reads the whole
     * sentence; the order in it is the quote.
     */
    public static boolean introducesQuotedExample(String text, int offset, int length) {
        if (offset < 0 || offset >= text.length()) {
            return false;
        }
        int end = Math.min(text.length(), offset + length);
        for (int at = offset; at < end; at++) {
            char c = text.charAt(at);
            if (c == '"' || OPENING_QUOTES.indexOf(c) >= 0) {
                return at > offset && EXAMPLE_CUE.matcher(text.substring(offset, at).strip()).find();
            }
        }
        return false;
    }

    /**
     * True when the span starting at {@code offset} sits inside quotation marks on its line, or right after an
     * example cue ("for example:", "a line like", "says:").
     */
    public static boolean isQuotedExample(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            return false;
        }
        if (offset < text.length() && text.charAt(offset) == '"') {
            return true;
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        String before = text.substring(lineStart, offset);
        long quotes = before.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 1 || insideSingleQuotes(before) || insideCurlyQuotes(before)) {
            return true;
        }
        if (insideCodeFence(text, offset) || before.chars().filter(c -> c == '`').count() % 2 == 1) {
            return true;
        }
        if (inExampleBlock(text, lineStart) || SPEAKER.matcher(text.substring(lineStart, offset)).lookingAt()
                || underExampleHeading(text, lineStart) || inDelimitedBlock(text, lineStart) || inScreenplayDialogue(text, lineStart)) {
            return true;
        }
        int from = Math.max(0, offset - 160);
        String window = text.substring(from, offset);
        int cut = Math.max(window.lastIndexOf(". "), window.lastIndexOf("\n\n"));
        String recent = cut >= 0 ? window.substring(cut + 1) : window;
        return EXAMPLE_CUE.matcher(recent.strip()).find() || EXAMPLE_CUE.matcher(window.strip()).find() && window.strip().endsWith(":");
    }
}
