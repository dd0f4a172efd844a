package extract

import (
	"math"
	"sort"

	"articlebot/rag"
)

// sent is one distinct sentence of the articles.
type sent struct {
	chunk      rag.Chunk // the first chunk holding it (doc, section, paragraph, kind)
	start, end int       // byte offsets in the article file
	text       string    // verbatim, whitespace normalised: the quote
	rs         []rune    // folded runes of text
	toks       []tok
	t          terms
	prev, next int // neighbours in the same paragraph, or -1
	// topic is the terms of the article's title when it is a name
	// (topicTerms): every sentence under it is about it, so matching them
	// singles out no sentence.
	topic map[uint64]bool
}

// table is every sentence of the articles with the statistics the features
// need. It is built once from the engine's chunks and read concurrently.
type table struct {
	sents  []sent
	df     map[uint64]int // sentences holding each unigram or bigram
	avgLen float64
	langs  map[string]string // doc → "zh" / "en"
	// long is how long the articles are together, on a log scale from 0
	// (longFrom runes or fewer) to 1 (longTo or more): the decision weighs
	// the question's missing words by it (withLong).
	long float64
	// wordStems holds the first stemRunes letters of every Latin word of
	// the articles: "open" of the question stands in "opened"
	wordStems map[string]bool
	// namers are the headings and FAQ questions that name what the
	// sentences after them say (sectionAnswer), found once per article
	namers []namer
}

// longFrom and longTo bound the length (runes) over which table.long rises:
// CMRC's paragraphs are under 1,000 runes, a news article is several
// thousand.
const longFrom, longTo = 1000, 4000

// stemRunes is how many first letters of a Latin word are taken for its
// inflected forms (open, opened, opening).
const stemRunes = 4

func newTable(chunks []rag.Chunk, article func(string) string) *table {
	tb := &table{df: map[uint64]int{}, langs: map[string]string{}, wordStems: map[string]bool{}}
	type key struct {
		doc        string
		start, end int
	}
	seen := map[key]bool{}
	topics := map[string]map[uint64]bool{} // doc → its title's terms
	for _, c := range chunks {
		if _, ok := topics[c.Doc]; !ok && c.Kind == rag.KindHeading && c.Section == "" {
			topics[c.Doc] = topicTerms(c.Text)
		}
	}
	for _, c := range chunks {
		if c.Kind == rag.KindHeading {
			continue
		}
		for _, sp := range rag.SplitSentences(c.Text) {
			k := key{c.Doc, c.Start + sp.Start, c.Start + sp.End}
			if seen[k] {
				continue // chunks overlap by a sentence
			}
			seen[k] = true
			text := rag.NormalizeSpace(c.Text[sp.Start:sp.End])
			rs := foldRunes(text)
			toks := tokenize(rs)
			for _, k := range toks {
				if k.end-k.start >= stemRunes && isLatinRune(rs[k.start]) {
					tb.wordStems[string(rs[k.start:k.start+stemRunes])] = true
				}
			}
			tb.sents = append(tb.sents, sent{chunk: c, start: k.start, end: k.end, text: text, rs: rs, toks: toks, t: termsOf(toks), prev: -1, next: -1, topic: topics[c.Doc]})
		}
	}
	sort.SliceStable(tb.sents, func(i, j int) bool {
		a, b := tb.sents[i], tb.sents[j]
		if a.chunk.Doc != b.chunk.Doc {
			return a.chunk.Doc < b.chunk.Doc
		}
		return a.start < b.start
	})
	var total, runes int
	for i := range tb.sents {
		s := &tb.sents[i]
		total += len(s.toks)
		runes += len(s.rs)
		for h := range s.t.uni {
			tb.df[h]++
		}
		for h := range s.t.bi {
			tb.df[h]++
		}
		if i > 0 {
			p := &tb.sents[i-1]
			if p.chunk.Doc == s.chunk.Doc && p.chunk.Paragraph == s.chunk.Paragraph {
				s.prev, p.next = i-1, i
			}
		}
	}
	tb.long = min(max(math.Log(float64(runes)/longFrom)/math.Log(longTo/longFrom), 0), 1)
	if len(tb.sents) > 0 {
		tb.avgLen = float64(total) / float64(len(tb.sents))
	}
	seenDoc := map[string]bool{}
	for _, c := range chunks {
		if !seenDoc[c.Doc] {
			seenDoc[c.Doc] = true
			tb.langs[c.Doc] = rag.DetectLang(article(c.Doc))
		}
	}
	tb.namers = findNamers(tb.sents)
	return tb
}

// idf is the smoothed inverse sentence frequency of a term.
func (tb *table) idf(h uint64) float64 {
	n := float64(len(tb.sents))
	return math.Log(1 + (n-float64(tb.df[h])+0.5)/(float64(tb.df[h])+0.5))
}

// hasLang reports whether some article is in lang.
func (tb *table) hasLang(lang string) bool {
	for _, l := range tb.langs {
		if l == lang {
			return true
		}
	}
	return false
}

// topicTerms are the unigrams and bigrams of a title, or none when the
// title is a headline rather than a name (longer than maxTopicRunes): a
// headline's words are no more every sentence's subject than others.
func topicTerms(title string) map[uint64]bool {
	rs := foldRunes(title)
	toks := tokenize(rs)
	if mostlyLatin(rs) {
		content := 0
		for _, k := range toks {
			if !k.stop {
				content++
			}
		}
		if content > maxTopicWords {
			return nil
		}
	} else if len(rs) > maxTopicRunes {
		return nil
	}
	tt := termsOf(toks)
	t := make(map[uint64]bool, len(tt.uni)+len(tt.bi))
	for x := range tt.uni {
		t[x] = true
	}
	for x := range tt.bi {
		t[x] = true
	}
	return t
}

// maxTopicRunes is the longest title or heading read as the topic of its
// sentences: a name (王家瑞, 西部陆海新通道) rather than a headline, whose
// words are no more every sentence's than any other words.
const maxTopicRunes = 12

// maxTopicWords is maxTopicRunes for a title in Latin script, in content
// words: "The Golden Gate Bridge" is a name, "City Council Approves New
// Tram Line" a headline.
const maxTopicWords = 4

// holdsContent reports whether rs has a content word (a Latin word) or a
// bigram that some sentence of the articles holds.
func (tb *table) holdsContent(rs []rune) bool {
	toks := tokenize(rs)
	for _, k := range toks {
		if k.end-k.start > 1 && !k.stop && tb.df[k.h] > 0 {
			return true
		}
	}
	for _, h := range questionBigrams(toks) {
		if tb.df[h] > 0 {
			return true
		}
	}
	return false
}

// missingWords is the IDF-weighted share of a Latin question's content words
// that no article word shares the first stemRunes letters with (words
// shorter than that must stand as they are): what the question asks about
// that the articles never name, however inflected.
func (tb *table) missingWords(q *question) float64 {
	var miss, total float64
	for _, k := range q.toks {
		if k.end-k.start < 2 || !isLatinRune(q.rs[k.start]) {
			continue
		}
		w := tb.idf(k.h)
		total += w
		if tb.df[k.h] > 0 || k.end-k.start >= stemRunes && tb.wordStems[string(q.rs[k.start:k.start+stemRunes])] {
			continue
		}
		miss += w
	}
	if total == 0 {
		return 0
	}
	return miss / total
}
