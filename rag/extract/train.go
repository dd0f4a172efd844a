package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"unicode"

	"articlebot/rag"
)

// SQuAD is a reading-comprehension file in the SQuAD / CMRC 2018 format.
type SQuAD struct {
	Data []struct {
		Title      string      `json:"title"`
		Paragraphs []Paragraph `json:"paragraphs"`
	} `json:"data"`
}

// Paragraph is one context with its questions.
type Paragraph struct {
	ID      string `json:"id"`
	Title   string `json:"-"`
	Context string `json:"context"`
	QAs     []QA   `json:"qas"`
}

// QA is a question of a paragraph with its gold answers.
type QA struct {
	ID       string `json:"id"`
	Question string `json:"question"`
	Answers  []struct {
		Text string `json:"text"`
	} `json:"answers"`
}

// golds returns the question's gold answer texts, or nil when it has none
// or the question is blank: such a question is not asked.
func (q QA) golds() []string {
	if len(q.Answers) == 0 || strings.TrimSpace(q.Question) == "" {
		return nil
	}
	golds := make([]string, 0, len(q.Answers))
	for _, a := range q.Answers {
		golds = append(golds, a.Text)
	}
	return golds
}

// ReadSQuAD reads the paragraphs of a SQuAD- or CMRC-style JSON file, in
// file order, each with its article's title.
func ReadSQuAD(path string) ([]Paragraph, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read questions: %w", err)
	}
	var f SQuAD
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("read %s: not a SQuAD/CMRC JSON file: %w", path, err)
	}
	var out []Paragraph
	for _, d := range f.Data {
		for _, p := range d.Paragraphs {
			p.Title = d.Title
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("read %s: no paragraphs (want {\"data\":[{\"title\":…,\"paragraphs\":[{\"context\":…,\"qas\":[…]}]}]})", path)
	}
	return out, nil
}

// Article is the article text a paragraph becomes: its title as a heading,
// then the context, as cmrc_eval.py writes it.
func (p Paragraph) Article() string {
	return "# " + p.Title + "\n\n" + strings.TrimSpace(p.Context) + "\n"
}

// textSource is a Source over texts held in memory, without an index: for
// articles small enough that every sentence is scored.
type textSource struct {
	chunks []rag.Chunk
	texts  map[string]string
	docs   []rag.DocInfo
}

// NewTextSource ingests and chunks texts the way the engine does.
func NewTextSource(names, texts []string) Source {
	ts := &textSource{texts: map[string]string{}}
	for i, n := range names {
		d := rag.Ingest(n, texts[i])
		ts.chunks = append(ts.chunks, rag.ChunkPassages(d.Passages, rag.DefaultChunkParams)...)
		ts.texts[n] = texts[i]
		ts.docs = append(ts.docs, d.Info)
	}
	return ts
}

func (ts *textSource) Chunks() []rag.Chunk                                      { return ts.chunks }
func (ts *textSource) Article(name string) string                               { return ts.texts[name] }
func (ts *textSource) Docs() []rag.DocInfo                                      { return ts.docs }
func (ts *textSource) Retrieve(context.Context, string, int) ([]rag.Hit, error) { return nil, nil }

// Item is one training or test question: its article, its gold answers
// (none when the article does not answer it) and optionally the evidence a
// correct sentence holds.
type Item struct {
	Src      Source
	Q        string
	Golds    []string
	Evidence string
	Group    int // paragraph or article, for splits
	// DecideOnly items train the decision and nothing else (CMRCBundles).
	DecideOnly bool
}

// Norm is the comparison form of answers and quotes in the scores, as
// cmrc_eval.py computes it: citation markers removed, full width folded,
// lower case, punctuation and spaces dropped.
func Norm(s string) string {
	var b strings.Builder
	skip := 0
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if rs[i] == '[' {
			j := i + 1
			for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
				j++
			}
			if j > i+1 && j < len(rs) && rs[j] == ']' {
				i = j
				continue
			}
		}
		_ = skip
		r := fold(rs[i])
		if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) && r != '%' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func holds(text string, golds []string) bool { return holdsNorm(Norm(text), golds) }

// holdsNorm is holds for a text already in Norm form.
func holdsNorm(t string, golds []string) bool {
	for _, g := range golds {
		if g = Norm(g); g != "" && strings.Contains(t, g) {
			return true
		}
	}
	return false
}

// F1 is CMRC's character LCS F1 of pred against the best gold.
func F1(golds []string, pred string) float64 {
	p := []rune(Norm(pred))
	best := 0.0
	for _, g := range golds {
		gr := []rune(Norm(g))
		n := longestCommon(gr, p)
		if n == 0 {
			continue
		}
		pr, rc := float64(n)/float64(len(p)), float64(n)/float64(len(gr))
		best = max(best, 2*pr*rc/(pr+rc))
	}
	return best
}

// CMRCItems turns paragraphs into items: each question against its own
// paragraph, and, with negatives > 0, that many questions of the most
// similar other paragraphs whose gold the paragraph lacks (no golds: they
// must be refused), chosen the way cmrc_eval.py chooses them.
func CMRCItems(paras []Paragraph, keep func(i int) bool, negatives int) []Item {
	negs := similarNegatives(paras, keep, negatives)
	var items []Item
	for i, p := range paras {
		if !keep(i) {
			continue
		}
		src := NewTextSource([]string{"article"}, []string{p.Article()})
		for _, q := range p.QAs {
			golds := q.golds()
			if golds == nil {
				continue
			}
			items = append(items, Item{Src: src, Q: q.Question, Golds: golds, Group: i})
		}
		for _, q := range negs[i] {
			items = append(items, Item{Src: src, Q: q, Group: i})
		}
	}
	return items
}

// similarNegatives are, for each kept paragraph, up to n questions of the
// three most similar other paragraphs (bigram TF-IDF cosine) whose gold
// the paragraph lacks.
func similarNegatives(paras []Paragraph, keep func(i int) bool, n int) map[int][]string {
	if n == 0 {
		return nil
	}
	grams := make([]map[string]float64, len(paras))
	df := map[string]int{}
	for i, p := range paras {
		c := map[string]float64{}
		rs := []rune(Norm(p.Context))
		for k := 0; k+1 < len(rs); k++ {
			c[string(rs[k:k+2])]++
		}
		for g := range c {
			df[g]++
		}
		grams[i] = c
	}
	for _, c := range grams {
		var z float64
		for g, n := range c {
			c[g] = n * math.Log(float64(len(paras))/float64(df[g]))
			z += c[g] * c[g]
		}
		z = math.Sqrt(z)
		for g := range c {
			c[g] /= max(z, 1e-9)
		}
	}
	out := map[int][]string{}
	for i, p := range paras {
		if !keep(i) {
			continue
		}
		type sim struct {
			s float64
			j int
		}
		var sims []sim
		for j := range paras {
			if j == i {
				continue
			}
			var s float64
			for g, w := range grams[i] {
				s += w * grams[j][g]
			}
			sims = append(sims, sim{s, j})
		}
		sort.Slice(sims, func(a, b int) bool {
			if sims[a].s != sims[b].s {
				return sims[a].s > sims[b].s
			}
			return sims[a].j > sims[b].j
		})
		ctx := Norm(p.Context)
		for _, s := range sims[:min(3, len(sims))] {
			for _, q := range paras[s.j].QAs {
				if len(out[i]) >= n || len(q.Answers) == 0 || strings.TrimSpace(q.Question) == "" {
					continue
				}
				in := false
				for _, a := range q.Answers {
					in = in || strings.Contains(ctx, Norm(a.Text))
				}
				if !in {
					out[i] = append(out[i], q.Question)
				}
			}
		}
	}
	return out
}

// CMRCBundles joins kept paragraphs into data dirs of size articles each,
// long as a news article is, and asks each member's questions of the
// bundle, and its negatives (CMRCItems) whose gold no member holds. CMRC's
// annotators paraphrase, so the decision learns from them how a long
// text's missing words weigh when the question is not worded the
// article's way; the seed article's own questions copy its words. A
// bundle holds every 4th kept paragraph (so that in a 4-fold split by
// paragraph it stays in one fold), in runs of size. Items are DecideOnly
// and Group is the question's own paragraph.
func CMRCBundles(paras []Paragraph, keep func(i int) bool, size, negatives int) []Item {
	goldsOf := map[string][][]string{} // question → the golds it has anywhere
	for _, p := range paras {
		for _, q := range p.QAs {
			if g := q.golds(); g != nil {
				goldsOf[q.Question] = append(goldsOf[q.Question], g)
			}
		}
	}
	negs := similarNegatives(paras, keep, negatives)
	var items []Item
	for _, b := range bundles(paras, keep, size) {
		var names, texts []string
		var all strings.Builder
		for k, i := range b {
			names = append(names, fmt.Sprintf("p%d", k))
			texts = append(texts, paras[i].Article())
			all.WriteString(Norm(paras[i].Context))
		}
		src := NewTextSource(names, texts)
		text := all.String()
		for _, i := range b {
			for _, q := range paras[i].QAs {
				if g := q.golds(); g != nil {
					items = append(items, Item{Src: src, Q: q.Question, Golds: g, Group: i, DecideOnly: true})
				}
			}
			for _, q := range negs[i] {
				in := false
				for _, g := range goldsOf[q] {
					in = in || holdsNorm(text, g)
				}
				if !in {
					items = append(items, Item{Src: src, Q: q, Group: i, DecideOnly: true})
				}
			}
		}
	}
	return items
}

// bundles groups the kept paragraphs into runs of size: each run holds
// every 4th kept paragraph, so that in a 4-fold split by paragraph a bundle
// stays in one fold.
func bundles(paras []Paragraph, keep func(i int) bool, size int) [][]int {
	const stride = 4
	var kept []int
	for i := range paras {
		if keep(i) {
			kept = append(kept, i)
		}
	}
	var out [][]int
	for r := 0; r < stride; r++ {
		var members []int
		for o := r; o < len(kept); o += stride {
			members = append(members, kept[o])
		}
		for len(members) > 0 {
			n := min(size, len(members))
			out = append(out, members[:n])
			members = members[n:]
		}
	}
	return out
}

// CMRCBundleNearMisses are near misses in a long article: a bundle
// (CMRCBundles) with one member's sentences that hold a question's answer
// taken out, the question asked of it. A news article names many things
// and numbers without saying the one asked for, and these teach the
// decision's long-article weights what that looks like; perParagraph
// bounds the questions taken from each member. Items are DecideOnly. (The
// same near misses of paragraphs alone, fitted on, refused 0.14 of CMRC's
// answerable questions in cross-validation: cmd/extract-train.)
func CMRCBundleNearMisses(paras []Paragraph, keep func(i int) bool, size, perParagraph int) []Item {
	var items []Item
	for _, b := range bundles(paras, keep, size) {
		if len(b) < 2 {
			continue // a paragraph alone is no long article
		}
		for _, i := range b {
			taken := 0
			for _, q := range paras[i].QAs {
				if taken == perParagraph {
					break
				}
				rest, ok := withoutAnswer(paras[i], q.golds())
				if !ok {
					continue
				}
				var names, texts []string
				in := false
				for k, j := range b {
					t := paras[j].Article()
					if j == i {
						t = "# " + paras[i].Title + "\n\n" + rest + "\n"
					}
					in = in || holds(t, q.golds())
					names, texts = append(names, fmt.Sprintf("p%d", k)), append(texts, t)
				}
				if in {
					continue
				}
				taken++
				items = append(items, Item{Src: NewTextSource(names, texts), Q: q.Question, Group: i, DecideOnly: true})
			}
		}
	}
	return items
}

// withoutAnswer is p's text with the sentences holding golds taken out;
// false when no sentence holds them, nothing is left, or the rest still
// holds them.
func withoutAnswer(p Paragraph, golds []string) (string, bool) {
	if golds == nil {
		return "", false
	}
	ctx := strings.TrimSpace(p.Context)
	var rest strings.Builder
	removed := false
	for _, sp := range rag.SplitSentences(ctx) {
		if holds(ctx[sp.Start:sp.End], golds) {
			removed = true
			continue
		}
		rest.WriteString(ctx[sp.Start:sp.End])
	}
	text := rest.String()
	if !removed || strings.TrimSpace(text) == "" || holds(text, golds) {
		return "", false
	}
	return text, true
}

// CMRCNearMisses makes near misses of the kept paragraphs' questions: each
// question asked of its own paragraph with the sentences that hold its
// answer taken out. The article still speaks of what the question names,
// but no longer says the asked thing, which is how a reader's unanswerable
// question usually looks (the population of a city the article only names);
// questions of other paragraphs (CMRCItems' negatives) rarely do. Questions
// whose answer is not inside one sentence, or is still in the rest, are
// skipped.
func CMRCNearMisses(paras []Paragraph, keep func(i int) bool) []Item {
	var items []Item
	for i, p := range paras {
		if !keep(i) {
			continue
		}
		for _, q := range p.QAs {
			text, ok := withoutAnswer(p, q.golds())
			if !ok {
				continue
			}
			src := NewTextSource([]string{"article"}, []string{"# " + p.Title + "\n\n" + text + "\n"})
			items = append(items, Item{Src: src, Q: q.Question, Group: i})
		}
	}
	return items
}

// Scores are the metrics of cmrc_eval.py over a set of items.
type Scores struct {
	Questions, Negatives              int
	Hit, F1, Cite, Refused, RefuseNeg float64
	MedianLen                         float64
	Wrong                             float64 // found, but no gold in the answer
}

func (s Scores) String() string {
	return fmt.Sprintf("questions %d  hit %.3f  f1 %.3f  cite %.3f  refused %.3f  wrong %.3f  median-len %.0f  unanswerable %d refuse %.3f",
		s.Questions, s.Hit, s.F1, s.Cite, s.Refused, s.Wrong, s.MedianLen, s.Negatives, s.RefuseNeg)
}

// Pool combines the scores of two disjoint sets, weighting each rate by its
// count (the median length is the questions-weighted mean of the two).
func (s Scores) Pool(t Scores) Scores {
	q, n := float64(s.Questions+t.Questions), float64(s.Negatives+t.Negatives)
	mix := func(a, b float64) float64 {
		if q == 0 {
			return 0
		}
		return (a*float64(s.Questions) + b*float64(t.Questions)) / q
	}
	r := Scores{Questions: s.Questions + t.Questions, Negatives: s.Negatives + t.Negatives,
		Hit: mix(s.Hit, t.Hit), F1: mix(s.F1, t.F1), Cite: mix(s.Cite, t.Cite), Refused: mix(s.Refused, t.Refused),
		Wrong: mix(s.Wrong, t.Wrong), MedianLen: mix(s.MedianLen, t.MedianLen)}
	if n > 0 {
		r.RefuseNeg = (s.RefuseNeg*float64(s.Negatives) + t.RefuseNeg*float64(t.Negatives)) / n
	}
	return r
}

// Evaluate answers every item with model m and scores the answers.
func Evaluate(ctx context.Context, m *Model, items []Item) Scores {
	var sc Scores
	var lens []int
	cache := map[Source]*Answerer{}
	for _, it := range items {
		x := cache[it.Src]
		if x == nil {
			x = NewWithModel(it.Src, m, nil)
			cache[it.Src] = x
		}
		a, _ := x.Ask(ctx, rag.Request{Question: it.Q})
		if len(it.Golds) == 0 {
			sc.Negatives++
			if !a.Found {
				sc.RefuseNeg++
			}
			continue
		}
		sc.Questions++
		if !a.Found {
			sc.Refused++
			continue
		}
		lens = append(lens, len([]rune(strings.TrimSpace(stripMarkers(a.Answer)))))
		if holds(a.Answer, it.Golds) {
			sc.Hit++
		} else {
			sc.Wrong++
		}
		sc.F1 += F1(it.Golds, a.Answer)
		for _, c := range a.Citations {
			if holds(c.Quote, it.Golds) {
				sc.Cite++
				break
			}
		}
	}
	n := float64(max(sc.Questions, 1))
	sc.Hit /= n
	sc.F1 /= n
	sc.Cite /= n
	sc.Refused /= n
	sc.Wrong /= n
	if sc.Negatives > 0 {
		sc.RefuseNeg /= float64(sc.Negatives)
	} else {
		sc.RefuseNeg = 1
	}
	sort.Ints(lens)
	if len(lens) > 0 {
		sc.MedianLen = float64(lens[len(lens)/2])
		if len(lens)%2 == 0 {
			sc.MedianLen = float64(lens[len(lens)/2-1]+lens[len(lens)/2]) / 2
		}
	}
	return sc
}

func stripMarkers(s string) string {
	for {
		i := strings.LastIndex(s, " [")
		if i < 0 || !strings.HasSuffix(s, "]") {
			return s
		}
		s = s[:i]
	}
}
