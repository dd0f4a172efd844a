package llmtest

import (
	"fmt"
	"strings"
	"unicode"

	"articlebot/rag"
	"articlebot/rag/norm"
)

// Scores are the careless-set figures of a run: the levels of issue 9.
type Scores struct {
	Answerable, Unanswerable int
	Correct                  int // found, and the answer holds a gold answer
	Cited                    int // correct and some quote holds the evidence (score.py's cite)
	Quotes, GoodQuotes       int // citations shown on correct answers, and those holding the evidence
	Refused                  int // unanswerable questions answered found=false
	Lost                     int // answerable questions refused or answered without the gold
	Unsupported              int // answers listing unsupported claims
	Repaired                 int // repaired markers in all
}

// Cite is the share of answerable questions with a quote holding the fact.
func (s Scores) Cite() float64 { return ratio(s.Cited, s.Answerable) }

// Precision is the share of shown quotes that hold their claim's fact.
func (s Scores) Precision() float64 { return ratio(s.GoodQuotes, s.Quotes) }

// Refusal is the share of unanswerable questions refused.
func (s Scores) Refusal() float64 { return ratio(s.Refused, s.Unanswerable) }

func (s Scores) String() string {
	return fmt.Sprintf("answerable %d: correct %d, cite %.2f (%d), citation precision %.2f (%d/%d), lost %d; unanswerable %d: refused %.2f (%d); repaired markers %d, answers with unsupported claims %d",
		s.Answerable, s.Correct, s.Cite(), s.Cited, s.Precision(), s.GoodQuotes, s.Quotes, s.Lost, s.Unanswerable, s.Refusal(), s.Refused, s.Repaired, s.Unsupported)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Score scores answers[i] against items[i] the way ../shared/eval/score.py
// does (NFKC, no spaces, lower case; a quote holds the evidence when it
// contains it or 70 % of its bigrams), plus citation precision: every
// citation of a correct answer must hold the evidence, because each
// careless answer states one fact.
func Score(items []Item, answers []rag.Answer) (Scores, []string) {
	var s Scores
	var misses []string
	for i, it := range items {
		a := answers[i]
		s.Repaired += len(a.RepairedMarkers)
		if len(a.Unsupported) > 0 {
			s.Unsupported++
		}
		if !it.Answerable {
			s.Unanswerable++
			if !a.Found {
				s.Refused++
			} else {
				misses = append(misses, fmt.Sprintf("%s answered: %s", it.ID, a.Answer))
			}
			continue
		}
		s.Answerable++
		ok := false
		for _, g := range it.Answers {
			ok = ok || (a.Found && strings.Contains(fold(a.Answer), fold(g)))
		}
		if !ok {
			s.Lost++
			misses = append(misses, fmt.Sprintf("%s lost (found=%v): %s", it.ID, a.Found, a.Answer))
			continue
		}
		s.Correct++
		cited := false
		for _, c := range a.Citations {
			s.Quotes++
			if Holds(c.Quote, it.Evidence) {
				s.GoodQuotes++
				cited = true
			} else {
				misses = append(misses, fmt.Sprintf("%s quote [%d] without the evidence %q: %s", it.ID, c.N, it.Evidence, c.Quote))
			}
		}
		if cited {
			s.Cited++
		} else {
			misses = append(misses, fmt.Sprintf("%s no quote holds %q: %s %v", it.ID, it.Evidence, a.Answer, a.Unsupported))
		}
	}
	return s, misses
}

// Holds is score.py's supports(quote, evidence).
func Holds(quote, evidence string) bool {
	q, e := fold(quote), fold(evidence)
	if strings.Contains(q, e) {
		return true
	}
	eb := bigrams(e)
	if len(eb) == 0 {
		return false
	}
	qb := bigrams(q)
	n := 0
	for b := range eb {
		if qb[b] {
			n++
		}
	}
	return float64(n)/float64(len(eb)) >= 0.7
}

// Fold is score.py's norm: NFKC (for the characters that occur here), no
// white space, lower case.
func Fold(s string) string { return fold(s) }

func fold(s string) string {
	s = norm.Fold(s) // score.py's NFKC, for the characters that occur here
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return strings.ReplaceAll(s, "，", ",")
}

func bigrams(s string) map[string]bool {
	r := []rune(s)
	out := make(map[string]bool, len(r))
	for i := 0; i+1 < len(r); i++ {
		out[string(r[i:i+2])] = true
	}
	return out
}
