package extract

import (
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"

	_ "embed"
	"hash/fnv"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// General language resources, embedded so the binary needs no files. Each
// file says where its content comes from; none holds words of an article.
var (
	//go:embed data/qwords.tsv
	qwordsData string
	//go:embed data/stop.txt
	stopData string
	//go:embed data/measures.txt
	measuresData string
	//go:embed data/numbers_en.txt
	numbersEnData string
	//go:embed data/units_en.tsv
	unitsEnData string
	//go:embed data/units_zh.tsv
	unitsZhData string
	//go:embed data/dates.txt
	datesData string
)

// unitClass is a class of units (units_en.tsv, units_zh.tsv): the words of
// a question that ask for it and the units that answer it.
type unitClass struct {
	name        string
	asks, units map[string]bool
}

// readUnitClasses reads a units file: class, question words, units.
func readUnitClasses(name, data string) []unitClass {
	var out []unitClass
	for _, l := range dataLines(data) {
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			panic("extract: bad " + name + " line: " + l)
		}
		c := unitClass{name: f[0], asks: map[string]bool{}, units: map[string]bool{}}
		for _, w := range strings.Fields(f[1]) {
			c.asks[w] = true
		}
		for _, w := range strings.Fields(f[2]) {
			c.units[w] = true
		}
		out = append(out, c)
	}
	return out
}

type qword struct {
	word  []rune
	kind  string
	latin bool
}

var (
	qwords   []qword // longest first
	stopSet  = map[string]bool{}
	stopRune = map[rune]bool{} // the one-rune entries of stopSet
	measures = map[string]bool{}
	// numberWords and scaleWords are English numbers spelt out and the
	// words that multiply a number
	numberWords, scaleWords = map[string]bool{}, map[string]bool{}
	// unitClasses: for each class of units_en.tsv, its question words and
	// its units
	unitClasses []unitClass
	// hanUnitClasses: the same for Chinese (units_zh.tsv); maxHanUnit is
	// the longest of their units, in runes
	hanUnitClasses []unitClass
	maxHanUnit     int
	maxMeas        int // longest measure word, in runes
	// eraMarks stand before a year (公元前25年), dateParts after a year, a
	// month or a decade (2003年初): dates.txt, longest first
	eraMarks, dateParts [][]rune
)

func init() {
	for _, l := range dataLines(qwordsData) {
		f := strings.Split(l, "\t")
		if len(f) != 2 {
			panic("extract: bad qwords line: " + l)
		}
		w := []rune(f[0])
		qwords = append(qwords, qword{word: w, kind: f[1], latin: w[0] < utf8.RuneSelf})
	}
	sort.SliceStable(qwords, func(i, j int) bool { return len(qwords[i].word) > len(qwords[j].word) })
	for _, l := range dataLines(stopData) {
		for _, w := range strings.Fields(l) {
			stopSet[w] = true
			if rs := []rune(w); len(rs) == 1 {
				stopRune[rs[0]] = true
			}
		}
	}
	en := dataLines(numbersEnData)
	if len(en) != 2 {
		panic("extract: numbers_en.txt wants two lines")
	}
	for i, set := range []map[string]bool{numberWords, scaleWords} {
		for _, w := range strings.Fields(en[i]) {
			set[w] = true
		}
	}
	unitClasses = readUnitClasses("units_en.tsv", unitsEnData)
	hanUnitClasses = readUnitClasses("units_zh.tsv", unitsZhData)
	for _, l := range dataLines(measuresData) {
		for _, w := range strings.Fields(l) {
			measures[w] = true
			maxMeas = max(maxMeas, utf8.RuneCountInString(w))
		}
	}
	for _, c := range hanUnitClasses {
		for u := range c.units {
			maxHanUnit = max(maxHanUnit, utf8.RuneCountInString(u))
		}
	}
	dl := dataLines(datesData)
	if len(dl) != 2 {
		panic("extract: dates.txt wants two lines")
	}
	for i, set := range []*[][]rune{&eraMarks, &dateParts} {
		for _, w := range strings.Fields(dl[i]) {
			*set = append(*set, []rune(w))
		}
		sort.SliceStable(*set, func(a, b int) bool { return len((*set)[a]) > len((*set)[b]) })
	}
}

func dataLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimRight(l, "\r"); strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

// fold maps a rune to the form matching compares: full-width ASCII to
// ASCII, letters to lower case.
func fold(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		r -= 0xFEE0
	} else if r == 0x3000 {
		r = ' '
	}
	return unicode.ToLower(r)
}

// foldRunes returns the folded runes of s.
func foldRunes(s string) []rune {
	rs := make([]rune, 0, len(s)/2)
	for _, r := range s {
		rs = append(rs, fold(r))
	}
	return rs
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') || unicode.IsLetter(r) && !isHan(r) || unicode.IsDigit(r)
}

// tok is one token of a folded text: a Han character or a Latin/digit word.
type tok struct {
	h          uint64 // term hash
	start, end int    // rune offsets
	stop       bool   // a function word: not content
	brk        bool   // punctuation or space precedes it: no bigram across
}

const wordBit = 1 << 63

func wordHash(w []rune) uint64 {
	f := fnv.New64a()
	for _, r := range w {
		var b [4]byte
		n := utf8.EncodeRune(b[:], r)
		f.Write(b[:n])
	}
	return f.Sum64() | wordBit
}

func pair(a, b uint64) uint64 { return (a*0x9E3779B97F4A7C15 ^ b) * 0xBF58476D1CE4E5B9 }

// tokenize splits folded runes into tokens. English words lose a plural s so
// that "ports" matches "port".
func tokenize(rs []rune) []tok {
	out := make([]tok, 0, len(rs))
	brk := true
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case isHan(r):
			out = append(out, tok{h: uint64(r), start: i, end: i + 1, stop: stopRune[r], brk: brk})
			brk = false
			i++
		case isWordRune(r):
			j := i
			for j < len(rs) && isWordRune(rs[j]) {
				j++
			}
			w := rs[i:j]
			out = append(out, tok{h: wordHash(stem(w)), start: i, end: j, stop: stopSet[string(w)], brk: brk})
			brk = false
			i = j
		default:
			brk = true
			i++
		}
	}
	return out
}

// stem is the English Snowball stem of a Latin word (restored, restores →
// restor), so that a question's words match their inflected forms.
func stem(w []rune) []rune {
	if len(w) < 3 {
		return w
	}
	env := snowballstem.NewEnv(string(w))
	english.Stem(env)
	return []rune(env.Current())
}

// singular drops the plural s of a Latin word of four letters or more
// (berths → berth; not "gas" or "class").
func singular(w []rune) []rune {
	if len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
		return w[:len(w)-1]
	}
	return w
}

// terms are the unigrams and bigrams of a text, with their counts.
type terms struct {
	uni, bi map[uint64]int
}

func termsOf(toks []tok) terms {
	t := terms{uni: make(map[uint64]int, len(toks)), bi: make(map[uint64]int, len(toks))}
	for i, k := range toks {
		t.uni[k.h]++
		if i > 0 && !k.brk {
			t.bi[pair(toks[i-1].h, k.h)]++
		}
	}
	return t
}

// isClauseBreak reports the runes that cut a sentence into clauses; a
// Markdown table row's cells are clauses too ("| 研发投入 | 12.5亿元 |").
func isClauseBreak(r rune) bool {
	switch r {
	case '，', ',', '；', ';', '：', ':', '。', '！', '？', '!', '?', '|':
		return true
	}
	return false
}

// trimRunes are stripped from both ends of an answer span.
func isTrim(r rune) bool {
	return unicode.IsSpace(r) || isClauseBreak(r) || r == '、' || r == '.' || r == '…' || r == '—'
}
