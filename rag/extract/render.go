package extract

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/prompts/texts"
	"articlebot/rag"
)

var pairs = map[rune]rune{'“': '”', '‘': '’', '《': '》', '（': '）', '(': ')', '「': '」', '『': '』', '【': '】', '[': ']'}

// render returns the answer text for runes [a, b) of a sentence: the
// original characters, with unbalanced quotes and brackets dropped, and a
// closing 。 when it is a clause rather than a value.
func render(q *question, folded, orig []rune, a, b int) string {
	return withEndMark(renderBare(q, folded, orig, a, b))
}

// renderBare is render without the end mark: a name or a noun phrase
// found by a rule (span.name) reads without one whatever its length.
func renderBare(q *question, folded, orig []rune, a, b int) string {
	b = withNoun(q, folded, a, b)
	if b-a > 1 && (folded[a] == '了' || folded[a] == '的') && (isDigit(folded[a+1]) || isCNNum(folded[a+1])) {
		a++ // "实施了197项": the particle belongs to the verb before
	}
	if a > 0 && a < b && folded[a-1] == '第' && (isDigit(folded[a]) || isCNNum(folded[a])) {
		a-- // "第二位": an ordinal keeps its 第
	}
	if b > len(orig) {
		b = len(orig)
	}
	if q != nil && q.kind == "person" {
		a = pastSpeechVerb(folded, a, b)
	}
	return tidyMarkdown(strings.TrimSpace(string(balance(orig[a:b]))))
}

// withEndMark ends s as a sentence when it is a clause.
func withEndMark(s string) string {
	if s == "" {
		return s
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if isTrim(last) || strings.ContainsRune("”’》）)」』", last) {
		return s
	}
	// a clause reads as a sentence, and ends as one; a name or an amount
	// does not ("Fire Chief Tom Baker", "110 kilometres per hour")
	latin := mostlyLatin([]rune(s))
	switch {
	case !latin && utf8.RuneCountInString(s) > clauseRunes:
		s += "。"
	case latin && len(strings.Fields(s)) > clauseWords:
		s += "."
	}
	return s
}

// clauseRunes (Chinese) and clauseWords (English) are the lengths over which
// an answer is a clause rather than a name or an amount.
const clauseRunes, clauseWords = 12, 4

// tidyMarkdown takes a list item's marker or an FAQ's 答： off an answer ("- 云服务：收入
// 23.8亿元") and joins a table row's cells as a label and its value
// ("研发投入 | 12.5亿元" → "研发投入：12.5亿元"), further cells with commas.
func tidyMarkdown(s string) string {
	for _, m := range []string{"- ", "* ", "+ ", "• "} {
		s = strings.TrimPrefix(s, m)
	}
	for _, c := range cues["label"] {
		if t, ok := strings.CutPrefix(s, string(c.rs)); ok {
			s = strings.TrimSpace(t) // an FAQ's answer label
			break
		}
	}
	if !strings.Contains(s, "|") {
		return s
	}
	var cells []string
	for _, c := range strings.Split(s, "|") {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) == 0 {
		return ""
	}
	colon, comma := "：", "，"
	if !isHan([]rune(cells[0])[utf8.RuneCountInString(cells[0])-1]) {
		colon, comma = ": ", ", "
	}
	out := cells[0]
	for i, c := range cells[1:] {
		if i == 0 {
			out += colon + c
		} else {
			out += comma + c
		}
	}
	return out
}

// answerText is the answer shown for span sp: its rendered text, or its
// whole sentence when that text is longer than m.GrowAt runes and the span
// was chosen by the model, not found by a rule.
func (x *Answerer) answerText(q *question, sp *span) string {
	s := &x.tb.sents[sp.si]
	orig := []rune(s.text)
	text := render(q, s.rs, orig, sp.a, sp.b)
	if sp.name {
		text = renderBare(q, s.rs, orig, sp.a, sp.b)
	}
	if g := x.m.GrowAt; g > 0 && !sp.fixed && utf8.RuneCountInString(text) > g && (sp.a > 0 || sp.b < len(s.rs)) {
		text = render(q, s.rs, orig, 0, len(s.rs))
	}
	return text
}

// balance drops opening marks without their closer and closers without
// their opener.
func balance(rs []rune) []rune {
	closers := map[rune]rune{}
	for o, c := range pairs {
		closers[c] = o
	}
	keep := make([]bool, len(rs))
	var stack []int
	for i, r := range rs {
		keep[i] = true
		if _, ok := pairs[r]; ok {
			stack = append(stack, i)
			continue
		}
		if o, ok := closers[r]; ok {
			if len(stack) > 0 && rs[stack[len(stack)-1]] == o {
				stack = stack[:len(stack)-1]
			} else {
				keep[i] = false
			}
		}
	}
	for _, i := range stack {
		keep[i] = false
	}
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		if keep[i] {
			out = append(out, r)
		}
	}
	// a span cut before its end mark may end in a dangling "、"; one cut
	// at a quote's comma may start with its closing straight quote (",\"
	// said Aidan Buffey") or end with an opening one
	for {
		n := len(out)
		for len(out) > 0 && isTrim(out[len(out)-1]) {
			out = out[:len(out)-1]
		}
		for len(out) > 0 && isTrim(out[0]) {
			out = out[1:]
		}
		if len(out) > 1 && isStraightQuote(out[0]) && unicode.IsSpace(out[1]) {
			out = out[1:]
		}
		if k := len(out); k > 1 && isStraightQuote(out[k-1]) && unicode.IsSpace(out[k-2]) {
			out = out[:k-1]
		}
		if len(out) == n {
			return out
		}
	}
}

// pastSpeechVerb is where the name starts in an English answer to a
// who-question that begins with a speech verb ("\" said Aidan Buffey" →
// Aidan Buffey); a when no speech verb (cues.tsv, line person) starts it.
func pastSpeechVerb(folded []rune, a, b int) int {
	i := a
	for i < b && !unicode.IsLetter(folded[i]) {
		i++
	}
	for _, c := range cues["person"] {
		if e := i + len(c.rs); isLatinRune(c.rs[0]) && e < b && runesAt(folded, i, c.rs) && folded[e] == ' ' {
			return e + 1
		}
	}
	return a
}

func isStraightQuote(r rune) bool { return r == '"' || r == '\'' }

// maxOverview is how many sentences an overview gives, each cited.
const maxOverview = 6

//go:embed data/overview.txt
var overviewData string

var overviewCues = dataLines(overviewData)

//go:embed data/overview_words.txt
var overviewWordsData string

var overviewWords = dataLines(overviewWordsData)

// isOverview reports a question about the article as a whole ("这篇文章讲了
// 什么？", "总结一下"), not about something in it ("李文清说了什么？"): once
// the cue and the words for the text itself are taken out, nothing of the
// question may stand in the article.
func (x *Answerer) isOverview(q string) bool {
	f := string(trimRunes(foldRunes(q)))
	cue := false
	for _, c := range overviewCues {
		if strings.Contains(f, c) {
			cue = true
			f = strings.ReplaceAll(f, c, " ")
		}
	}
	if !cue {
		return false
	}
	for _, w := range overviewWords {
		f = strings.ReplaceAll(f, w, " ")
	}
	for _, w := range qwords {
		f = strings.ReplaceAll(f, string(w.word), " ")
	}
	return !x.tb.holdsContent(foldRunes(f))
}

// overview answers "what is the article about" from the article itself:
// its title, its lead sentence, and the first sentence of each section.
func (x *Answerer) overview(a rag.Answer) rag.Answer {
	a.Found = true
	if docs := x.overviewDocs(a.Lang); len(docs) > 1 {
		return x.overviewMany(a, docs)
	}
	var parts []string
	// an article with sections gives the first sentence of each; one
	// without gives the first sentence of each paragraph
	sections := map[string]map[string]bool{}
	for i := range x.tb.sents {
		c := x.tb.sents[i].chunk
		if sections[c.Doc] == nil {
			sections[c.Doc] = map[string]bool{}
		}
		sections[c.Doc][c.Section] = true
	}
	seenSec := map[string]bool{}
	for i := range x.tb.sents {
		s := &x.tb.sents[i]
		if s.chunk.Kind != rag.KindText || x.tb.hasLang(a.Lang) && x.tb.langs[s.chunk.Doc] != a.Lang {
			continue
		}
		key := s.chunk.Doc + "\x00" + s.chunk.Section
		if len(sections[s.chunk.Doc]) < 2 {
			key = s.chunk.Doc + "\x00" + itoa(s.chunk.Paragraph)
		}
		if seenSec[key] {
			continue
		}
		seenSec[key] = true
		c := x.cite(i, len(a.Citations)+1)
		a.Citations = append(a.Citations, c)
		line := c.Quote
		if s.chunk.Section != "" {
			line = s.chunk.Section + "：" + line
			if a.Lang == "en" {
				line = s.chunk.Section + ": " + c.Quote
			}
		}
		parts = append(parts, line+" ["+itoa(c.N)+"]")
		if len(a.Citations) == maxOverview {
			break
		}
	}
	if len(parts) == 0 {
		return noOverview(a)
	}
	head := texts.For(a.Lang).Overview
	// a title that is only the file's name (no heading gave one) is no title
	if len(x.docs) == 1 && x.docs[0].Title != "" && x.docs[0].Title != x.docs[0].Name {
		if a.Lang == "en" {
			head = x.docs[0].Title + ". " + head
		} else {
			head = "《" + x.docs[0].Title + "》" + head
		}
	}
	a.Answer = head + "\n" + strings.Join(parts, "\n")
	return a
}

// overviewDocs are the articles an overview in lang covers, in their order:
// those in lang when some are, else all.
func (x *Answerer) overviewDocs(lang string) []rag.DocInfo {
	var out []rag.DocInfo
	for _, d := range x.docs {
		if !x.tb.hasLang(lang) || x.tb.langs[d.Name] == lang {
			out = append(out, d)
		}
	}
	return out
}

// overviewMany sums up several articles: each one's title and its first
// sentence, cited, as many as the overview's citations allow.
func (x *Answerer) overviewMany(a rag.Answer, docs []rag.DocInfo) rag.Answer {
	first := map[string]int{}
	for i := range x.tb.sents {
		s := &x.tb.sents[i]
		if _, ok := first[s.chunk.Doc]; !ok && s.chunk.Kind == rag.KindText {
			first[s.chunk.Doc] = i
		}
	}
	var parts []string
	for _, d := range docs {
		i, ok := first[d.Name]
		if !ok {
			continue
		}
		c := x.cite(i, len(a.Citations)+1)
		a.Citations = append(a.Citations, c)
		line := c.Quote
		if t := d.Title; t != "" && t != d.Name && t != strings.TrimSpace(c.Quote) {
			if x.tb.langs[d.Name] == "en" {
				line = t + ": " + line
			} else {
				line = "《" + t + "》：" + line
			}
		}
		parts = append(parts, line+" ["+itoa(c.N)+"]")
		if len(a.Citations) == maxOverview {
			break
		}
	}
	if len(parts) == 0 {
		return noOverview(a)
	}
	a.Answer = fmt.Sprintf(texts.For(a.Lang).OverviewMany, len(docs)) + "\n" + strings.Join(parts, "\n")
	return a
}

// noOverview is the overview of articles without a sentence of text (only
// headings, bylines or captions): there is nothing to sum up.
func noOverview(a rag.Answer) rag.Answer {
	a.Found = false
	a.Answer = texts.For(a.Lang).NotFound
	return a
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// withNoun extends a count to the noun the question counts when the text
// names it right after: "多少个港口" → "548个港口", not "548个".
func withNoun(q *question, rs []rune, a, b int) int {
	if q == nil || q.kind != "number" || b <= a {
		return b
	}
	noun := q.right
	if m := []rune(q.measure); len(noun) >= len(m) && runesAt(noun, 0, m) {
		noun = noun[len(m):]
	}
	// English: "how many berths" → "8 berths" (the whole word)
	if len(noun) > 0 && isLatinRune(noun[0]) {
		w := noun
		for i, r := range w {
			if !isLatinRune(r) {
				w = w[:i]
				break
			}
		}
		if b+1+len(w) <= len(rs) && rs[b] == ' ' && runesAt(rs, b+1, w) && !cutsWord(rs, b+1, b+1+len(w)) {
			return b + 1 + len(w)
		}
		return b
	}
	if len(noun) > 6 {
		noun = noun[:6]
	}
	n := 0
	for n < len(noun) && b+n < len(rs) && rs[b+n] == noun[n] && isHan(noun[n]) {
		n++
	}
	if n >= 2 {
		return b + n
	}
	return b
}
