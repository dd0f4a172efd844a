package rag

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hard-wrapped text: an article copied from a PDF, an e-mail or a terminal
// breaks its lines every few dozen characters, in the middle of sentences
// and of words. Each break would end a sentence, so that "西部陆海新通道通达
// 548个港口" became two sentences and neither answered. unwrapLines joins
// such lines before anything else reads the text; offsets are then in the
// joined text, as they are in the decoded text of a GB18030 file.
//
// No library does this for Chinese text (the Go wrapping packages wrap; none
// unwraps), so it is written here. A text counts as hard-wrapped when most of
// its lines that run on into another line end without a sentence's closing
// mark; a line is then joined to the next when it is about as long as the
// text's lines run (a short line is a heading or a paragraph's end) and the
// next line does not start a paragraph (indented or blank).

// wrapMinLines is how many run-on lines a text needs before it is read as
// hard-wrapped: a short text with a few headings is not.
const wrapMinLines = 4

// wrapShare is the share of the lines followed by a non-empty line that
// must end without a closing mark for the text to be hard-wrapped.
const wrapShare = 0.5

// wrapLong is how long, against the text's median run-on line, a line must
// be to be a wrapped one rather than a heading.
const wrapLong = 0.6

// unwrapLines returns text with its hard line wraps joined, and how many
// lines it joined (0: text is returned as it is).
func unwrapLines(text string) (string, int) {
	lines := strings.Split(text, "\n")
	if len(lines) < wrapMinLines+1 {
		return text, 0
	}
	body := func(i int) string { return strings.TrimRight(lines[i], " \t\r") }
	// a Markdown table's rows are lines of their own, never wrapped ones
	runsOn := func(i int) bool {
		return i+1 < len(lines) && body(i) != "" && strings.TrimSpace(lines[i+1]) != "" && !isTableRow(lines[i])
	}
	var open, total, blank int
	var lens []int
	for i := range lines {
		if strings.TrimSpace(lines[i]) == "" {
			blank++
		}
		if !runsOn(i) {
			continue
		}
		total++
		lens = append(lens, utf8.RuneCountInString(body(i)))
		if endsMidSentence(body(i)) {
			open++
		}
	}
	if open < wrapMinLines || float64(open) < wrapShare*float64(total) {
		return text, 0
	}
	sort.Ints(lens)
	long := wrapLong * float64(lens[len(lens)/2])
	// in a Chinese text a break is never a space, not even between two
	// digits ("1\n.5万列" is 1.5万列)
	wide := DetectLang(text) == "zh"
	// where blank lines part the paragraphs, a long line that runs on is a
	// wrap even when it ends a sentence: its paragraph goes on
	blankParted := blank >= wrapMinLines
	var b strings.Builder
	joined := 0
	for i := range lines {
		if i == len(lines)-1 {
			b.WriteString(lines[i])
			break
		}
		cur := body(i)
		if runsOn(i) && (blankParted || endsMidSentence(cur)) && float64(utf8.RuneCountInString(cur)) >= long && !startsParagraph(lines[i+1]) {
			// the line's own spaces stay (only a CR goes); a space is
			// added where the break stood for one
			own := strings.TrimRight(lines[i], "\r")
			b.WriteString(own)
			if !wide && own == cur && joinsWithSpace(cur, lines[i+1]) {
				b.WriteByte(' ')
			}
			joined++
			continue
		}
		b.WriteString(lines[i])
		b.WriteByte('\n')
	}
	if joined == 0 {
		return text, 0
	}
	return b.String(), joined
}

// isTableRow reports a row of a Markdown table: "| 研发投入 | 12.5亿元 |".
func isTableRow(line string) bool { return strings.HasPrefix(strings.TrimSpace(line), "|") }

// startsParagraph reports a line that begins a paragraph of its own: an
// indented one (full-width or ASCII spaces, a tab), a Markdown heading,
// list item, quote or table row, a bullet or an enumeration.
func startsParagraph(line string) bool {
	if line == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(line)
	if unicode.IsSpace(r) {
		return true
	}
	if strings.ContainsRune("#>•·●○■□◆◇▲△★☆|", r) {
		return true
	}
	for _, p := range []string{"- ", "* ", "+ "} {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	// an enumeration: 一、 1. 2） （3）
	rs := []rune(line)
	k := 0
	if strings.ContainsRune("（(", rs[0]) {
		k = 1
	}
	start := k
	for k < len(rs) && k < start+3 && (unicode.IsDigit(rs[k]) || strings.ContainsRune("一二三四五六七八九十", rs[k])) {
		k++
	}
	if k == start || k == len(rs) || !strings.ContainsRune("、.．)）", rs[k]) {
		return false
	}
	// 43.5万辆 is a number, not item 43
	return !(rs[k] == '.' || rs[k] == '．') || k+1 == len(rs) || !unicode.IsDigit(rs[k+1])
}

// joinsWithSpace reports whether the break between prev and next, in a
// text of a language that spaces its words, stands for a space: not after
// a hyphen, nor next to a wide character.
func joinsWithSpace(prev, next string) bool {
	a, _ := utf8.DecodeLastRuneInString(prev)
	c, _ := utf8.DecodeRuneInString(next)
	return a != '-' && !isWide(a) && !isWide(c)
}

// isWide reports a rune of a script written without spaces, or full-width
// punctuation.
func isWide(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF
}
