package rag

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
	"unicode"
)

// The evaluation scores an Asker against a question file in the dev-set
// format, with the metrics of ../shared/eval/score.py, computed the same way
// so `articlebot eval` and the Go dev-set test agree with the scorer.

// EvalQuestion is one line of a question file (testdata/dev.jsonl).
type EvalQuestion struct {
	ID         string   `json:"id"`
	Q          string   `json:"q"`
	Lang       string   `json:"lang"`
	Type       string   `json:"type"`
	Answerable bool     `json:"answerable"`
	Answers    []string `json:"answers"`
	// Evidence is the passage a citation must hold; nil for unanswerable
	// questions.
	Evidence *string `json:"evidence"`
}

// ReadEvalFile reads a JSON Lines question file; blank lines are skipped.
func ReadEvalFile(path string) ([]EvalQuestion, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read questions: %w", err)
	}
	defer f.Close()
	var qs []EvalQuestion
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for line := 1; sc.Scan(); line++ {
		b := strings.TrimSpace(sc.Text())
		if b == "" {
			continue
		}
		var q EvalQuestion
		if err := json.Unmarshal([]byte(b), &q); err != nil {
			return nil, fmt.Errorf("read questions: %s line %d: %w", path, line, err)
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read questions: %s: %w", path, err)
	}
	return qs, nil
}

// Ratio is a count of successes out of a total.
type Ratio struct{ Hit, Total int }

func (r *Ratio) add(ok bool) {
	r.Total++
	if ok {
		r.Hit++
	}
}

// Rate is Hit/Total, or 1 when nothing was counted (as score.py does).
func (r Ratio) Rate() float64 {
	if r.Total == 0 {
		return 1
	}
	return float64(r.Hit) / float64(r.Total)
}

func (r Ratio) String() string { return fmt.Sprintf("%d/%d", r.Hit, r.Total) }

// EvalStats are the metrics of one question type (or of all, "ALL").
//
//	Answer  answerable questions whose answer contains a gold alternative
//	Cite    answerable questions where some cited quote holds the evidence
//	Refuse  unanswerable questions answered with found=false
//	FalseNo answerable questions wrongly answered with found=false
//	Wrong   answerable questions answered with found=true without the gold fact
type EvalStats struct {
	Answer, Cite, Refuse, FalseNo, Wrong Ratio
}

// EvalResult is one question with what the Asker said.
type EvalResult struct {
	Question EvalQuestion
	Answer   Answer
	// Err is the Asker's error; the question then counts as not found.
	Err error
	// AnswerOK and CiteOK are the answer and cite verdicts (answerable
	// questions only).
	AnswerOK, CiteOK bool
}

// EvalMiss is a question the Asker got wrong: an answerable one without the
// gold fact, or an unanswerable one answered.
type EvalMiss struct {
	ID, Q, Got string
}

// EvalReport holds the metrics of a run, per question type and overall.
type EvalReport struct {
	Questions int
	Wall      time.Duration
	ByType    map[string]*EvalStats // question type → metrics
	All       EvalStats
	Misses    []EvalMiss
	Results   []EvalResult
}

// Evaluate asks every question in order, one at a time, and scores the
// answers as score.py does. The question text is sent with newlines turned
// into spaces, as the scorer feeds it on one line. An Asker's error counts
// as found=false and shows as "ERROR: ..." in the misses.
func Evaluate(ctx context.Context, a Asker, qs []EvalQuestion) EvalReport {
	t0 := time.Now()
	results := make([]EvalResult, len(qs))
	for i, q := range qs {
		ans, err := a.Ask(ctx, Request{Question: strings.ReplaceAll(q.Q, "\n", " ")})
		results[i] = EvalResult{Question: q, Answer: ans, Err: err}
	}
	return ScoreResults(results, time.Since(t0))
}

// ScoreResults scores answers already obtained (AnswerOK and CiteOK are
// recomputed).
func ScoreResults(results []EvalResult, wall time.Duration) EvalReport {
	r := EvalReport{Questions: len(results), Wall: wall, ByType: map[string]*EvalStats{}}
	r.Results = make([]EvalResult, len(results))
	for i, res := range results {
		q := res.Question
		found := res.Err == nil && res.Answer.Found
		ans := EvalNorm(res.Answer.Answer)
		okA, okC := false, false
		if q.Answerable {
			for _, g := range q.Answers {
				if strings.Contains(ans, EvalNorm(g)) {
					okA = found
					break
				}
			}
			ev := ""
			if q.Evidence != nil {
				ev = *q.Evidence
			}
			if found {
				for _, c := range res.Answer.Citations {
					if EvalSupports(c.Quote, ev) {
						okC = true
						break
					}
				}
			}
		}
		res.AnswerOK, res.CiteOK = okA, okC
		r.Results[i] = res
		st := r.ByType[q.Type]
		if st == nil {
			st = &EvalStats{}
			r.ByType[q.Type] = st
		}
		for _, s := range []*EvalStats{st, &r.All} {
			if q.Answerable {
				s.Answer.add(okA)
				s.Cite.add(okC)
				s.FalseNo.add(!found)
				s.Wrong.add(found && !okA)
			} else {
				s.Refuse.add(!found)
			}
		}
		got := res.Answer.Answer
		if res.Err != nil {
			got = "ERROR: " + res.Err.Error()
		}
		switch {
		case q.Answerable && !okA:
			r.Misses = append(r.Misses, EvalMiss{q.ID, q.Q, runePrefix(got, 160)})
		case !q.Answerable && found:
			r.Misses = append(r.Misses, EvalMiss{q.ID, q.Q, "ANSWERED: " + runePrefix(got, 140)})
		}
	}
	return r
}

// Filter rescores the subset of questions keep accepts (the wall time is
// kept as it was).
func (r EvalReport) Filter(keep func(EvalQuestion) bool) EvalReport {
	var rs []EvalResult
	for _, res := range r.Results {
		if keep(res.Question) {
			rs = append(rs, res)
		}
	}
	return ScoreResults(rs, r.Wall)
}

// Rate returns an overall metric by its score.py name: "answer", "cite",
// "refuse", "false-no" or "wrong". Like score.py, a metric with nothing
// counted is 1, except "wrong", which is 0.
func (r EvalReport) Rate(metric string) float64 {
	switch metric {
	case "answer":
		return r.All.Answer.Rate()
	case "cite":
		return r.All.Cite.Rate()
	case "refuse":
		return r.All.Refuse.Rate()
	case "false-no":
		return r.All.FalseNo.Rate()
	case "wrong":
		if r.All.Wrong.Total == 0 {
			return 0
		}
		return r.All.Wrong.Rate()
	}
	panic("rag: unknown eval metric " + metric)
}

// Write prints the report as score.py does: one line per question type, then
// ALL, the misses when showMisses, and the summary line.
func (r EvalReport) Write(w io.Writer, showMisses bool) {
	types := make([]string, 0, len(r.ByType))
	for t := range r.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	line := func(t string, s EvalStats) {
		var parts []string
		for _, m := range []struct {
			name string
			r    Ratio
		}{{"answer", s.Answer}, {"cite", s.Cite}, {"refuse", s.Refuse}, {"false-no", s.FalseNo}, {"wrong", s.Wrong}} {
			if m.r.Total > 0 {
				parts = append(parts, m.name+" "+m.r.String())
			}
		}
		fmt.Fprintf(w, "%-13s %s\n", t, strings.Join(parts, "  "))
	}
	for _, t := range types {
		if t != "ALL" { // a question type named ALL would merge with the total in score.py too
			line(t, *r.ByType[t])
		}
	}
	if r.Questions > 0 {
		line("ALL", r.All)
	}
	if showMisses {
		for _, m := range r.Misses {
			fmt.Fprintf(w, "MISS | %s | %s | %s\n", m.ID, m.Q, m.Got)
		}
	}
	fmt.Fprintf(w, "questions %d  wall %.2fs  answer %.2f  cite %.2f  refuse %.2f  wrong %.2f\n",
		r.Questions, r.Wall.Seconds(), r.Rate("answer"), r.Rate("cite"), r.Rate("refuse"), r.Rate("wrong"))
}

// EvalNorm is score.py's norm: NFKC, all whitespace removed, lower case,
// '，' as ','. Only the part of NFKC that matters for news text is done:
// full-width ASCII, the ideographic space, roman numerals (Ⅱ → ii after
// lower-casing), the ellipsis and superscript digits.
func EvalNorm(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if rep, ok := nfkcStrings[r]; ok {
			b.WriteString(strings.ToLower(rep))
			continue
		}
		if r >= 0xFF01 && r <= 0xFF5E {
			r -= 0xFEE0
		}
		if isPySpace(r) {
			continue
		}
		if r == '，' {
			r = ','
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// isPySpace is Python's str.isspace, which str.split() splits on.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1C && r <= 0x1F)
}

// nfkcStrings are the NFKC compatibility mappings EvalNorm applies besides
// full-width ASCII.
var nfkcStrings map[rune]string

func init() {
	m := map[rune]string{
		'…': "...", '‥': "..",
		'⁰': "0", '¹': "1", '²': "2", '³': "3", '⁴': "4", '⁵': "5", '⁶': "6", '⁷': "7", '⁸': "8", '⁹': "9",
	}
	roman := []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "L", "C", "D", "M"}
	for i, s := range roman {
		m[rune(0x2160+i)] = s                  // Ⅰ..Ⅿ
		m[rune(0x2170+i)] = strings.ToLower(s) // ⅰ..ⅿ
	}
	nfkcStrings = m
}

// EvalSupports is score.py's supports: the normalised evidence is part of
// the normalised quote, or at least 70% of the evidence's character bigrams
// are in the quote.
func EvalSupports(quote, evidence string) bool {
	q, e := EvalNorm(quote), EvalNorm(evidence)
	if strings.Contains(q, e) {
		return true
	}
	eb := runeBigrams(e)
	if len(eb) == 0 {
		return false
	}
	qb := runeBigrams(q)
	n := 0
	for b := range eb {
		if _, ok := qb[b]; ok {
			n++
		}
	}
	return float64(n)/float64(len(eb)) >= 0.7
}

// runeBigrams is the set of adjacent code point pairs of s, punctuation
// included (unlike bigramSet, which skips it).
func runeBigrams(s string) map[[2]rune]struct{} {
	rs := []rune(s)
	set := make(map[[2]rune]struct{}, len(rs))
	for i := 0; i+1 < len(rs); i++ {
		set[[2]rune{rs[i], rs[i+1]}] = struct{}{}
	}
	return set
}

// runePrefix is s cut to at most n code points, as Python's s[:n].
func runePrefix(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}
