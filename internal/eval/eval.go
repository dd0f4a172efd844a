package eval

import (
	"articlebot/rag"

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

// The evaluation scores an rag.Asker against a question file in the dev-set
// format, with the metrics of the score.py scorer of the ask --json contract, computed the same way
// so `articlebot eval` and the Go dev-set test agree with the scorer.

// Question is one line of a question file (testdata/dev.jsonl).
type Question struct {
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

// ReadFile reads a JSON Lines question file; blank lines are skipped.
func ReadFile(path string) ([]Question, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read questions: %w", err)
	}
	defer f.Close()
	var qs []Question
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for line := 1; sc.Scan(); line++ {
		b := strings.TrimSpace(sc.Text())
		if b == "" {
			continue
		}
		var q Question
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

// Stats are the metrics of one question type (or of all, "ALL").
//
//	Answer  answerable questions whose answer contains a gold alternative
//	Cite    answerable questions where some cited quote holds the evidence
//	Refuse  unanswerable questions answered with found=false
//	FalseNo answerable questions wrongly answered with found=false
//	Wrong   answerable questions answered with found=true without the gold fact
type Stats struct {
	Answer, Cite, Refuse, FalseNo, Wrong Ratio
}

// Result is one question with what the rag.Asker said.
type Result struct {
	Question Question
	Answer   rag.Answer
	// Err is the rag.Asker's error; the question then counts as not found.
	Err error
	// AnswerOK and CiteOK are the answer and cite verdicts (answerable
	// questions only).
	AnswerOK, CiteOK bool
}

// Miss is a question the rag.Asker got wrong: an answerable one without the
// gold fact, or an unanswerable one answered.
type Miss struct {
	ID, Q, Got string
}

// Report holds the metrics of a run, per question type and overall.
type Report struct {
	Questions int
	Wall      time.Duration
	ByType    map[string]*Stats // question type → metrics
	All       Stats
	Misses    []Miss
	Results   []Result
}

// Evaluate asks every question in order, one at a time, and scores the
// answers as score.py does. The question text is sent with newlines turned
// into spaces, as the scorer feeds it on one line. An rag.Asker's error counts
// as found=false and shows as "ERROR: ..." in the misses.
func Evaluate(ctx context.Context, a rag.Asker, qs []Question) Report {
	t0 := time.Now()
	results := make([]Result, len(qs))
	for i, q := range qs {
		ans, err := a.Ask(ctx, rag.Request{Question: strings.ReplaceAll(q.Q, "\n", " ")})
		results[i] = Result{Question: q, Answer: ans, Err: err}
	}
	return ScoreResults(results, time.Since(t0))
}

// ScoreResults scores answers already obtained (AnswerOK and CiteOK are
// recomputed).
func ScoreResults(results []Result, wall time.Duration) Report {
	r := Report{Questions: len(results), Wall: wall, ByType: map[string]*Stats{}}
	r.Results = make([]Result, len(results))
	for i, res := range results {
		q := res.Question
		found := res.Err == nil && res.Answer.Found
		ans := Norm(res.Answer.Answer)
		okA, okC := false, false
		if q.Answerable {
			for _, g := range q.Answers {
				if strings.Contains(ans, Norm(g)) {
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
					if Supports(c.Quote, ev) {
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
			st = &Stats{}
			r.ByType[q.Type] = st
		}
		for _, s := range []*Stats{st, &r.All} {
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
			r.Misses = append(r.Misses, Miss{q.ID, q.Q, runePrefix(got, 160)})
		case !q.Answerable && found:
			r.Misses = append(r.Misses, Miss{q.ID, q.Q, "ANSWERED: " + runePrefix(got, 140)})
		}
	}
	return r
}

// Filter rescores the subset of questions keep accepts (the wall time is
// kept as it was).
func (r Report) Filter(keep func(Question) bool) Report {
	var rs []Result
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
func (r Report) Rate(metric string) float64 {
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
func (r Report) Write(w io.Writer, showMisses bool) {
	types := make([]string, 0, len(r.ByType))
	for t := range r.ByType {
		types = append(types, t)
	}
	sort.Strings(types)
	line := func(t string, s Stats) {
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

// Norm is score.py's norm: NFKC, all whitespace removed, lower case,
// '，' as ','. Only the part of NFKC that matters for news text is done:
// full-width ASCII, the ideographic space, roman numerals (Ⅱ → ii after
// lower-casing), the ellipsis and superscript digits.
func Norm(s string) string {
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

// nfkcStrings are the NFKC compatibility mappings Norm applies besides
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

// Supports is score.py's supports: the normalised evidence is part of
// the normalised quote, or at least 70% of the evidence's character bigrams
// are in the quote.
func Supports(quote, evidence string) bool {
	q, e := Norm(quote), Norm(evidence)
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
