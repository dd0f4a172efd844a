package llm

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"articlebot/rag"
	"articlebot/rag/norm"
)

// The citation check. The model's answer is split into claims (sentences,
// or the parts of a sentence between its markers); each claim is tested
// against the sources it cites and, when they do not hold it, against the
// other retrieved sources. A source supports a claim when it holds the
// claim's numbers (as values: 43.5万 = 435,000), the Latin-script names the
// claim shares with the article (iPad), and enough of the claim's content,
// measured as the IDF-weighted share of its Han character bigrams (for an
// answer in another language, of the rewritten Chinese query's). The
// thresholds were chosen on the tune half of testdata/careless.jsonl
// (TestSupportTest reports precision and recall on the other half).
const (
	// supportWithValues is the content share needed when the claim carries
	// numbers or names that the source holds.
	supportWithValues = 0.30
	// supportText is the content share needed for a claim of words only.
	supportText = 0.50
)

// group is one run of adjacent citation markers in the model's text.
type group struct {
	start, end int      // bytes in the model's text
	raw        []string // the markers as written
	srcs       []int    // valid source numbers, once each, in order
	bad        []string // markers, or numbers of a marker, that point at no source
	pos        int      // where it stood in the plain text (markers removed)
	ws         string   // the white space that preceded it
}

// bareCaretRE: "^2" written as a marker without brackets.
var bareCaretRE = regexp.MustCompile(`\^([0-9]{1,2})\b`)

// scanMarkers finds the marker groups of text (see ParseMarkers for the
// forms) and returns the text without them.
func scanMarkers(text string, nSources int) (plain string, groups []group) {
	if strings.Contains(text, "[^") {
		text = footnoteDefRE.ReplaceAllString(text, "")
	}
	if strings.Contains(text, "^") {
		text = bareCaretRE.ReplaceAllStringFunc(text, func(m string) string { return "[" + m[1:] + "]" })
	}
	locs := markerRE.FindAllStringIndex(text, -1)
	var b strings.Builder
	b.Grow(len(text))
	last := 0
	for i := 0; i < len(locs); {
		g := group{start: locs[i][0], end: locs[i][1]}
		j := i
		for j+1 < len(locs) && strings.TrimSpace(text[g.end:locs[j+1][0]]) == "" {
			j++
			g.end = locs[j][1]
		}
		for k := i; k <= j; k++ {
			raw := strings.TrimSpace(text[locs[k][0]:locs[k][1]])
			g.raw = append(g.raw, raw)
			ns := markerNumbers(raw)
			bad := 0
			for _, n := range ns {
				if n < 1 || n > nSources {
					bad++
				} else if !slices.Contains(g.srcs, n) {
					g.srcs = append(g.srcs, n)
				}
			}
			switch {
			case bad > 0 && bad == len(ns):
				g.bad = append(g.bad, raw)
			case bad > 0:
				for _, n := range ns {
					if n < 1 || n > nSources {
						g.bad = append(g.bad, "["+strconv.Itoa(n)+"]")
					}
				}
			}
		}
		prefix := text[last:g.start]
		trimmed := strings.TrimRight(prefix, " \t")
		g.ws = prefix[len(trimmed):]
		b.WriteString(trimmed)
		g.pos = b.Len()
		groups = append(groups, g)
		last = g.end
		i = j + 1
	}
	b.WriteString(text[last:])
	return b.String(), groups
}

// Kinds of claims.
const (
	claimFact    = iota
	claimFiller  // no checkable content ("以下是答案：", "Sure.")
	claimRefusal // "文章没有提到……", "The article does not say …"
	claimPointer // only points elsewhere: "另有说法见[9]。"
)

// claim is one checkable statement of the answer.
type claim struct {
	start, end int   // span in the plain text
	groups     []int // its marker groups
	kind       int
	text       string
	prof       profile
	final      []int // the sources it cites after the check
	at         int   // where its markers go in the plain text
	ws         string
	placed     bool     // at is where the model put a valid marker
	terse      []bigram // claimBigrams' cache
}

// splitClaims cuts the plain text into claims: sentences, and within a
// sentence the pieces that end at a marker group. A group that opens a
// sentence ("…港口。[1]") belongs to the sentence before it.
func splitClaims(plain string, groups []group) []claim {
	spans := rag.SplitSentences(plain)
	if len(spans) == 0 {
		if strings.TrimSpace(plain) == "" {
			return nil
		}
		spans = []rag.Span{{Start: 0, End: len(plain)}}
	}
	// owner sentence of each group
	owner := make([]int, len(groups))
	si := 0
	for gi, g := range groups {
		for si+1 < len(spans) && spans[si].End < g.pos {
			si++
		}
		s := si
		if s > 0 && g.pos <= spans[s].Start+leadingNoise(plain[spans[s].Start:spans[s].End]) {
			s--
		} else if g.pos > spans[s].End && s+1 < len(spans) && g.pos >= spans[s+1].Start {
			s++
		}
		owner[gi] = s
	}
	var out []claim
	gi := 0
	for s, sp := range spans {
		start := sp.Start
		var mine []int
		for gi < len(groups) && owner[gi] == s {
			mine = append(mine, gi)
			gi++
		}
		// cut at groups followed by more text of the sentence
		var cur []int
		for k, g := range mine {
			cur = append(cur, g)
			pos := groups[g].pos
			rest := ""
			if pos < sp.End {
				rest = plain[pos:sp.End]
			}
			if k < len(mine)-1 && hasLetters(rest) && groups[mine[k+1]].pos > pos && hasLetters(plain[pos:groups[mine[k+1]].pos]) {
				out = append(out, claim{start: start, end: max(pos, start), groups: cur})
				start = pos
				cur = nil
			}
		}
		out = append(out, claim{start: start, end: max(sp.End, start), groups: cur})
	}
	for i := range out {
		c := &out[i]
		c.text = strings.TrimSpace(plain[c.start:c.end])
		// Markers go where the model put its last valid one, else before
		// the claim's closing punctuation.
		c.at = c.start + claimEnd(plain[c.start:c.end])
		c.ws = ""
		for _, gi := range c.groups {
			if g := groups[gi]; len(g.srcs) > 0 {
				c.at, c.ws, c.placed = g.pos, g.ws, true
			}
		}
	}
	return out
}

// leadingNoise is the length of the punctuation and space a sentence span
// starts with.
func leadingNoise(s string) int {
	return len(s) - len(strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}

// claimEnd is where a marker goes in a claim: before its closing
// punctuation and quotes.
func claimEnd(s string) int {
	t := strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("。！？；.!?;…”’\"'）)", r)
	})
	return len(t)
}

// notSaidRE: refusals in words, as models write them when they forget the
// marker.
var notSaidRE = regexp.MustCompile(`(?i)` +
	`(文章|文中|本文|该文|全文|原文|报道|新闻|资料|来源|材料|段落|上述|以上|所给|所提供|提供的|给出的|这篇)[^，。,.]{0,12}?(并|均|都|也|尚)?(没有|未|没|无|不)(有)?(提到|提及|涉及|说明|给出|包含|记载|介绍|提供|显示|透露|说|谈到|相关|明确|具体)` +
	`|(没有|未能?|无法|不能)(找到|查到|检索到|提供|确定|得知|判断|回答|给出)|找不到|查不到|无从(得知|知晓|回答)|不得而知|没有(相关|这方面|具体|确切)的?(信息|内容|资料|数据|说明|答案)` +
	`|没有(关于|有关|涉及)[^，。]{0,20}?(信息|内容|资料|数据|说明|记载)|无法(从|根据|依据)|(不|未)在(文章|来源|资料)中|我不知道|不清楚` +
	`|(article|sources?|text|passages?|report|document|context)s? (does|do|did)(n't| not) (say|mention|state|contain|provide|include|give|specify|cover|discuss|tell|answer|have)` +
	`|(is|was|are|were)(n't| not) (mentioned|stated|covered|provided|specified|given|included|found|available|addressed|discussed)` +
	`|not (mentioned|stated|covered|provided|specified|given|included|found|available) in the` +
	`|(couldn't|could not|can't|cannot|can not|won't be able to|am not able to) (find|answer|tell|say|determine|help|locate)|unable to (find|answer|determine|tell)|cannot be (determined|found|answered)` +
	`|no (information|mention|details?|data|answer)\b|there is nothing (about|on)|makes no mention|\bI (don't|do not) know\b`)

var notFoundRE = regexp.MustCompile(`(?i)\**NOT[_ ]IN[_ ](?:THE[_ ])?ARTICLE\**[:：.。]?`)

// pointerRE: a sentence that only points at a source ("另有说法见。" once
// its marker is gone).
var pointerRE = regexp.MustCompile(`(?i)^(另有说法|其他说法|更多(信息|细节|内容)?|详情|具体(情况|内容)?|相关(内容|信息)?|此外|另外|同时)?[，,]?(请)?(参见|详见|另见|见|参考|参阅|可见|引自|出自)[^，。]{0,6}?[。.！!]?$|^(for (more )?details,? |more (information|details),? )?(see( also)?|cf\.?|refer to)( source| the source)?[.。]?$`)

// pointerTailRE: a pointing phrase left before a removed marker
// ("……港口，见" "(see").
var pointerTailRE = regexp.MustCompile(`(?i)(?:[（(]\s*)?(?:[，,]\s*)?(?:请)?(?:参见|详见|另见|参考|参阅|引自|出自|见)\s*(?:来源|资料|出处)?$|(?:[（(]\s*|[,;]\s*)?(?:see(?: also)?|cf\.|according to|as (?:stated|noted|reported|shown) in|source:?)\s*$`)

// profile is what the check compares: a text's numbers, Latin-script
// words and Han character bigrams.
type profile struct {
	nums    []norm.Value
	strong  []norm.Value // claims: the numbers they surely state
	latin   []string
	bigrams []bigram // distinct, in order
	set     map[bigram]bool
	han     bool
}

type bigram [2]rune

func profileOf(s string) profile {
	p := profile{nums: norm.Numbers(s)}
	for _, v := range p.nums {
		if v.Strong {
			p.strong = append(p.strong, v)
		}
	}
	var prev rune = -1
	wordStart := -1
	for i, r := range s + " " {
		if r < utf8.RuneSelf && (unicode.IsLetter(r)) {
			if wordStart < 0 {
				wordStart = i
			}
		} else if wordStart >= 0 {
			if i-wordStart >= 2 {
				w := strings.ToLower(s[wordStart:i])
				if !slices.Contains(p.latin, w) {
					p.latin = append(p.latin, w)
				}
			}
			wordStart = -1
		}
		if unicode.Is(unicode.Han, r) {
			p.han = true
			if prev >= 0 {
				bg := bigram{prev, r}
				if p.set == nil {
					p.set = make(map[bigram]bool, len(s)/3)
				}
				if !p.set[bg] {
					p.set[bg] = true
					p.bigrams = append(p.bigrams, bg)
				}
			}
			prev = r
		} else {
			prev = -1
		}
	}
	return p
}

// source is one retrieved passage prepared for the check.
type source struct {
	hit   rag.Hit
	prof  profile
	latin map[string]bool
}

// checker holds the sources of one answer and the bigram weights over them.
type checker struct {
	srcs   []source
	df     map[bigram]int
	latin  map[string]bool // Latin words of any source: names the article uses
	query  profile         // the (rewritten) search query, for answers in other languages
	useQry bool
}

func newChecker(hits []rag.Hit, query string, lang string) *checker {
	ck := &checker{df: map[bigram]int{}, latin: map[string]bool{}}
	for _, h := range hits {
		s := source{hit: h, prof: profileOf(h.Text), latin: map[string]bool{}}
		for _, b := range s.prof.bigrams {
			ck.df[b]++
		}
		for _, w := range s.prof.latin {
			s.latin[w] = true
			ck.latin[w] = true
		}
		ck.srcs = append(ck.srcs, s)
	}
	ck.query, ck.useQry = profileOf(query), lang != "zh"
	return ck
}

func (ck *checker) weight(b bigram) float64 {
	n := float64(len(ck.srcs))
	return math.Log((n + 1) / (float64(ck.df[b]) + 0.5))
}

// content is the weighted share of bigrams found in s, over the bigrams
// some source holds (the others are the model's own wording: they tell no
// source from another), and how many matched.
func (ck *checker) content(bigrams []bigram, s *source) (float64, int) {
	var have, all float64
	n := 0
	for _, b := range bigrams {
		if ck.df[b] == 0 {
			continue
		}
		w := ck.weight(b)
		all += w
		if s.prof.set[b] {
			have += w
			n++
		}
	}
	if all == 0 {
		return 0, 0
	}
	return have / all, n
}

// terseBigrams: a claim with fewer bigrams that some source holds is too
// terse to tell sources apart by itself ("五年[2]。", "It reaches 548 ports."):
// the question's (or rewritten query's) bigrams say what it is about.
const terseBigrams = 2

// claimBigrams are the bigrams a claim is judged by: its own, with the
// query's when it is terse.
func (ck *checker) claimBigrams(c *claim) []bigram {
	known := 0
	for _, b := range c.prof.bigrams {
		if ck.df[b] > 0 {
			known++
		}
	}
	if known >= terseBigrams || len(ck.query.bigrams) == 0 {
		return c.prof.bigrams
	}
	if c.terse == nil {
		seen := make(map[bigram]bool, len(c.prof.bigrams)+len(ck.query.bigrams))
		for _, bs := range [][]bigram{c.prof.bigrams, ck.query.bigrams} {
			for _, b := range bs {
				if !seen[b] {
					seen[b] = true
					c.terse = append(c.terse, b)
				}
			}
		}
	}
	return c.terse
}

// verdict is how well one source supports one claim.
type verdict struct {
	ok      bool
	content float64
	values  int // numbers and names matched
}

func (ck *checker) judge(c *claim, si int) verdict {
	return ck.judgeWith(c, si, supportWithValues, supportText)
}

// judgeWith is judge with the thresholds given (for tuning).
func (ck *checker) judgeWith(c *claim, si int, withValues, text float64) verdict {
	s := &ck.srcs[si]
	v := verdict{}
	for _, x := range c.prof.strong {
		if !norm.Contains(s.prof.nums, x) {
			return v
		}
		v.values++
	}
	for _, w := range c.prof.latin {
		if ck.latin[w] {
			if !s.latin[w] {
				return v
			}
			v.values++
		}
	}
	bg := ck.claimBigrams(c)
	var n int
	v.content, n = ck.content(bg, s)
	need := text
	if v.values > 0 {
		need = withValues
	} else if n < 2 {
		return v // one shared bigram proves nothing
	}
	v.ok = v.content >= need
	return v
}

// best is the source (1-based) that supports c best, or -1.
func (ck *checker) best(c *claim) int {
	best, bv := -1, verdict{}
	for si := range ck.srcs {
		if v := ck.judge(c, si); v.ok && (best < 0 || better(v, bv)) {
			best, bv = si+1, v
		}
	}
	return best
}

var clauseRE = regexp.MustCompile(`[，、；,;]|\band\b|以及|并且`)

// byClause supports a claim clause by clause: each clause with content
// needs a source (a cited one first). It returns the sources in clause
// order, or nil when a clause has none.
func (ck *checker) byClause(c *claim, cited []int) []int {
	parts := clauseRE.Split(c.text, -1)
	if len(parts) < 2 {
		return nil
	}
	var srcs []int
	facts := 0
	for _, p := range parts {
		sub := claim{text: p}
		ck.classify(&sub)
		if sub.kind != claimFact {
			continue
		}
		facts++
		pick := -1
		for _, s := range cited {
			if ck.judge(&sub, s-1).ok {
				pick = s
				break
			}
		}
		if pick < 0 {
			pick = ck.best(&sub)
		}
		if pick < 0 {
			return nil
		}
		if !slices.Contains(srcs, pick) {
			srcs = append(srcs, pick)
		}
	}
	if facts < 2 {
		return nil
	}
	return srcs
}

// better orders verdicts: supported first, then more values, then content.
func better(a, b verdict) bool {
	if a.ok != b.ok {
		return a.ok
	}
	if a.values != b.values {
		return a.values > b.values
	}
	return a.content > b.content
}

// contrastRE: the turn from a hedge to the answer.
var contrastRE = regexp.MustCompile(`(?i)(但是|但|不过|然而|只是|however|but|although|though)[，,]?\s*`)

// courtesyRE: replies that say nothing ("抱歉。", "Sorry.", "OK").
var courtesyRE = regexp.MustCompile(`(?i)^[\p{P}\s]*(抱歉|对不起|不好意思|好的|好|你好|您好|谢谢|嗯|sorry|i'?m sorry|ok(ay)?|hello|hi|thanks|thank you|hmm|well|yes|no)[\p{P}\s]*$`)

// leadInRE: frames that carry no content ("根据文章，", "According to the
// article,"); a claim is classified without them.
var leadInRE = regexp.MustCompile(`(?i)^\s*(?:(?:根据|据|按照)(?:文章|原文|资料|来源|报道|材料)(?:中|所述|的内容)?|文章(?:中)?(?:提到|指出|显示|称)|according to the (?:article|sources?|text|report)|the (?:article|sources?|text) (?:says|states|shows)(?: that)?)[，,:：]?\s*`)

// capWordRE: a capitalised word, as names are written in English.
var capWordRE = regexp.MustCompile(`\b[A-Z][a-z]+`)

// classify sets a claim's kind.
func (ck *checker) classify(c *claim) {
	c.prof = profileOf(leadInRE.ReplaceAllString(c.text, ""))
	switch {
	case !hasLetters(c.text):
		c.kind = claimFiller
	case notSaidRE.MatchString(strings.ReplaceAll(c.text, "’", "'")):
		c.kind = claimRefusal
		// "文章没有直接说明，但提到548个港口[1]。": a hedge, then the answer.
		if loc := contrastRE.FindStringIndex(c.text); loc != nil {
			rest := claim{text: c.text[loc[1]:]}
			ck.classify(&rest)
			if rest.kind == claimFact {
				c.kind = claimFact
			}
		}
	case pointerRE.MatchString(strings.TrimSpace(c.text)):
		c.kind = claimPointer
	case len(c.prof.strong) > 0:
		c.kind = claimFact
	default:
		known := 0
		for _, b := range c.prof.bigrams {
			if ck.df[b] > 0 {
				known++
			}
		}
		for _, w := range c.prof.latin {
			if ck.latin[w] {
				known++
			}
		}
		words := len(strings.Fields(c.text))
		// A terse answer ("唐琴。", "Tang Qin.") is still a claim: a known
		// bigram that is most of it, or two capitalised words.
		terse := known >= 1 && 2*known >= len(c.prof.bigrams)
		if known >= 2 || terse || (!c.prof.han && (words >= 4 || len(capWordRE.FindAllString(c.text, 3)) >= 2)) {
			c.kind = claimFact
		} else {
			c.kind = claimFiller
		}
	}
}

// checked is the outcome of the citation check of one reply.
type checked struct {
	text        string         // the answer with canonical markers [n]
	cites       []rag.Citation // numbered in order of first use
	dropped     []string
	repairs     []rag.Repair
	unsupported []string
	refusal     bool // the reply says the article does not hold the answer
	facts       int  // claims with content
	kept        int  // markers kept as the model wrote them
}

// checkCitations runs the check on a model reply.
func checkCitations(reply string, hits []rag.Hit, query, lang string) checked {
	plain, groups := scanMarkers(reply, len(hits))
	var out checked
	for _, g := range groups {
		for _, b := range g.bad {
			if !slices.Contains(out.dropped, b) {
				out.dropped = append(out.dropped, b)
			}
		}
	}
	ck := newChecker(hits, query, lang)
	claims := splitClaims(plain, groups)
	firstContent := -1
	for i := range claims {
		ck.classify(&claims[i])
		if firstContent < 0 && claims[i].kind != claimFiller && claims[i].kind != claimPointer {
			firstContent = i
		}
	}
	refusals, facts := 0, 0
	for _, c := range claims {
		switch c.kind {
		case claimRefusal:
			refusals++
		case claimFact:
			facts++
		}
	}
	if facts == 0 && refusals == 0 {
		// Nothing but short words: unless they are pleasantries, they are
		// the answer ("Xichang'an.").
		for i := range claims {
			if c := &claims[i]; c.kind == claimFiller && hasLetters(c.text) && !courtesyRE.MatchString(c.text) {
				c.kind = claimFact
				if firstContent < 0 || i < firstContent {
					firstContent = i
				}
			}
		}
	}
	for i := range claims {
		c := &claims[i]
		if c.kind != claimFact {
			continue
		}
		out.facts++
		var cited []int
		for _, gi := range c.groups {
			for _, s := range groups[gi].srcs {
				if !slices.Contains(cited, s) {
					cited = append(cited, s)
				}
			}
		}
		var keep []int
		for _, s := range cited {
			if ck.judge(c, s-1).ok {
				keep = append(keep, s)
			}
		}
		written := writtenMarkers(c, groups)
		if len(keep) > 0 {
			c.final = keep
			out.kept += len(keep)
			for _, s := range cited {
				if !slices.Contains(keep, s) {
					out.repairs = append(out.repairs, rag.Repair{Claim: c.text, Action: "removed", From: "[" + strconv.Itoa(s) + "]"})
				}
			}
			continue
		}
		best := ck.best(c)
		if best < 0 {
			// Several facts in one sentence: each clause may stand in its
			// own source ("实施了197项改革措施，通达548个港口[1,2]").
			if srcs := ck.byClause(c, cited); len(srcs) > 0 {
				c.final = srcs
				if !slices.Equal(srcs, cited) {
					r := rag.Repair{Claim: c.text, Action: "added"}
					if len(written) > 0 {
						r.Action, r.From = "repointed", strings.Join(written, "")
					}
					out.repairs = append(out.repairs, r)
				} else {
					out.kept += len(srcs)
				}
				continue
			}
		}
		if best < 0 {
			out.unsupported = append(out.unsupported, c.text)
			if len(written) > 0 {
				out.repairs = append(out.repairs, rag.Repair{Claim: c.text, Action: "removed", From: strings.Join(written, "")})
			}
			continue
		}
		c.final = []int{best}
		r := rag.Repair{Claim: c.text, Action: "added"}
		if len(written) > 0 {
			r.Action, r.From = "repointed", strings.Join(written, "")
		}
		out.repairs = append(out.repairs, r)
	}
	supported := out.facts - len(out.unsupported)
	switch {
	case firstContent >= 0 && claims[firstContent].kind == claimRefusal:
		out.refusal = true
	case refusals > 0 && supported == 0:
		out.refusal = true
	case out.facts == 0:
		out.refusal = true
	}
	out.text = rebuild(plain, groups, claims, hits, ck, &out)
	return out
}

// writtenMarkers are the markers of a claim as the model wrote them.
func writtenMarkers(c *claim, groups []group) []string {
	var w []string
	for _, gi := range c.groups {
		w = append(w, groups[gi].raw...)
	}
	return w
}

// rebuild writes the answer: the plain text with each claim's canonical
// markers where its last marker stood (or at its end), pointer sentences
// whose marker went away removed, and pointer phrases before removed
// markers ("见", "see") removed with them. It numbers the citations.
func rebuild(plain string, groups []group, claims []claim, hits []rag.Hit, ck *checker, out *checked) string {
	type ins struct {
		at   int
		text string
	}
	var inserts []ins
	type cut struct{ from, to int }
	var cuts []cut
	key := map[[3]int]int{} // quote span → citation number
	docOf := map[string]int{}
	for i := range claims {
		c := &claims[i]
		if c.kind == claimPointer && len(c.final) == 0 {
			cuts = append(cuts, cut{c.start, c.end})
			continue
		}
		// A marker that goes away takes its pointing phrase along.
		for _, gi := range c.groups {
			g := groups[gi]
			if len(c.final) > 0 && c.placed && g.pos == c.at {
				continue
			}
			if m := pointerTailRE.FindStringIndex(plain[c.start:g.pos]); m != nil {
				from, to := c.start+m[0], g.pos
				if r, _ := utf8.DecodeRuneInString(plain[from:]); r == '（' || r == '(' {
					if r2, n := utf8.DecodeRuneInString(plain[to:]); r2 == '）' || r2 == ')' {
						to += n
					}
				}
				cuts = append(cuts, cut{from, to})
			}
		}
		if len(c.final) == 0 {
			continue
		}
		var b strings.Builder
		first := 0 // the number of the claim's first citation
		for _, s := range c.final {
			cit := quoteFor(hits[s-1], c, ck)
			d, ok := docOf[cit.Doc]
			if !ok {
				d = len(docOf)
				docOf[cit.Doc] = d
			}
			k := [3]int{d, cit.Start, cit.End}
			n, ok := key[k]
			if !ok {
				n = len(out.cites) + 1
				key[k] = n
				cit.N = n
				out.cites = append(out.cites, cit)
			}
			if first == 0 {
				first = n
			}
			mk := "[" + strconv.Itoa(n) + "]"
			if !strings.Contains(b.String(), mk) {
				b.WriteString(mk)
			}
		}
		ws := c.ws
		if !c.placed && ck.useQry {
			ws = " " // "548 ports [1]."
		}
		inserts = append(inserts, ins{c.at, ws + b.String()})
		// the repairs name the citation number the claim carries now
		for r := range out.repairs {
			if out.repairs[r].Claim == c.text && out.repairs[r].Action != "removed" && out.repairs[r].To == 0 {
				out.repairs[r].To = first
			}
		}
	}
	sort.SliceStable(inserts, func(i, j int) bool { return inserts[i].at < inserts[j].at })
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].from < cuts[j].from })
	var b strings.Builder
	b.Grow(len(plain) + 8*len(inserts))
	pos, ii := 0, 0
	for _, ct := range cuts {
		if ct.from < pos {
			ct.from = pos
		}
		for ii < len(inserts) && inserts[ii].at <= ct.from {
			b.WriteString(plain[pos:inserts[ii].at])
			b.WriteString(inserts[ii].text)
			pos = inserts[ii].at
			ii++
		}
		if ct.to > pos {
			b.WriteString(plain[pos:ct.from])
			pos = ct.to
		}
		for ii < len(inserts) && inserts[ii].at < pos { // inside a cut: gone
			ii++
		}
	}
	for ; ii < len(inserts); ii++ {
		b.WriteString(plain[pos:inserts[ii].at])
		b.WriteString(inserts[ii].text)
		pos = inserts[ii].at
	}
	b.WriteString(plain[pos:])
	return tidy(b.String())
}

// tidyRE: punctuation left doubled or dangling by removed text.
var tidyRE = []struct {
	re  *regexp.Regexp
	rep string
}{
	{regexp.MustCompile(`[（(]\s*[）)]`), ""},
	{regexp.MustCompile(`[，、,；;]\s*([。！？.!?])`), "$1"},
	{regexp.MustCompile(`([，,])\s*[，,]`), "$1"},
	{regexp.MustCompile(`[ \t]+([,.;:!?)])`), "$1"},
	{regexp.MustCompile(`[ \t]{2,}`), " "},
	{regexp.MustCompile(`([。！？])\s*[。.]`), "$1"},
	{regexp.MustCompile(`(?m)^[ \t]*[，,；;。.]\s*`), ""},
}

func tidy(s string) string {
	for _, t := range tidyRE {
		s = t.re.ReplaceAllString(s, t.rep)
	}
	return strings.TrimSpace(s)
}

// quoteFor is the citation of hit h for claim c: the sentence of h that
// holds most of the claim's numbers and names, then most of its content,
// verbatim with its offsets (rag.QuoteFor on that sentence).
func quoteFor(h rag.Hit, c *claim, ck *checker) rag.Citation {
	spans := rag.SplitSentences(h.Text)
	if len(spans) <= 1 {
		return rag.QuoteFor(h.Chunk, c.text)
	}
	bg := ck.claimBigrams(c)
	best, bestVals, bestContent := 0, -1, -1.0
	for i, sp := range spans {
		p := profileOf(h.Text[sp.Start:sp.End])
		vals := 0
		for _, x := range c.prof.strong {
			if norm.Contains(p.nums, x) {
				vals++
			}
		}
		for _, w := range c.prof.latin {
			if slices.Contains(p.latin, w) {
				vals++
			}
		}
		have := 0.0
		all := 0.0
		for _, b := range bg {
			w := ck.weight(b)
			all += w
			if p.set[b] {
				have += w
			}
		}
		ct := 0.0
		if all > 0 {
			ct = have / all
		}
		if vals > bestVals || (vals == bestVals && ct > bestContent) {
			best, bestVals, bestContent = i, vals, ct
		}
	}
	sp := spans[best]
	// rag.QuoteFor on the chosen sentence alone: it extends a very short
	// one with its neighbour and normalises the quote as every quote is.
	from, to := sp.Start, sp.End
	if utf8.RuneCountInString(h.Text[from:to]) < 12 {
		if best+1 < len(spans) {
			to = spans[best+1].End
		} else {
			from = spans[best-1].Start
		}
	}
	sub := h.Chunk
	sub.Text, sub.Start, sub.End = h.Text[from:to], h.Start+from, h.Start+to
	cit := rag.QuoteFor(sub, h.Text[from:to])
	return cit
}
