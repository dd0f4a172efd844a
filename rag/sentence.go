package rag

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of a text.
type Span struct{ Start, End int }

// sentenceEnds are the runes that end a Chinese sentence or clause group.
// '；' is included: Chinese reports chain long lists of facts with it, and a
// quote of one such part is what a reader wants to see.
func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '…', '!', '?', ';':
		return true
	}
	return false
}

// isCloser reports runes that belong to the sentence they follow: closing
// quotes and brackets after the end mark (“……。”).
func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '"', '\'', '》', '】', ']':
		return true
	}
	return false
}

// SplitSentences returns the sentences of text as byte spans, each without
// surrounding whitespace. A sentence ends at 。！？；… (or ! ? ; and a '.'
// followed by a space in English), together with the closing quotes and
// brackets that follow; a text never splits inside a sentence. Leftover text
// without an end mark is the last sentence.
func SplitSentences(text string) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		if e > s {
			out = append(out, Span{s, e})
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		end := -1
		switch {
		case isSentenceEnd(r):
			end = i + n
			// runs of end marks: "……", "？！"
			for end < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[end:])
				if !isSentenceEnd(r2) {
					break
				}
				end += n2
			}
		case r == '.':
			// English full stop: followed by whitespace or the end, and not
			// part of a number like 1.2 (digits on both sides never match
			// here because a digit is not whitespace).
			if i+n == len(text) || isSpaceByte(text[i+n]) && !abbreviationStop(text, i) {
				end = i + n
			}
		case r == '\n':
			// a line break ends a sentence too (broken paragraphs, captions)
			end = i + n
		}
		if end > 0 && r != '\n' && insideBrackets(text, start, i) {
			end = -1 // 《卡拉OK.LIVE！台北》, (Dr. Smith): not an end
		}
		if end < 0 {
			i += n
			continue
		}
		closed := false
		for end < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[end:])
			if !isCloser(r2) {
				break
			}
			end += n2
			closed = true
		}
		if closed {
			end = attribution(text, end)
		}
		emit(end)
		i = end
	}
	if start < len(text) {
		emit(len(text))
	}
	return out
}

// bracketWindow is how far (in bytes) a closing bracket may stand after an
// end mark for the mark to count as inside the brackets.
const bracketWindow = 180

// insideBrackets reports whether position i of text, in the sentence that
// began at start, stands inside a title 《…》 or parentheses that close soon
// after, on the same line.
func insideBrackets(text string, start, i int) bool {
	for _, p := range [][2]string{{"《", "》"}, {"（", "）"}, {"(", ")"}} {
		seg := text[start:i]
		if strings.Count(seg, p[0]) <= strings.Count(seg, p[1]) {
			continue
		}
		rest := text[i:min(len(text), i+bracketWindow)]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[:nl]
		}
		after := strings.TrimLeft(rest, "。！？；…!?;.")
		if strings.HasPrefix(after, p[1]) {
			return false // （见下图。）: the sentence ends with its bracket
		}
		if strings.Contains(rest, p[1]) {
			return true
		}
	}
	return false
}

//go:embed data/abbreviations.txt
var abbreviationsData string

// abbreviations are the words whose full stop never ends a sentence
// (data/abbreviations.txt).
var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range listLines(abbreviationsData) {
		m[l] = true
	}
	return m
}()

// listLines returns the lines of a word list, trimmed, without blank lines
// and "#" comments: the format of data/abbreviations.txt and of an
// article's .questions file.
func listLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// abbreviationStop reports whether the '.' at byte i of text, followed by a
// space, belongs to an abbreviation rather than ending a sentence: an
// initial ("Andrew W. Mellon", "S.G. Tallentyre"), a title before a name
// ("St. Felix"), or any stop that a lower-case word follows on the same
// line ("e.g. the", "approx. five"), since an English sentence starts with
// a capital.
func abbreviationStop(text string, i int) bool {
	w := i
	for w > 0 && isASCIILetter(text[w-1]) {
		w--
	}
	word := text[w:i]
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' || abbreviations[word] {
		return true
	}
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	return j < len(text) && text[j] >= 'a' && text[j] <= 'z'
}

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// trimSpan narrows [s, e) of text to exclude leading and trailing whitespace
// (including the ideographic space).
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// NormalizeSpace collapses runs of whitespace to one space, as the contract's
// "verbatim after whitespace normalisation" allows.
func NormalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

var speechVerbs = []string{"表示", "提出", "介绍", "说", "说道", "透露", "指出", "强调", "认为", "称", "坦言", "告诉记者"}

// attribution extends a quoted sentence (“……。”) over the short attribution
// that follows it (陈新武提出。), which belongs to it: the quote and its
// speaker are one sentence.
func attribution(text string, end int) int {
	rest := text[end:]
	i := strings.IndexAny(rest, "。！？\n")
	if i <= 0 {
		return end
	}
	tail := rest[:i]
	if utf8.RuneCountInString(tail) > 12 || strings.ContainsAny(tail, "“，,") {
		return end
	}
	for _, v := range speechVerbs {
		if strings.HasSuffix(tail, v) {
			_, n := utf8.DecodeRuneInString(rest[i:])
			if rest[i] == '\n' {
				return end + i
			}
			return end + i + n
		}
	}
	return end
}
