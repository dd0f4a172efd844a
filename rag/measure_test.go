package rag

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestMeasure prints the measurement tables of docs/measurements.md as
// Markdown. It takes a few seconds and is skipped unless ARTICLEBOT_MEASURE=1:
//
//	ARTICLEBOT_MEASURE=1 go test ./rag -run TestMeasure -v -count=1
//
// The question sets are the dev set (../testdata/dev.jsonl) and a held-out
// style set written for the measurements (testdata/extra.jsonl).
func TestMeasure(t *testing.T) {
	if os.Getenv("ARTICLEBOT_MEASURE") != "1" {
		t.Skip("set ARTICLEBOT_MEASURE=1 to print the measurements")
	}
	w := io.Writer(os.Stdout)
	m := newMeasurer(t)
	m.retrievalModes(w)
	m.rrfConstant(w)
	m.chunkGrid(w)
	m.embedderGrid(w)
	m.coverage(w)
}

type measurer struct {
	t          *testing.T
	text       string
	dev, extra []EvalQuestion
}

func newMeasurer(t *testing.T) *measurer {
	dev, err := ReadEvalFile(devPath)
	if err != nil {
		t.Fatal(err)
	}
	extra, err := ReadEvalFile("testdata/extra.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	return &measurer{t: t, text: readArticle(t), dev: dev, extra: extra}
}

// open builds an in-memory engine over the article.
func (m *measurer) open(opts Options) *Engine {
	e, err := OpenTexts(context.Background(), []string{"article"}, []string{m.text}, nil, opts)
	if err != nil {
		m.t.Fatal(err)
	}
	m.t.Cleanup(func() { e.Close() })
	return e
}

// answerableZH keeps the answerable Chinese questions: the English ones
// are refused before retrieval offline.
func answerableZH(qs []EvalQuestion) []EvalQuestion {
	var out []EvalQuestion
	for _, q := range qs {
		if q.Answerable && q.Lang == "zh" && q.Evidence != nil {
			out = append(out, q)
		}
	}
	return out
}

// evidenceRank is the 0-based rank of the first chunk of hits holding the
// evidence (whitespace removed on both sides), or -1.
func evidenceRank(hits []Hit, evidence string) int {
	ev := compactKey(evidence)
	for i, h := range hits {
		if strings.Contains(compactKey(h.Text), ev) {
			return i
		}
	}
	return -1
}

// recall is recall@1, @3, @5 of the evidence and the mean reciprocal rank
// (over the top 5).
type recall struct {
	at1, at3, at5, mrr float64
	n                  int
}

func (r recall) String() string {
	return fmt.Sprintf("%.2f | %.2f | %.2f | %.2f", r.at1, r.at3, r.at5, r.mrr)
}

func recallOf(ranks []int) recall {
	r := recall{n: len(ranks)}
	for _, k := range ranks {
		if k >= 0 && k < 5 {
			r.mrr += 1 / float64(k+1)
			r.at5++
			if k < 3 {
				r.at3++
			}
			if k < 1 {
				r.at1++
			}
		}
	}
	if r.n > 0 {
		n := float64(r.n)
		r.at1, r.at3, r.at5, r.mrr = r.at1/n, r.at3/n, r.at5/n, r.mrr/n
	}
	return r
}

func (m *measurer) ranks(e *Engine, qs []EvalQuestion) []int {
	var out []int
	for _, q := range answerableZH(qs) {
		hits, err := e.Retrieve(context.Background(), q.Q, 5)
		if err != nil {
			m.t.Fatal(err)
		}
		out = append(out, evidenceRank(hits, *q.Evidence))
	}
	return out
}

func (m *measurer) retrievalModes(w io.Writer) {
	fmt.Fprintf(w, "\n### (a) Retrieval modes\n\nRecall@k of the evidence (a retrieved chunk holds it), default chunking %v and embedder %s; dev: %d answerable Chinese questions, extra: %d.\n\n",
		DefaultChunkParams, DefaultEmbedder().ID(), len(answerableZH(m.dev)), len(answerableZH(m.extra)))
	fmt.Fprintln(w, "| mode | dev R@1 | R@3 | R@5 | MRR | extra R@1 | R@3 | R@5 | MRR |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|")
	for _, mode := range []string{RetrieveVector, RetrieveBM25, RetrieveFused} {
		e := m.open(Options{RetrieveMode: mode})
		fmt.Fprintf(w, "| %s | %v | %v |\n", mode, recallOf(m.ranks(e, m.dev)), recallOf(m.ranks(e, m.extra)))
	}
}

// rrfConstant recomputes the fusion with other constants from the two
// rankings (each read 30 deep, as the engine does for 8 hits).
func (m *measurer) rrfConstant(w io.Writer) {
	ev := m.open(Options{RetrieveMode: RetrieveVector})
	eb := m.open(Options{RetrieveMode: RetrieveBM25})
	qs := append(answerableZH(m.dev), answerableZH(m.extra)...)
	type lists struct{ v, b []Hit }
	ls := make([]lists, len(qs))
	for i, q := range qs {
		v, _ := ev.Retrieve(context.Background(), q.Q, 30)
		b, _ := eb.Retrieve(context.Background(), q.Q, 30)
		ls[i] = lists{v, b}
	}
	fmt.Fprintf(w, "\n### RRF constant\n\nFused recall over dev+extra (%d questions) for score = Σ 1/(k + rank), recomputed from the vector and BM25 rankings (engine: k = %d).\n\n", len(qs), rrfK)
	fmt.Fprintln(w, "| k | R@1 | R@3 | R@5 | MRR |")
	fmt.Fprintln(w, "|---|---|---|---|---|")
	for _, k := range []float64{1, 5, 10, 20, 40, 60, 100} {
		var ranks []int
		for i, q := range qs {
			score := map[string]float64{}
			chunk := map[string]Hit{}
			for _, l := range [][]Hit{ls[i].v, ls[i].b} {
				for r, h := range l {
					score[h.ID] += 1 / (k + float64(r+1))
					chunk[h.ID] = h
				}
			}
			var fused []Hit
			for id, s := range score {
				h := chunk[id]
				h.Score = s
				fused = append(fused, h)
			}
			sort.Slice(fused, func(a, b int) bool {
				if fused[a].Score != fused[b].Score {
					return fused[a].Score > fused[b].Score
				}
				return fused[a].ID < fused[b].ID
			})
			ranks = append(ranks, evidenceRank(fused[:min(5, len(fused))], *q.Evidence))
		}
		fmt.Fprintf(w, "| %g | %v |\n", k, recallOf(ranks))
	}
}

// scores formats the end-to-end metrics of a report.
func scores(r EvalReport) string {
	return fmt.Sprintf("%.2f | %.2f | %.2f | %.2f", r.Rate("answer"), r.Rate("cite"), r.Rate("refuse"), r.Rate("wrong"))
}

// zhOrUnanswerable keeps what the offline engine can be scored on: the
// English questions are refused by design and would only lower answer/cite.
func zhOrUnanswerable(q EvalQuestion) bool { return q.Lang == "zh" || !q.Answerable }

func (m *measurer) chunkGrid(w io.Writer) {
	fmt.Fprintf(w, "\n### (b) Chunk size and overlap\n\nFused retrieval recall, and end-to-end extractive scores (answer / cite on the answerable Chinese questions, refuse on the unanswerable ones, wrong over all answerable incl. English).\n\n")
	fmt.Fprintln(w, "| MaxRunes | Overlap | chunks | dev R@1 | R@3 | R@5 | MRR | extra R@1 | R@3 | R@5 | MRR | dev answer | cite | refuse | wrong | extra answer | cite | refuse | wrong |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
	for _, size := range []int{80, 120, 200, 300, 500} {
		for _, ov := range []int{0, 1} {
			p := ChunkParams{MaxRunes: size, Overlap: ov}
			e := m.open(Options{Chunking: p})
			dev := Evaluate(context.Background(), e, m.dev)
			extra := Evaluate(context.Background(), e, m.extra)
			mark := ""
			if p == DefaultChunkParams {
				mark = " (default)"
			}
			fmt.Fprintf(w, "| %d%s | %d | %d | %v | %v | %s | %s |\n", size, mark, ov, e.Index().Chunks,
				recallOf(m.ranks(e, m.dev)), recallOf(m.ranks(e, m.extra)),
				scoresZH(dev), scoresZH(extra))
		}
	}
}

// scoresZH is answer and cite over the answerable Chinese questions, refuse
// over the unanswerable ones and wrong over all answerable ones.
func scoresZH(r EvalReport) string {
	zh := r.Filter(func(q EvalQuestion) bool { return q.Answerable && q.Lang == "zh" })
	un := r.Filter(func(q EvalQuestion) bool { return !q.Answerable })
	all := r.Filter(func(q EvalQuestion) bool { return q.Answerable })
	return fmt.Sprintf("%.2f | %.2f | %.2f | %.2f", zh.Rate("answer"), zh.Rate("cite"), un.Rate("refuse"), all.Rate("wrong"))
}

func (m *measurer) embedderGrid(w io.Writer) {
	qs := append(append([]EvalQuestion{}, m.dev...), m.extra...)
	fmt.Fprintf(w, "\n### (c) Offline embedder\n\nVector-only recall over dev+extra (%d answerable Chinese questions), and the end-to-end scores with fused retrieval over dev+extra (answer / cite / refuse / wrong as in (b)).\n\n", len(answerableZH(qs)))
	fmt.Fprintln(w, "| dims | n-grams | vector R@1 | R@3 | R@5 | MRR | fused R@5 | answer | cite | refuse | wrong |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|---|")
	for _, dims := range []int{256, 512, 1024, 2048, 4096} {
		for _, ng := range [][2]int{{1, 1}, {1, 2}, {1, 3}, {2, 2}, {2, 3}} {
			ev := m.open(Options{RetrieveMode: RetrieveVector, Embedder: NewHashEmbedder(dims, ng[0], ng[1])})
			ef := m.open(Options{Embedder: NewHashEmbedder(dims, ng[0], ng[1])})
			mark := ""
			if ev.ix.embedder.ID() == DefaultEmbedder().ID() {
				mark = " (default)"
			}
			fmt.Fprintf(w, "| %d | %d-%d%s | %v | %.2f | %s |\n", dims, ng[0], ng[1], mark, recallOf(m.ranks(ev, qs)),
				recallOf(m.ranks(ef, qs)).at5, scoresZH(Evaluate(context.Background(), ef, qs)))
		}
	}
}

// coverage prints the TopScore (the best sentence's coverage of the
// question's terms) of answerable and unanswerable questions, and what each
// refusal threshold would do to them.
func (m *measurer) coverage(w io.Writer) {
	e := m.open(Options{})
	qs := append(append([]EvalQuestion{}, m.dev...), m.extra...)
	r := Evaluate(context.Background(), e, qs)
	type row struct {
		id        string
		score     float64
		ok, found bool // answer right (answerable); answered (unanswerable)
	}
	var ans, un []row
	for _, res := range r.Results {
		q := res.Question
		if q.Lang != "zh" {
			continue // refused before retrieval, TopScore 0
		}
		x := row{q.ID, res.Answer.TopScore, res.AnswerOK, res.Answer.Found}
		if q.Answerable {
			ans = append(ans, x)
		} else {
			un = append(un, x)
		}
	}
	sort.Slice(ans, func(i, j int) bool { return ans[i].score < ans[j].score })
	sort.Slice(un, func(i, j int) bool { return un[i].score > un[j].score })
	list := func(rs []row, answerable bool) string {
		var b []string
		for _, x := range rs {
			s := fmt.Sprintf("%.2f %s", x.score, x.id)
			switch {
			case answerable && x.found && !x.ok:
				s += " (wrong answer)"
			case answerable && !x.found:
				s += " (refused)"
			case !answerable && x.found:
				s += " (answered)"
			}
			b = append(b, s)
		}
		return strings.Join(b, ", ")
	}
	fmt.Fprintf(w, "\n### (d) TopScore (coverage) and the refusal threshold\n\nTopScore of each Chinese question over dev+extra, engine threshold minCoverage = %.2f.\n\n", minCoverage)
	fmt.Fprintf(w, "- answerable (%d), lowest first: %s\n", len(ans), list(ans, true))
	fmt.Fprintf(w, "- unanswerable (%d), highest first: %s\n\n", len(un), list(un, false))
	fmt.Fprintln(w, "| threshold | answerable kept | of them right | unanswerable refused |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for th := 0.30; th <= 0.801; th += 0.05 {
		kept, right, refused := 0, 0, 0
		for _, x := range ans {
			if x.score >= th {
				kept++
				if x.ok {
					right++
				}
			}
		}
		for _, x := range un {
			if x.score < th {
				refused++
			}
		}
		note := ""
		if th < minCoverage-1e-9 {
			note = " (right: lower bound below the engine threshold)"
		}
		fmt.Fprintf(w, "| %.2f | %d/%d | %d%s | %d/%d |\n", th, kept, len(ans), right, note, refused, len(un))
	}
}
