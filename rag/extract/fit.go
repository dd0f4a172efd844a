package extract

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"articlebot/rag"
)

// zeroModel has every weight 0: features do not depend on weights, except
// the span's "sent" feature, which is filled in once the sentence model is
// fitted.
func zeroModel() *Model {
	return &Model{
		Sent:   LR{Features: sentFeatures, Weights: make([]float64, len(sentFeatures))},
		Span:   LR{Features: spanFeatures, Weights: make([]float64, len(spanFeatures))},
		Decide: LR{Features: decideFeatures, Weights: make([]float64, len(decideFeatures))},
	}
}

// TrainOptions are the fitting's settings.
type TrainOptions struct {
	L2    float64
	Iters int
	Log   func(format string, args ...any)
}

type prepared struct {
	it   Item
	x    *Answerer
	q    *question
	gold bool // some sentence holds a gold answer
}

// Train fits a model on items: the sentence model on every candidate
// sentence, the span model on the spans of the best sentences, then the
// length penalty, the second-citation level, the decision model and its
// threshold, each chosen on the same items.
func Train(ctx context.Context, items []Item, o TrainOptions) *Model {
	if o.L2 == 0 {
		o.L2 = 1e-3
	}
	if o.Iters == 0 {
		o.Iters = 600
	}
	logf := o.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	m := zeroModel()
	cache := map[Source]*Answerer{}
	var ps []prepared
	for _, it := range items {
		x := cache[it.Src]
		if x == nil {
			x = NewWithModel(it.Src, m, nil)
			cache[it.Src] = x
		}
		ps = append(ps, prepared{it: it, x: x, q: analyse(strings.TrimSpace(it.Q), x.tb)})
	}
	labelSent := func(p prepared, si int) bool {
		s := p.x.tb.sents[si].text
		if p.it.Evidence != "" {
			return strings.Contains(Norm(s), Norm(p.it.Evidence)) || strings.Contains(Norm(p.it.Evidence), Norm(s)) && holds(s, p.it.Golds)
		}
		return holds(s, p.it.Golds)
	}
	// 1. sentences
	var xs [][]float64
	var ys []bool
	var ws []float64
	for i := range ps {
		p := &ps[i]
		if len(p.it.Golds) == 0 {
			continue
		}
		ids := p.x.candidates(ctx, p.it.Q, langOfItem(p))
		cs := p.x.scoreSentences(p.q, ids)
		var pos []int
		for k, c := range cs {
			if labelSent(*p, c.si) {
				pos = append(pos, k)
			}
		}
		if len(pos) == 0 {
			continue
		}
		p.gold = true
		// every question weighs the same, whatever its article's length
		w := 1 / float64(len(cs))
		for k, c := range cs {
			xs = append(xs, c.x)
			ys = append(ys, contains(pos, k))
			ws = append(ws, w)
		}
	}
	m.Sent = Fit(sentFeatures, xs, ys, ws, o.L2, o.Iters)
	logf("sentence model: %d rows, weights %v", len(xs), m.Sent.Weights)
	// 2. spans
	xs, ys, ws = nil, nil, nil
	for _, p := range ps {
		if !p.gold {
			continue
		}
		cs := p.x.scoreSentences(p.q, p.x.candidates(ctx, p.it.Q, langOfItem(&p)))
		var rows [][]float64
		var labels []bool
		for _, c := range cs[:min(topSentences, len(cs))] {
			s := &p.x.tb.sents[c.si]
			for _, sp := range p.x.spans(p.q, c) {
				rows = append(rows, sp.x)
				labels = append(labels, holds(string([]rune(s.text)[sp.a:sp.b]), p.it.Golds))
			}
		}
		for k := range rows {
			xs = append(xs, rows[k])
			ys = append(ys, labels[k])
			ws = append(ws, 1/float64(len(rows)))
		}
	}
	m.Span = Fit(spanFeatures, xs, ys, ws, o.L2, o.Iters)
	logf("span model: %d rows, weights %v", len(xs), m.Span.Weights)
	// 3. length penalty: the best mean of hit and F1, median length ≤ 30
	var pos, neg []Item
	for _, p := range ps {
		if len(p.it.Golds) > 0 {
			pos = append(pos, p.it)
		} else {
			neg = append(neg, p.it)
		}
	}
	m.Threshold, m.Cite2 = 0, 1.01
	bestObj := -1.0
	best := 0.0
	for _, lp := range []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1, 1.25, 1.5, 2} {
		m.LenPenalty = lp
		sc := Evaluate(ctx, m, pos)
		obj := sc.Hit + sc.F1
		if sc.MedianLen > 30 {
			obj -= 1
		}
		logf("len penalty %.2f: %s", lp, sc)
		if obj > bestObj {
			bestObj, best = obj, lp
		}
	}
	m.LenPenalty = best
	// 4. second citation: worth it when it adds citations that hold the
	// answer more often than it adds noise
	bestObj = -1
	bestC := 1.01
	for _, c2 := range []float64{1.01, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2} {
		m.Cite2 = c2
		sc, extra := citeScore(ctx, m, pos)
		obj := sc - 0.2*extra
		logf("cite2 %.2f: cite %.3f, second citations on %.3f of answers", c2, sc, extra)
		if obj > bestObj {
			bestObj, bestC = obj, c2
		}
	}
	m.Cite2 = bestC
	// 5. decision: answerable items against unanswerable ones
	xs, ys, ws = nil, nil, nil
	var np, nn float64
	for _, p := range ps {
		r := p.x.solve(ctx, strings.TrimSpace(p.it.Q), "")
		if r.best == nil {
			continue
		}
		xs = append(xs, r.decide)
		ys = append(ys, len(p.it.Golds) > 0)
		if len(p.it.Golds) > 0 {
			np++
		} else {
			nn++
		}
	}
	for _, y := range ys {
		if y {
			ws = append(ws, 1/np)
		} else {
			ws = append(ws, 1/nn)
		}
	}
	m.Decide = Fit(decideFeatures, xs, ys, ws, o.L2, o.Iters)
	logf("decide model: %d rows (%v answerable), weights %v", len(xs), np, m.Decide.Weights)
	// threshold: fewest errors of both kinds, weighted equally
	var probs []float64
	for _, x := range xs {
		probs = append(probs, sigmoid(m.Decide.logit(x)))
	}
	bestT, bestErr := 0.5, math.Inf(1)
	cands := append([]float64{}, probs...)
	sort.Float64s(cands)
	for _, t := range cands {
		var fr, fa float64
		for i, pr := range probs {
			if ys[i] && pr < t {
				fr++
			}
			if !ys[i] && pr >= t {
				fa++
			}
		}
		if e := fr/np + fa/nn; e < bestErr {
			bestErr, bestT = e, t
		}
	}
	m.Threshold = math.Round(bestT*1e4) / 1e4
	logf("threshold %.4f (balanced error %.3f)", m.Threshold, bestErr/2)
	m.Trained = fmt.Sprintf("go run ./cmd/extract-train: %d questions (%d unanswerable), L2 %g, %d iterations", len(items), int(nn), o.L2, o.Iters)
	_ = neg
	return m
}

func langOfItem(p *prepared) string {
	if strings.TrimSpace(p.it.Q) == "" {
		return "zh"
	}
	return rag.DetectLang(p.it.Q)
}

func contains(xs []int, k int) bool {
	for _, x := range xs {
		if x == k {
			return true
		}
	}
	return false
}

// citeScore is the share of answers citing a quote that holds the gold, and
// the share with a second citation.
func citeScore(ctx context.Context, m *Model, items []Item) (cite, extra float64) {
	cache := map[Source]*Answerer{}
	var n float64
	for _, it := range items {
		x := cache[it.Src]
		if x == nil {
			x = NewWithModel(it.Src, m, nil)
			cache[it.Src] = x
		}
		r := x.solve(ctx, strings.TrimSpace(it.Q), "")
		n++
		if r.best == nil {
			continue
		}
		if holds(x.tb.sents[r.best.si].text, it.Golds) {
			cite++
		} else if r.second != nil && holds(x.tb.sents[r.second.si].text, it.Golds) {
			cite++
		}
		if r.second != nil {
			extra++
		}
	}
	return cite / max(n, 1), extra / max(n, 1)
}
