package extract

import (
	"articlebot/rag"

	_ "embed"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

//go:embed data/cues.tsv
var cuesData string

//go:embed data/copulas.txt
var copulasData string

var copulas [][]rune

func init() {
	for _, l := range dataLines(copulasData) {
		copulas = append(copulas, []rune(strings.TrimSpace(l)))
	}
}

// dropCopula removes one trailing copula from the text before a question
// word: "年吞吐能力是" aligns as "年吞吐能力".
func dropCopula(rs []rune) []rune {
	for _, c := range copulas {
		if len(rs) > len(c)+1 && runesAt(rs, len(rs)-len(c), c) {
			return rs[:len(rs)-len(c)]
		}
	}
	return rs
}

type cue struct {
	rs     []rune
	suffix bool
}

// cues lists, per answer kind, the words that show a text holds that kind.
var cues = map[string][]cue{}

func init() {
	for _, l := range dataLines(cuesData) {
		kind, list, ok := strings.Cut(l, "\t")
		if !ok {
			panic("extract: bad cues line: " + l)
		}
		for _, w := range strings.Fields(list) {
			c := cue{suffix: strings.HasSuffix(w, "*")}
			c.rs = []rune(strings.TrimSuffix(w, "*"))
			cues[kind] = append(cues[kind], c)
		}
	}
}

// question is an analysed question.
type question struct {
	rs          []rune // folded
	kind        string // from qwords.tsv, "" when no question word is found
	whStart     int    // rune range of the question word in rs, -1 if none
	whEnd       int
	left, right []rune // folded text before and after the question word
	// attrUni and attrBi are the content words and the bigrams within
	// attrRunes of the question word: what is asked about (the 颜色 of
	// 身体是什么颜色, the 焦点 of 选举的焦点是什么), as against the thing it is
	// asked of, which a paragraph's every sentence may name
	attrUni, attrBi weighted
	// measure is the measure word after 多少/几 ("个" in 多少个港口), or
	// what englishMeasure or hanMeasure make of the question ("@length",
	// "#money")
	measure      string
	toks         []tok // content tokens
	uni, bi      map[uint64]float64
	uniKeys      []uint64 // the keys of uni and bi in a fixed order, so sums
	biKeys       []uint64 // do not depend on map order
	uniW, biW    float64  // total weights
	byWeight     []uint64 // every bigram, highest weight first
	contentRunes int
}

func isLatinRune(r rune) bool { return r < utf8.RuneSelf && (r >= 'a' && r <= 'z') }

// findQWord returns the earliest question word of rs (the longest at that
// place), or -1.
func findQWord(rs []rune) (start, end int, kind string) {
	start = -1
	for i := range rs {
		for _, w := range qwords {
			if i+len(w.word) > len(rs) || !runesAt(rs, i, w.word) {
				continue
			}
			if w.latin && (i > 0 && isLatinRune(rs[i-1]) || i+len(w.word) < len(rs) && isLatinRune(rs[i+len(w.word)])) {
				continue
			}
			if string(w.word) == "为什么" && i > 0 && len(trimRunes(rs[i+len(w.word):])) == 0 {
				// "更名为什么？": 为 + 什么 ("renamed as what"), not "why",
				// which is followed by what it asks about
				continue
			}
			return i, i + len(w.word), w.kind
		}
	}
	return -1, -1, ""
}

// runesAt reports whether w stands in rs at i (false when it would run
// past either end).
func runesAt(rs []rune, i int, w []rune) bool {
	if i < 0 || i+len(w) > len(rs) {
		return false
	}
	for k, r := range w {
		if rs[i+k] != r {
			return false
		}
	}
	return true
}

func trimRunes(rs []rune) []rune {
	for len(rs) > 0 && (isTrim(rs[0]) || rs[0] == '？' || rs[0] == '?') {
		rs = rs[1:]
	}
	for len(rs) > 0 && (isTrim(rs[len(rs)-1]) || rs[len(rs)-1] == '？' || rs[len(rs)-1] == '?' || rs[len(rs)-1] == '呢' || rs[len(rs)-1] == '吗') {
		rs = rs[:len(rs)-1]
	}
	return rs
}

// analyse reads a question against the table's statistics.
func analyse(q string, tb *table) *question {
	qa := &question{rs: foldRunes(q), whStart: -1, whEnd: -1}
	qa.whStart, qa.whEnd, qa.kind = findQWord(qa.rs)
	if qa.whStart >= 0 {
		qa.left = dropCopula(trimRunes(qa.rs[:qa.whStart]))
		qa.right = trimRunes(qa.rs[qa.whEnd:])
		if qa.kind == "number" && isLatinRune(qa.rs[qa.whStart]) {
			qa.measure = englishMeasure(qa.rs[qa.whStart:qa.whEnd], qa.right)
		} else if qa.kind == "number" {
			rest := qa.rs[qa.whEnd:]
			for n := min(maxMeas, len(rest)); n > 0; n-- {
				if measures[string(rest[:n])] {
					qa.measure = string(rest[:n])
					break
				}
			}
			if qa.measure == "" {
				qa.measure = hanMeasure(qa.rs)
			}
		}
	}
	all := tokenize(qa.rs)
	qa.uni, qa.bi = map[uint64]float64{}, map[uint64]float64{}
	// bigrams within the runs of tokens on either side of the question word
	var run []tok
	endRun := func() {
		for _, h := range questionBigrams(run) {
			if _, ok := qa.bi[h]; !ok {
				qa.bi[h] = tb.idf(h)
				qa.biKeys = append(qa.biKeys, h)
			}
		}
		run = run[:0]
	}
	for _, k := range all {
		if qa.whStart >= 0 && k.start < qa.whEnd && k.end > qa.whStart {
			endRun()
			continue
		}
		run = append(run, k)
		if !k.stop {
			qa.toks = append(qa.toks, k)
			qa.contentRunes += k.end - k.start
			if _, ok := qa.uni[k.h]; !ok {
				qa.uni[k.h] = tb.idf(k.h)
				qa.uniKeys = append(qa.uniKeys, k.h)
			}
		}
	}
	endRun()
	qa.uniKeys, qa.uniW = keepTop(qa.uni, qa.uniKeys)
	qa.biKeys, qa.biW = keepTop(qa.bi, qa.biKeys)
	qa.findAttrTerms(tb)
	qa.byWeight = append([]uint64{}, qa.biKeys...)
	sort.SliceStable(qa.byWeight, func(i, j int) bool { return qa.bi[qa.byWeight[i]] > qa.bi[qa.byWeight[j]] })
	return qa
}

// weighted are question terms with their IDF weights, in the order found
// (coverage's sums do not depend on map order).
type weighted struct {
	w     map[uint64]float64
	keys  []uint64
	total float64
}

func (t *weighted) add(h uint64, w float64) {
	if t.w == nil {
		t.w = map[uint64]float64{}
	}
	t.w[h] = w
	t.keys = append(t.keys, h)
	t.total += w
}

// coverage is the weighted share of the terms that have holds (0 for no
// terms).
func (t weighted) coverage(have map[uint64]int) float64 {
	return coverage(t.w, t.keys, t.total, have)
}

// findAttrTerms sets q.attrUni and q.attrBi.
func (q *question) findAttrTerms(tb *table) {
	if q.whStart < 0 {
		return
	}
	left := q.left[max(0, len(q.left)-attrRunes):]
	right := q.right[:min(attrRunes, len(q.right))]
	for _, part := range [][]rune{left, right} {
		toks := tokenize(part)
		for _, k := range toks {
			if !k.stop {
				q.attrUni.add(k.h, tb.idf(k.h))
			}
		}
		for _, h := range questionBigrams(toks) {
			q.attrBi.add(h, tb.idf(h))
		}
	}
}

// questionBigrams are the bigrams of toks as a question's are formed: none
// across a break, none of two stop words.
func questionBigrams(toks []tok) []uint64 {
	var out []uint64
	for i := 1; i < len(toks); i++ {
		if !toks[i].brk && !(toks[i-1].stop && toks[i].stop) {
			out = append(out, pair(toks[i-1].h, toks[i].h))
		}
	}
	return out
}

// contentTokens are the question's content words outside its question
// word, less the runes skip marks (nil: none).
func (q *question) contentTokens(skip []bool) []tok {
	return contentTokens(q.rs, q.whStart, q.whEnd, skip)
}

// contentTokens are the content words of rs outside runes [ws, we) (its
// question word; ws < 0 for none), less the runes skip marks.
func contentTokens(rs []rune, ws, we int, skip []bool) []tok {
	var out []tok
	for _, k := range tokenize(rs) {
		if !k.stop && (skip == nil || !skip[k.start]) && (ws < 0 || k.end <= ws || k.start >= we) {
			out = append(out, k)
		}
	}
	return out
}

// english reports a question in English, as the answer's language is told
// (rag.DetectLang): "P. tuckeri的体长有多大？" is Chinese, though most of its
// letters are Latin.
func (q *question) english() bool { return rag.DetectLang(string(q.rs)) == "en" }

// typed reports a question for a number or a date, whose answer must show
// one.
func (q *question) typed() bool { return q.kind == "number" || q.kind == "time" }

// hasKind reports whether rs shows the kind of answer asked for.
func hasKind(kind, measure string, rs []rune) bool {
	switch kind {
	case "number":
		return hasNumber(rs, measure)
	case "time":
		// a day word is a time without a number: "on Thursday"
		return hasDigit(rs) && hasCue("time", rs) || hasCue("time", rs) && hasNumber(rs, "") || hasCue("day", rs)
	case "", "thing", "yesno":
		return false
	}
	return hasCue(kind, rs)
}

func hasCue(kind string, rs []rune) bool {
	for _, c := range cues[kind] {
		for i := 0; i+len(c.rs) <= len(rs); i++ {
			if c.at(rs, i) {
				return true
			}
		}
	}
	return false
}

// at reports the cue standing in rs at i: a suffix not at the start of a
// Han word, a Latin word as a whole word.
func (c cue) at(rs []rune, i int) bool {
	if !runesAt(rs, i, c.rs) {
		return false
	}
	if c.suffix && i+len(c.rs) < len(rs) && isHan(rs[i+len(c.rs)]) && i == 0 {
		return false
	}
	return !(c.rs[0] < utf8.RuneSelf && (i > 0 && isLatinRune(rs[i-1]) || i+len(c.rs) < len(rs) && isLatinRune(rs[i+len(c.rs)])))
}

// cueMask marks the runes of rs that a cue of one of kinds covers.
func cueMask(rs []rune, kinds ...string) []bool {
	m := make([]bool, len(rs))
	for _, kind := range kinds {
		for _, c := range cues[kind] {
			for i := 0; i+len(c.rs) <= len(rs); i++ {
				if c.at(rs, i) {
					for k := i; k < i+len(c.rs); k++ {
						m[k] = true
					}
				}
			}
		}
	}
	return m
}

func hasDigit(rs []rune) bool {
	for _, r := range rs {
		if isDigit(r) {
			return true
		}
	}
	return false
}

func isCNNum(r rune) bool {
	// a switch, not strings.ContainsRune: this runs for every rune of every
	// candidate span, and the string search was a tenth of a question's time
	switch r {
	case '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '两', '半', '数':
		return true
	}
	return false
}

// hasNumber reports a number (digits, or Chinese numerals before a measure
// word); with measure set, that measure word must follow some number.
func hasNumber(rs []rune, measure string) bool {
	if strings.HasPrefix(measure, "@") {
		return hasEnglishAmount(rs, measure)
	}
	if classes, ok := strings.CutPrefix(measure, "#"); ok {
		return hasHanAmount(rs, strings.Split(classes, ","))
	}
	m := []rune(measure)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if !isDigit(r) && !isCNNum(r) {
			continue
		}
		j := i
		for j < len(rs) && isNumberPart(rs, j) {
			j++
		}
		digits := isDigit(r)
		if !digits && j == i+1 && r == '一' {
			i = j // 一个, 一批: an article, not a count
			continue
		}
		if len(m) > 0 {
			if j+len(m) <= len(rs) && runesAt(rs, j, m) {
				return true
			}
		} else if digits {
			return true
		} else {
			for n := min(maxMeas, len(rs)-j); n > 0; n-- {
				if measures[string(rs[j:j+n])] {
					return true
				}
			}
		}
		i = j
	}
	return false
}

// isDigit counts ASCII digits and Roman numerals (Ⅱ类).
func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= 0x2160 && r <= 0x217F }

// maxQuestionTerms bounds the unigrams and the bigrams a question is matched
// by: a real question has a few dozen; an oversized one keeps its rarest, so
// that a request costs the same whatever its length.
const maxQuestionTerms = 64

// keepTop keeps the maxQuestionTerms heaviest keys of w (in their order) and
// drops the rest from w; it returns the keys and their total weight.
func keepTop(w map[uint64]float64, keys []uint64) ([]uint64, float64) {
	if len(keys) > maxQuestionTerms {
		sorted := append([]uint64{}, keys...)
		sort.SliceStable(sorted, func(i, j int) bool { return w[sorted[i]] > w[sorted[j]] })
		keep := map[uint64]bool{}
		for _, h := range sorted[:maxQuestionTerms] {
			keep[h] = true
		}
		var out []uint64
		for _, h := range keys {
			if keep[h] {
				out = append(out, h)
			} else {
				delete(w, h)
			}
		}
		keys = out
	}
	var total float64
	for _, h := range keys {
		total += w[h]
	}
	return keys, total
}

// englishMeasure is what an English "how …" question wants after its number,
// in hasNumber's measure: "@" and the unit classes of units_en.tsv it asks
// for ("how long" → @length,duration; "how much … cost" → @money), or "@="
// and the counted noun of "how many" (@=berth); "" when it says nothing.
func englishMeasure(wh, right []rune) string {
	words := strings.Fields(string(wh))
	rest := strings.FieldsFunc(string(right), func(r rune) bool { return !isWordRune(r) && r != '\'' })
	if len(words) == 2 && words[1] == "many" {
		if len(rest) > 0 && !stopSet[rest[0]] {
			return "@=" + string(singular([]rune(rest[0])))
		}
		return ""
	}
	var classes []string
	for _, c := range unitClasses {
		ask := len(words) == 2 && c.asks[words[1]]
		for _, w := range rest {
			ask = ask || words[len(words)-1] == "much" && c.asks[w]
		}
		if ask {
			classes = append(classes, c.name)
		}
	}
	if len(classes) == 0 {
		return ""
	}
	return "@" + strings.Join(classes, ",")
}

// hasEnglishAmount reports a number in rs followed (after a scale word:
// million) by what measure asks for: a unit of one of its classes, or its
// counted noun.
func hasEnglishAmount(rs []rune, measure string) bool {
	want := strings.TrimPrefix(measure, "@")
	noun, byNoun := strings.CutPrefix(want, "=")
	classes := strings.Split(want, ",")
	for i := 0; i < len(rs); i++ {
		if i > 0 && isWordRune(rs[i-1]) {
			continue
		}
		j := i
		if isDigit(rs[i]) {
			for j < len(rs) && isNumberPart(rs, j) {
				j++
			}
		} else if isLatinRune(rs[i]) {
			if e := latinWord(rs, i); numberWords[string(rs[i:e])] {
				j = e
			}
		}
		if j == i {
			continue
		}
		if i > 0 && isCurrency(rs[i-1]) && !byNoun && slices.Contains(classes, "money") {
			return true // $4.5 million
		}
		// the word englishUnit reads as what the number counts
		e := englishUnit(rs, j)
		k := e
		for k > j && isWordRune(rs[k-1]) {
			k--
		}
		w := string(rs[k:e])
		switch {
		case e == j:
		case byNoun && string(singular(rs[k:e])) == noun:
			return true
		case !byNoun:
			for _, c := range unitClasses {
				if c.units[w] && slices.Contains(classes, c.name) {
					return true
				}
			}
		}
		i = j
	}
	return false
}

// hanMeasure is what a Chinese 多少/几 question with no measure word after
// it asks for, in hasNumber's measure: "#" and the classes of units_zh.tsv
// whose question words it holds ("总投资是多少" → #money), or "".
func hanMeasure(rs []rune) string {
	q := string(rs)
	var classes []string
	for _, c := range hanUnitClasses {
		for w := range c.asks {
			if strings.Contains(q, w) {
				classes = append(classes, c.name)
				break
			}
		}
	}
	if len(classes) == 0 {
		return ""
	}
	return "#" + strings.Join(classes, ",")
}

// hasHanAmount reports a number in rs that can be an amount of one of
// classes (units_zh.tsv): followed by one of their units (30亿越南盾), or
// written in digits with no unit or measure word at all (5000万, 7.07),
// which leaves the unit to the context. "五年" is no amount of money.
func hasHanAmount(rs []rune, classes []string) bool {
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if !isDigit(r) && !isCNNum(r) || i > 0 && (isDigit(rs[i-1]) || isCNNum(rs[i-1])) {
			continue
		}
		j := i
		digits := false
		for j < len(rs) && isNumberPart(rs, j) {
			digits = digits || isDigit(rs[j])
			j++
		}
		for j < len(rs) && rs[j] == ' ' {
			j++
		}
		unit, other := false, false
		for n := min(max(maxHanUnit, maxMeas), len(rs)-j); n > 0; n-- {
			w := string(rs[j : j+n])
			for _, c := range hanUnitClasses {
				if c.units[w] {
					if slices.Contains(classes, c.name) {
						unit = true
					} else {
						other = true
					}
				}
			}
			other = other || measures[w]
		}
		if unit || digits && !other {
			return true
		}
		i = j
	}
	return false
}
