package extract

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// Sentence features: how well a sentence matches the question. Names are
// what the model file stores beside each weight.
var sentFeatures = []string{"bias", "cov_uni", "cov_bi", "ctx_bi", "bm25_rel", "best_cov", "lcs", "want", "len", "align_both", "next_bi", "align_l", "align_r", "rare_bi", "first", "nt_cov_uni", "nt_cov_bi", "attr_uni", "attr_bi", "rel_cov_uni", "rel_cov_bi", "rel_lcs", "rel_align_l", "rel_rare_bi", "rel_ctx_bi", "rel_nt_cov_uni", "rel_nt_cov_bi"}

// relFeatures are the sentence features also given relative to the best
// candidate (indexes in sentFeatures).
var relFeatures = []int{1, 2, 6, 11, 13, 3, 15, 16}

// Span features: how likely a span of a candidate sentence is the answer.
var spanFeatures = []string{"bias", "sent", "align", "align_l", "align_r", "clause", "n_clauses", "typed", "len", "q_overlap", "want", "dist", "whole", "long_kind_len", "after_match", "before_match", "short_kind_len", "local_cov", "bi_dist", "align_start", "align_end", "left_local", "right_local", "typed_kind_want", "typed_kind_miss", "time_date", "label", "in_brackets", "unbalanced"}

// Decision features: whether the best answer is an answer at all.
var decideFeatures = withLong([]string{"bias", "sent_p", "span_p", "cov_uni", "cov_bi", "missing_uni", "missing_bi", "missing_max", "want_missing", "lcs", "sent_want_missing", "rare_bi", "local_cov", "attr_absent", "time_not_date"})

// withLong adds to the decision features each one again times the
// articles' length (table.long; "long_" before its name). A question's
// words that a news article of several thousand characters never uses say
// more than those a short paragraph lacks, and CMRC's paragraphs, which the
// decision is mostly fitted on, are short: the long copies are fitted on
// CMRC paragraphs joined into long data dirs (CMRCBundles) and on the seed
// article.
func withLong(base []string) []string {
	out := append([]string{}, base...)
	for _, f := range base {
		out = append(out, "long_"+f)
	}
	return out
}

// cand is a scored candidate sentence.
type cand struct {
	si     int
	x      []float64
	logit  float64
	p      float64
	covUni float64
	covBi  float64
	lcs    float64
}

// offTopic is the coverage of the question's terms with those of the
// sentence's topic (title and section heading) at a quarter of their
// weight: they single out no sentence, but a question made of nothing else
// still matches where they stand.
func offTopic(w map[uint64]float64, keys []uint64, have map[uint64]int, topic map[uint64]bool) float64 {
	var s, total float64
	for _, h := range keys {
		x := w[h]
		if topic[h] {
			x *= topicWeight
		}
		total += x
		if have[h] > 0 {
			s += x
		}
	}
	if total == 0 {
		return 0
	}
	return s / total
}

// topicWeight is the weight of a topic term in offTopic, chosen by 4-fold
// cross-validation (hit+F1+cite: 0 → 1.900, 0.1 → 1.926, 0.25 → 1.895,
// 0.5 → 1.899).
const topicWeight = 0.1

func coverage(w map[uint64]float64, keys []uint64, total float64, have map[uint64]int) float64 {
	if total == 0 {
		return 0
	}
	var s float64
	for _, h := range keys {
		x := w[h]
		if have[h] > 0 {
			s += x
		}
	}
	return s / total
}

// contextCoverage is the share of the question's bigram weight missing
// from s but found in o (the previous or next sentence).
func contextCoverage(q *question, s, o *sent) float64 {
	if q.biW == 0 || o == nil {
		return 0
	}
	var c float64
	for _, h := range q.biKeys {
		x := q.bi[h]
		if s.t.bi[h] == 0 && o.t.bi[h] > 0 {
			c += x
		}
	}
	return c / q.biW
}

// rareCoverage is the share of the question's three rarest bigrams found in
// s (or, at half weight, in the sentence before): the words that single out
// the sentence, whatever the long common names around them.
func rareCoverage(q *question, s, prev *sent) float64 {
	var c, n float64
	for _, h := range q.byWeight {
		if n == 3 {
			break
		}
		if s.topic[h] {
			continue // the title's words are every sentence's
		}
		n++
		switch {
		case s.t.bi[h] > 0:
			c++
		case prev != nil && prev.t.bi[h] > 0:
			c += 0.5
		}
	}
	if n == 0 {
		return 0
	}
	return c / n
}

func (tb *table) bm25(q *question, s *sent) float64 {
	const k1, b = 1.2, 0.75
	norm := k1 * (1 - b + b*float64(len(s.toks))/max(tb.avgLen, 1))
	var sc float64
	add := func(w map[uint64]float64, keys []uint64, tf map[uint64]int) {
		for _, h := range keys {
			idf := w[h]
			if f := float64(tf[h]); f > 0 {
				sc += idf * f * (k1 + 1) / (f + norm)
			}
		}
	}
	add(q.uni, q.uniKeys, s.t.uni)
	add(q.bi, q.biKeys, s.t.bi)
	return sc
}

// lcsRatio is the longest run of the question's content (outside the
// question word) found in s, over the question's content length.
func lcsRatio(q *question, s []rune) float64 {
	best := 0
	left, right := q.left, q.right
	// the runs nearest the question word are what align; bounding them
	// keeps a long question's cost linear in the article
	if len(left) > maxLCS {
		left = left[len(left)-maxLCS:]
	}
	if len(right) > maxLCS {
		right = right[:maxLCS]
	}
	for _, part := range [][]rune{left, right} {
		if len(part) == 0 {
			continue
		}
		best = max(best, longestCommon(part, s))
	}
	if q.whStart < 0 {
		whole := trimRunes(q.rs)
		if len(whole) > maxLCS {
			whole = whole[:maxLCS]
		}
		best = longestCommon(whole, s)
	}
	return float64(best) / float64(max(q.contentRunes, 1))
}

func longestCommon(a, b []rune) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	best := 0
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
				best = max(best, cur[j+1])
			} else {
				cur[j+1] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}

// alignment is where the question's text around its question word is found
// in a sentence: the answer usually stands between.
type alignment struct {
	lEnd, rStart int // rune offsets in the sentence; -1 when not found
	lLen, rLen   int
}

const maxAlign = 12

// maxLCS bounds (in runes) each side of the question the longest common run
// is looked for.
const maxLCS = 40

func align(q *question, s []rune) alignment {
	if q.whStart >= 0 && isLatinRune(q.rs[q.whStart]) {
		return alignFronted(q, s)
	}
	a := alignment{lEnd: -1, rStart: -1}
	for k := min(len(q.left), maxAlign); k >= 2; k-- {
		if cutsWord(q.left, len(q.left)-k, len(q.left)) {
			continue
		}
		if i := indexWhole(s, q.left[len(q.left)-k:], 0); i >= 0 {
			a.lEnd, a.lLen = i+k, k
			break
		}
	}
	from := max(a.lEnd, 0)
	for k := min(len(q.right), maxAlign); k >= 2; k-- {
		if cutsWord(q.right, 0, k) {
			continue
		}
		if i := indexWhole(s, q.right[:k], from); i >= 0 {
			a.rStart, a.rLen = i, k
			break
		}
	}
	return a
}

// alignFronted aligns a question whose question word comes first, as in
// English ("When was the festival first held?"): the answer follows the
// longest run of the question's words the sentence repeats ("It was first
// held | in August 1999"), so that run plays the part of the left context.
func alignFronted(q *question, s []rune) alignment {
	a := alignment{lEnd: -1, rStart: -1}
	qt, st := tokenize(q.right), tokenize(s)
	bestContent, bestLen := 0, 0
	for i := range qt {
		for j := range st {
			content, k := 0, 0
			for i+k < len(qt) && j+k < len(st) && qt[i+k].h == st[j+k].h {
				if !qt[i+k].stop {
					content++
				}
				k++
			}
			if content == 0 || content < bestContent || content == bestContent && k <= bestLen {
				continue
			}
			bestContent, bestLen = content, k
			a.lEnd = st[j+k-1].end
			a.lLen = min(a.lEnd-st[j].start, maxAlign)
		}
	}
	return a
}

// cutsWord reports whether runes [a, b) of rs begin or end inside a Latin
// word or number: a piece of a Han text aligns anywhere, but "de" of
// "designed" must not align with "golden".
func cutsWord(rs []rune, a, b int) bool {
	return a > 0 && a < len(rs) && isWordRune(rs[a-1]) && isWordRune(rs[a]) ||
		b > 0 && b < len(rs) && isWordRune(rs[b-1]) && isWordRune(rs[b])
}

// indexWhole is the first index from which w stands in s without cutting a
// Latin word of s, or -1.
func indexWhole(s, w []rune, from int) int {
	for i := from; i+len(w) <= len(s); i++ {
		if runesAt(s, i, w) && !cutsWord(s, i, i+len(w)) {
			return i
		}
	}
	return -1
}

// scoreSentences scores the candidate sentences, best first.
func (x *Answerer) scoreSentences(q *question, ids []int) []cand {
	tb := x.tb
	cs := make([]cand, len(ids))
	var maxBM, maxCov float64
	bms := make([]float64, len(ids))
	for i, si := range ids {
		s := &tb.sents[si]
		cs[i] = cand{si: si, covUni: coverage(q.uni, q.uniKeys, q.uniW, s.t.uni), covBi: coverage(q.bi, q.biKeys, q.biW, s.t.bi)}
		bms[i] = tb.bm25(q, s)
		maxBM = max(maxBM, bms[i])
		maxCov = max(maxCov, cs[i].covBi+cs[i].covUni)
	}
	attrUni, attrBi := q.attrUni, q.attrBi
	for i := range cs {
		c := &cs[i]
		s := &tb.sents[c.si]
		var prev, next *sent
		if s.prev >= 0 {
			prev = &tb.sents[s.prev]
		}
		if s.next >= 0 {
			next = &tb.sents[s.next]
		}
		al := align(q, s.rs)
		c.lcs = lcsRatio(q, s.rs)
		best := 0.0
		if c.covBi+c.covUni >= maxCov && maxCov > 0 {
			best = 1
		}
		c.x = []float64{1, c.covUni, c.covBi, contextCoverage(q, s, prev), bms[i] / max(maxBM, 1e-9), best, c.lcs,
			b2f(hasKind(q.kind, q.measure, s.rs)), math.Log1p(float64(len(s.rs))) / 5, b2f(al.lLen >= 2 && al.rLen >= 2 && al.rStart >= al.lEnd), contextCoverage(q, s, next),
			float64(al.lLen) / maxAlign, float64(al.rLen) / maxAlign, rareCoverage(q, s, prev), b2f(s.prev < 0),
			offTopic(q.uni, q.uniKeys, s.t.uni, s.topic), offTopic(q.bi, q.biKeys, s.t.bi, s.topic),
			attrUni.coverage(s.t.uni), attrBi.coverage(s.t.bi)}
	}
	// each matching feature also as its distance from the best candidate's:
	// what counts is being the best match of the article, not a level
	for _, k := range relFeatures {
		top := math.Inf(-1)
		for i := range cs {
			top = max(top, cs[i].x[k])
		}
		for i := range cs {
			cs[i].x = append(cs[i].x, cs[i].x[k]-top)
		}
	}
	ps := make([]float64, len(cs))
	for i := range cs {
		cs[i].logit = x.m.Sent.logit(cs[i].x)
		ps[i] = cs[i].logit
	}
	normalize(ps)
	for i, p := range ps {
		cs[i].p = p
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].logit > cs[j].logit })
	return cs
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// span is a candidate answer: runes [a, b) of a sentence.
type span struct {
	si, a, b int
	x        []float64
	logit, p float64
	sel      float64 // selection score: p weighed against length
	fixed    bool    // found by a rule (whoIs, whatSaid...): never grown
	name     bool    // a name or a noun phrase, not a clause: no end mark
}

var longKinds = map[string]bool{"reason": true, "manner": true, "list": true, "yesno": true, "": true}
var shortKinds = map[string]bool{"number": true, "time": true, "person": true, "place": true}

// spans generates and scores the answer spans of one candidate sentence.
func (x *Answerer) spans(q *question, c cand) []span {
	s := &x.tb.sents[c.si]
	rs := s.rs
	n := len(rs)
	if n == 0 {
		return nil
	}
	latin := mostlyLatin(rs)
	ents := entities(rs, latin)
	inEntity := make([]bool, n) // no clause ends inside "January 5, 1933"
	if latin {
		for _, e := range ents {
			for p := e[0]; p < e[1]; p++ {
				inEntity[p] = true
			}
		}
	}
	// clause boundaries
	bounds := []int{0}
	for i, r := range rs {
		if isClauseBreak(r) && i+1 < n && !inEntity[i] && !isNumberPart(rs, i) {
			bounds = append(bounds, i+1)
		}
	}
	bounds = append(bounds, n)
	type raw struct {
		a, b             int
		align, typed, cl bool
		nClauses         int
	}
	var rawSpans []raw
	for i := 0; i+1 < len(bounds); i++ {
		for j := i + 1; j < len(bounds) && j-i <= 4; j++ {
			rawSpans = append(rawSpans, raw{a: bounds[i], b: bounds[j], cl: true, nClauses: j - i})
		}
	}
	clauseOf := func(p int) (int, int) {
		a, b := 0, n
		for _, bd := range bounds {
			if bd <= p {
				a = bd
			} else {
				b = bd
				break
			}
		}
		return a, b
	}
	al := align(q, rs)
	switch {
	case al.lEnd >= 0 && al.rStart > al.lEnd:
		rawSpans = append(rawSpans, raw{a: al.lEnd, b: al.rStart, align: true})
	case al.lEnd >= 0 && al.lEnd < n:
		_, b := clauseOf(al.lEnd)
		rawSpans = append(rawSpans, raw{a: al.lEnd, b: b, align: true})
	case al.rStart > 0:
		a, _ := clauseOf(al.rStart - 1)
		rawSpans = append(rawSpans, raw{a: a, b: al.rStart, align: true})
	}
	for _, e := range ents {
		rawSpans = append(rawSpans, raw{a: e[0], b: e[1], typed: true})
	}
	// in a sentence of Latin script, names, spelt-out numbers and dates
	// are candidates too; in a Han one they stay to the Han rules
	var names [][2]int
	if latin {
		names = properNames([]rune(s.text))
	}
	if q.kind == "person" {
		for _, e := range speakers(rs) {
			rawSpans = append(rawSpans, raw{a: e[0], b: e[1], typed: true})
		}
	}
	for _, e := range names {
		rawSpans = append(rawSpans, raw{a: e[0], b: e[1], typed: true})
	}
	// where the question's terms stand in the sentence
	matched := make([]bool, n)
	for i, k := range s.toks {
		if q.uni[k.h] > 0 && !k.stop {
			for p := k.start; p < k.end; p++ {
				matched[p] = true
			}
		}
		_ = i
	}
	// where the question's bigrams stand, with their weights
	type hit struct {
		a, b int
		w    float64
	}
	var bihits []hit
	var biTotal float64
	for i := 1; i < len(s.toks); i++ {
		if s.toks[i].brk {
			continue
		}
		if w := q.bi[pair(s.toks[i-1].h, s.toks[i].h)]; w > 0 {
			bihits = append(bihits, hit{s.toks[i-1].start, s.toks[i].end, w})
			biTotal += w
		}
	}
	qset := map[uint64]bool{}
	for _, k := range q.toks {
		qset[k.h] = true
	}
	depths := bracketDepths(rs)
	qLatin := latin && mostlyLatin(q.rs) // a question in Latin letters of a sentence in them
	seen := map[[2]int]bool{}
	var out []span
	for _, r := range rawSpans {
		a, b := trimSpan(rs, r.a, r.b)
		b = completeNumber(rs, a, b)
		if b <= a || seen[[2]int{a, b}] {
			continue
		}
		seen[[2]int{a, b}] = true
		sub := rs[a:b]
		toks := clipTokens(s.toks, rs, a, b)
		var content, inQ int
		for _, k := range toks {
			if !k.stop {
				content++
				if qset[k.h] {
					inQ++
				}
			}
		}
		if len(toks) == 0 || b-a == 1 && !isDigit(rs[a]) || qLatin && q.whStart >= 0 && content > 0 && inQ == content {
			// "（，）": nothing to answer with; "上": one character is no
			// answer (none of CMRC's 1,002 gold answers is one); nor, in
			// English, are the question's own words ("Vento Energy" for
			// "Who is the chief executive of Vento Energy?"). In Chinese a
			// span is made of single characters, which a question shares
			// with its answer more often: there the rule lost 9 of 745
			// CMRC hits on cross-validation
			continue
		}
		overlap := 0.0
		if content > 0 {
			overlap = float64(inQ) / float64(content)
		}
		dist := 1.0
		for p := 0; p < n; p++ {
			if matched[p] {
				d := 0
				if p < a {
					d = a - p
				} else if p >= b {
					d = p - b + 1
				}
				if p >= a && p < b {
					continue
				}
				dist = min(dist, float64(d)/20)
			}
		}
		var local, left, right float64
		biDist := 1.0
		for _, h := range bihits {
			if h.b <= a && a-h.b <= localWindow {
				left += h.w
			}
			if h.a >= b && h.a-b <= localWindow {
				right += h.w
			}
			if h.b > a-localWindow && h.a < b+localWindow {
				local += h.w
			}
			d := 0
			if h.b <= a {
				d = a - h.b
			} else if h.a >= b {
				d = h.a - b
			}
			biDist = min(biDist, float64(d)/20)
		}
		if biTotal > 0 {
			local /= biTotal
			left /= biTotal
			right /= biTotal
		}
		lenF := math.Log1p(float64(b-a)) / 4
		after := a > 0 && matched[a-1]
		before := b < n && matched[b]
		if !after && a > 1 && isTrim(rs[a-1]) {
			after = matched[a-2]
		}
		want := hasKind(q.kind, q.measure, sub) || q.kind == "person" && isName(names, a, b)
		xs := []float64{1, c.logit / 4, b2f(r.align), float64(al.lLen) / maxAlign, float64(al.rLen) / maxAlign, b2f(r.cl), float64(r.nClauses) / 4, b2f(r.typed), lenF, overlap,
			b2f(want), dist, b2f(a == 0 && b == n), b2f(longKinds[q.kind]) * lenF, b2f(after), b2f(before), b2f(shortKinds[q.kind]) * lenF, local, biDist}
		if !r.align {
			xs[3], xs[4] = 0, 0
		}
		// the span starts where the question's left context ends, or ends
		// where its right context begins (give or take a measure word:
		// "多少个港口" against "548个港口")
		alStart := al.lEnd >= 0 && abs(a-al.lEnd) <= 2
		alEnd := al.rStart >= 0 && abs(b-al.rStart) <= 2
		xs = append(xs, b2f(alStart), b2f(alEnd), left, right, b2f(q.typed() && want), b2f(q.typed() && !want), b2f(q.kind == "time" && dateLike(sub)))
		inside, unbalanced := bracketShape(rs, depths[a], a, b)
		xs = append(xs, b2f(b < n && (rs[b] == '：' || rs[b] == ':')), b2f(inside), b2f(unbalanced))
		sp := span{si: c.si, a: a, b: b, x: xs}
		sp.logit = x.m.Span.logit(xs)
		sp.p = sigmoid(sp.logit)
		sp.sel = sp.logit - x.m.LenPenalty[q.kind]*math.Log1p(float64(b-a))
		out = append(out, sp)
	}
	return out
}

// trimSpan narrows runes [a, b) of rs past the marks isTrim strips from an
// answer's ends.
func trimSpan(rs []rune, a, b int) (int, int) {
	for a < b && isTrim(rs[a]) {
		a++
	}
	for b > a && isTrim(rs[b-1]) {
		b--
	}
	return a, b
}

// bracketDepths are the bracket depths before each rune of rs and after
// the last: out[i] is the depth at rune i.
func bracketDepths(rs []rune) []int {
	out := make([]int, len(rs)+1)
	depth := 0
	for i, r := range rs {
		out[i] = depth
		switch {
		case pairs[r] != 0:
			depth++
		case closes[r] && depth > 0:
			depth--
		}
	}
	out[len(rs)] = depth
	return out
}

// bracketShape reports whether runes [a, b) of rs stand inside a pair of
// brackets or quotes (a note: 英文名：…), and whether they cut one pair
// open (a fragment: 潘嘉丽（英文名); depth is the bracket depth before rune
// a (bracketDepths, computed once per sentence).
func bracketShape(rs []rune, depth, a, b int) (inside, unbalanced bool) {
	var open []rune
	for _, r := range rs[a:b] {
		switch {
		case pairs[r] != 0:
			open = append(open, pairs[r])
		case closes[r]:
			if len(open) == 0 || open[len(open)-1] != r {
				return depth > 0, true
			}
			open = open[:len(open)-1]
		}
	}
	return depth > 0, len(open) > 0
}

// closes are the closing marks of pairs.
var closes = func() map[rune]bool {
	m := map[rune]bool{}
	for _, c := range pairs {
		m[c] = true
	}
	return m
}()

// localWindow is how near (in runes) a matched bigram must stand to a span
// to count as its context.
const localWindow = 12

// entities finds typed spans: numbers with their measure word, dates, and
// titles in 《》 or quotes.
func entities(rs []rune, latin bool) [][2]int {
	var out [][2]int
	n := len(rs)
	for i := 0; i < n; i++ {
		r := rs[i]
		switch {
		case r == '《' || r == '“' || r == '「':
			closer := map[rune]rune{'《': '》', '“': '”', '「': '」'}[r]
			for j := i + 1; j < n && j-i < 40; j++ {
				if rs[j] == closer {
					out = append(out, [2]int{i, j + 1})
					break
				}
			}
		case latin && isLatinRune(r) && (i == 0 || !isWordRune(rs[i-1])):
			// English: a date "May 28, 1937", "August 1999", or a number
			// spelt out with what it counts, "four days"
			w := latinWord(rs, i)
			end := w
			switch {
			case isMonth(string(rs[i:w])):
				if j := monthDate(rs, w); j > w {
					out = append(out, [2]int{i, j})
					end = j // the day and year are the date's, no count
				}
			case numberWords[string(rs[i:w])]:
				if j := withRate(rs, englishUnit(rs, w)); j > w {
					out = append(out, [2]int{i, j})
				}
			}
			i = end - 1
		case isDigit(r) || isCNNum(r) && i+1 < n && (isCNNum(rs[i+1]) || r != '一' && measures[string(rs[i+1])]):
			j := numberEnd(rs, i)
			if d := englishDate(rs, j); d > j {
				j = d
			} else if latin {
				j = withRate(rs, englishUnit(rs, j))
			} else {
				j = latinSymbol(rs, j)
			}
			// a range or pair goes whole: "8月15日及8月16日", "1988-89"
			for j+1 < n && isRangeMark(rs[j]) && isDigit(rs[j+1]) {
				j = numberEnd(rs, j+1)
			}
			j = datePart(rs, j)
			a := i
			if a > 0 && (rs[a-1] == '第' || isCurrency(rs[a-1])) {
				a-- // an ordinal: 第二位; a sum: $4.5 million
			}
			a = eraStart(rs, a, j)
			if j > i && !onlyOnes(rs[i:j]) {
				out = append(out, [2]int{a, j})
			}
			i = j
		}
	}
	return out
}

// datePart extends a date ending at j by the part of it that follows
// (2003年初, 5月上旬, 1980年代末期).
func datePart(rs []rune, j int) int {
	if j == 0 || !strings.ContainsRune("年月代", rs[j-1]) {
		return j
	}
	for _, w := range dateParts {
		if runesAt(rs, j, w) {
			return j + len(w)
		}
	}
	return j
}

// eraStart moves the start a of a year [a, b) back over the era marker
// before it (公元前25年: a year before the era, not the 25th).
func eraStart(rs []rune, a, b int) int {
	if !slices.Contains(rs[a:b], '年') {
		return a
	}
	for _, w := range eraMarks {
		if runesAt(rs, a-len(w), w) {
			return a - len(w)
		}
	}
	return a
}

// dateLike reports a point in time rather than a duration: a year of three
// or more digits (1965年), a month or a day (10月, 15日), a decade or a
// century (1980年代, 十九世纪); "5年后" is not one.
func dateLike(rs []rune) bool {
	digits := 0
	for i, r := range rs {
		if isDigit(r) {
			digits++
			continue
		}
		num := i > 0 && (isDigit(rs[i-1]) || isCNNum(rs[i-1]))
		switch {
		case r == '年' && digits >= 3, (r == '月' || r == '日') && num:
			return true
		case r == '世' && i+1 < len(rs) && rs[i+1] == '纪' && num:
			return true
		}
		digits = 0
	}
	return false
}

// isCurrency reports a currency sign, which stands before its sum.
func isCurrency(r rune) bool {
	switch r {
	case '$', '€', '£', '¥', '￥':
		return true
	}
	return false
}

// isRangeMark joins two numbers into one value.
func isRangeMark(r rune) bool {
	switch r {
	case '及', '至', '到', '和', '与', '－', '-', '~', '～', '—':
		return true
	}
	return false
}

// onlyOnes reports a run of 一 with at most a measure word after it (一一,
// 一批): a manner word or an article, not a count.
func onlyOnes(rs []rune) bool {
	for _, r := range rs {
		if isDigit(r) || isCNNum(r) && r != '一' {
			return false
		}
	}
	return true
}

// isNumberPart reports runes that continue a number: digits, numerals,
// decimal and thousands marks, fractions, times and ratios (11:00, 1：7),
// percent, 余/多 (300余, 80多).
func isNumberPart(rs []rune, j int) bool {
	r := rs[j]
	if isDigit(r) || isCNNum(r) || r == '%' || r == '％' || r == '余' || r == '多' {
		return true
	}
	// 1.5, 1,980, 2/3, and a time or a ratio: 11:00, 1：7
	if (r == '.' || r == ',' || r == '/' || r == ':' || r == '：') && j > 0 && j+1 < len(rs) && isDigit(rs[j-1]) && isDigit(rs[j+1]) {
		return true
	}
	return false
}

// completeNumber extends a span that stops inside a number, or right before
// its measure word, to the end of both: "7" → "7台", "2" → "2/3".
func completeNumber(rs []rune, a, b int) int {
	if b <= a || b >= len(rs) {
		return b
	}
	last := rs[b-1]
	if !isDigit(last) && !isCNNum(last) && last != '%' {
		return b
	}
	for b < len(rs) && isNumberPart(rs, b) {
		b++
	}
	return afterMeasure(rs, b)
}

// numberEnd is where the number starting at i ends (a date's 年, 月 and 日
// included), with the measure word after it.
func numberEnd(rs []rune, i int) int {
	for i < len(rs) && (isNumberPart(rs, i) || rs[i] == '年' || rs[i] == '月' || rs[i] == '日') {
		i++
	}
	return afterMeasure(rs, i)
}

// afterMeasure is j past the longest measure word standing at j, or j.
func afterMeasure(rs []rune, j int) int {
	for m := min(maxMeas, len(rs)-j); m > 0; m-- {
		if measures[string(rs[j:j+m])] {
			return j + m
		}
	}
	return j
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

var months = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// englishDate extends a day number to "4 July 2024" when a month name (and
// a year) follows.
func englishDate(rs []rune, j int) int {
	day := 0
	for k := j - 1; k >= 0 && isDigit(rs[k]); k-- {
		day++
	}
	if j >= len(rs) || rs[j] != ' ' || day == 0 || day > 2 {
		return j // a day has one or two digits: "1964 May" is no date
	}
	for _, m := range months {
		w := []rune(m)
		if j+1+len(w) <= len(rs) && runesAt(rs, j+1, w) {
			k := j + 1 + len(w)
			if k+1 < len(rs) && rs[k] == ' ' && isDigit(rs[k+1]) {
				k++
				for k < len(rs) && isDigit(rs[k]) {
					k++
				}
			}
			return k
		}
	}
	return j
}

// mostlyLatin reports a text with more Latin letters than Han characters.
func mostlyLatin(rs []rune) bool {
	var latin, han int
	for _, r := range rs {
		switch {
		case isLatinRune(r):
			latin++
		case isHan(r):
			han++
		}
	}
	return latin > han
}

// properNames finds names in Latin script: runs of capitalised words
// ("Joseph Strauss", "the Marrow Trust" → Marrow Trust). A function word
// ("The", "It") does not start one, and a single capitalised word that
// starts the sentence (after a quote or a bracket too) is taken for an
// ordinary word.
func properNames(orig []rune) [][2]int {
	var out [][2]int
	n := len(orig)
	for i := 0; i < n; {
		if !unicode.IsUpper(orig[i]) || i > 0 && isWordRune(fold(orig[i-1])) {
			i++
			continue
		}
		start, end, words := -1, i, 0
		for j := i; ; j = end + 1 {
			end = j
			for end < n && (isWordRune(fold(orig[end])) || orig[end] == '-' || orig[end] == '\'') {
				end++
			}
			switch {
			case start < 0 && stopSet[strings.ToLower(string(orig[j:end]))]:
				// "The Golden Gate": the name starts after "The"
			case start < 0:
				start, words = j, 1
			default:
				words++
			}
			if end+1 >= n || orig[end] != ' ' || !unicode.IsUpper(orig[end+1]) {
				break
			}
		}
		if words >= 2 || words == 1 && !sentenceStart(orig, start) && !isTimeWord(strings.ToLower(string(orig[start:end]))) {
			out = append(out, [2]int{start, end})
		}
		i = end
	}
	return out
}

// sentenceStart reports nothing but marks before orig[i]: the word there
// starts the sentence, after a quote or a bracket too ("“Even a short
// walk…”").
func sentenceStart(orig []rune, i int) bool {
	for _, r := range orig[:i] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isTimeWord reports a month or a day word (cues.tsv, line day):
// capitalised in English, and no name ("on Tuesday").
func isTimeWord(w string) bool {
	return isMonth(w) || isCueWord("day", w)
}

func isName(names [][2]int, a, b int) bool {
	for _, e := range names {
		if e[0] == a && e[1] == b {
			return true
		}
	}
	return false
}

// latinWord is the end of the Latin word starting at i.
func latinWord(rs []rune, i int) int {
	for i < len(rs) && isWordRune(rs[i]) {
		i++
	}
	return i
}

func isMonth(w string) bool { return slices.Contains(months, w) }

// monthDate extends a month name ending at j to "May 28, 1937", "May 28" or
// "August 1999"; j when no day or year follows.
func monthDate(rs []rune, j int) int {
	digits := func(k int) int {
		for k < len(rs) && isDigit(rs[k]) {
			k++
		}
		return k
	}
	if j+1 >= len(rs) || rs[j] != ' ' || !isDigit(rs[j+1]) {
		return j
	}
	k := digits(j + 1)
	if k < len(rs) && isWordRune(rs[k]) {
		return j // "May 3rd" and the like: left alone
	}
	if k-(j+1) <= 2 && k+2 < len(rs) && rs[k] == ',' && rs[k+1] == ' ' && isDigit(rs[k+2]) {
		if e := digits(k + 2); e-(k+2) == 4 {
			return e
		}
	}
	return k
}

// englishUnit extends an English number ending at j with its scale word
// and the word it counts: "35" → "35 million dollars", "8" → "8 berths".
// A function word ("in 1958 the library") or a month is no unit.
func englishUnit(rs []rune, j int) int {
	if j == 0 || !isWordRune(rs[j-1]) {
		return j
	}
	if e, w := nextLatinWord(rs, j); scaleWords[w] {
		j = e
	}
	if e, w := nextLatinWord(rs, j); w != "" && !stopSet[w] && !isMonth(w) && !numberWords[w] {
		return e
	}
	return j
}

// withRate extends an amount ending at e by the rate after its unit, so a
// rate goes whole: "110 kilometres" + " per hour".
func withRate(rs []rune, e int) int {
	if p, pw := nextLatinWord(rs, e); pw == "per" {
		if q, qw := nextLatinWord(rs, p); qw != "" {
			return q
		}
	}
	return e
}

// latinSymbol extends a number ending at j in a Han sentence over a unit
// symbol in Latin letters after a space: "4.7 GHz，" → "4.7 GHz". A symbol
// is one to four letters with no Latin word after it ("4.7 GHz" but not
// "3 New York").
func latinSymbol(rs []rune, j int) int {
	if j == 0 || !isDigit(rs[j-1]) {
		return j
	}
	e, w := nextLatinWord(rs, j)
	if w == "" || len(w) > 4 {
		return j
	}
	if e < len(rs) && (rs[e] == ' ' || isDigit(rs[e])) {
		return j
	}
	return e
}

// nextLatinWord is the Latin word after the space at k, and its end; "" and
// k when none stands there.
func nextLatinWord(rs []rune, k int) (int, string) {
	if k+1 >= len(rs) || rs[k] != ' ' || !isLatinRune(rs[k+1]) {
		return k, ""
	}
	e := latinWord(rs, k+1)
	return e, string(rs[k+1 : e])
}

// speakers finds the short run of Han characters before a speech verb
// ("陈新武提出", "”李大海表示"): in reports, the person who said it.
func speakers(rs []rune) [][2]int {
	var out [][2]int
	for _, c := range cues["person"] {
		if len(c.rs) == 0 || !isHan(c.rs[0]) {
			continue
		}
		for i := 0; i+len(c.rs) <= len(rs); i++ {
			if !runesAt(rs, i, c.rs) {
				continue
			}
			a := i
			for a > 0 && isHan(rs[a-1]) && i-a < 4 {
				a--
			}
			if i-a >= 2 && (a == 0 || !isHan(rs[a-1])) {
				out = append(out, [2]int{a, i})
			}
		}
	}
	return out
}

func indexRunes(s, w []rune, from int) int {
	for i := from; i+len(w) <= len(s); i++ {
		if runesAt(s, i, w) {
			return i
		}
	}
	return -1
}

// clipTokens is tokenize(rs[a:b]) from the tokens of rs, which are already
// stemmed: a word cut by a or b is tokenized again as the part inside (380
// of A380). Spans are many, so each one's words are not stemmed anew.
func clipTokens(toks []tok, rs []rune, a, b int) []tok {
	out := make([]tok, 0, b-a)
	first := sort.Search(len(toks), func(i int) bool { return toks[i].end > a })
	for _, k := range toks[first:] {
		if k.start >= b {
			break
		}
		if k.start < a || k.end > b {
			for _, c := range tokenize(rs[max(a, k.start):min(b, k.end)]) {
				c.start += max(a, k.start)
				c.end += max(a, k.start)
				out = append(out, c)
			}
			continue
		}
		out = append(out, k)
	}
	return out
}
