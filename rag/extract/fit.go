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
	// SentTrees is how many boosted trees the sentence model gets on top
	// of its linear weights (-1: none; 0: sentTrees).
	SentTrees int
	// MedianTarget is the median answer length the length penalties aim
	// at; 0 is medianTarget.
	MedianTarget float64
	Log          func(format string, args ...any)
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
	if o.SentTrees == 0 {
		o.SentTrees = sentTrees
	}
	target := o.MedianTarget
	if target == 0 {
		target = medianTarget
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
	var groups []Group
	var sources []bool // each group's source: Item.inParagraphSet
	var xs [][]float64
	var ys []bool
	var ws []float64
	for i := range ps {
		p := &ps[i]
		if len(p.it.Golds) == 0 || p.it.DecideOnly {
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
		var g Group
		for k, c := range cs {
			g.X = append(g.X, c.x)
			g.Y = append(g.Y, contains(pos, k))
		}
		groups = append(groups, g)
		sources = append(sources, p.it.inParagraphSet())
	}
	balanceSources(groups, sources)
	m.Sent = FitListwise(sentFeatures, groups, o.L2, o.Iters)
	if o.SentTrees > 0 {
		m.Sent.Trees = FitBoost(m.Sent, groups, sentBoost(o.SentTrees))
	}
	logf("sentence model: %d questions, weights %v", len(groups), m.Sent.Weights)
	// 2. spans
	groups, sources = nil, nil
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
				// a span is right when it holds a gold answer; labels that
				// also wanted it not much longer than the gold did worse
				// (README, "Quality")
				labels = append(labels, holds(string([]rune(s.text)[sp.a:sp.b]), p.it.Golds))
			}
		}
		groups = append(groups, Group{X: rows, Y: labels})
		sources = append(sources, p.it.inParagraphSet())
	}
	balanceSources(groups, sources)
	m.Span = FitListwise(spanFeatures, groups, o.L2, o.Iters)
	logf("span model: %d questions, weights %v", len(groups), m.Span.Weights)
	// 3. length penalty: the best mean of hit and F1, median length ≤ 30
	var pos, neg []Item
	for _, p := range ps {
		if p.it.DecideOnly {
			continue
		}
		if len(p.it.Golds) > 0 {
			pos = append(pos, p.it)
		} else {
			neg = append(neg, p.it)
		}
	}
	m.Threshold, m.Cite2 = 0, 1.01
	m.GrowAt = int(math.Round(target))
	m.LenPenalty = map[string]float64{}
	grid := []float64{-0.4, -0.3, -0.2, -0.1, 0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.25, 1.5}
	type res struct {
		kind          string
		hit, f1, size float64
		counts        bool // in the median: a question of a paragraph set
	}
	byPenalty := make([][]res, len(grid))
	// the median is taken over the questions of paragraph sets (CMRC) when
	// there are some: the seed article's short answers (median 9) would
	// otherwise hide long ones, and the cross-validated median came out 3
	// to 7 characters over the target
	grouped := false
	for _, p := range ps {
		grouped = grouped || p.it.inParagraphSet() && len(p.it.Golds) > 0
	}
	for gi, lp := range grid {
		for _, k := range kinds() {
			m.LenPenalty[k] = lp
		}
		for _, p := range ps {
			if len(p.it.Golds) == 0 || p.it.DecideOnly {
				continue
			}
			r := p.x.solve(ctx, strings.TrimSpace(p.it.Q), "")
			if r.best == nil {
				continue
			}
			text := p.x.answerText(r.q, r.best)
			byPenalty[gi] = append(byPenalty[gi], res{r.q.kind, b2f(holds(text, p.it.Golds)), F1(p.it.Golds, text), float64(len([]rune(text))), p.it.inParagraphSet() || !grouped})
		}
	}
	// per kind, the best penalty; then, while the median answer is over 30
	// characters, raise the penalty of the kind that loses least by it
	pick := map[string]int{}
	score := func(k string, gi int) (obj float64, n int) {
		for _, r := range byPenalty[gi] {
			if r.kind == k {
				obj += r.hit + r.f1
				n++
			}
		}
		return obj, n
	}
	long := func(k string, gi int) (n int) {
		for _, r := range byPenalty[gi] {
			if r.kind == k && r.counts && r.size > target {
				n++
			}
		}
		return n
	}
	for _, k := range kinds() {
		best, bestObj := 0, math.Inf(-1)
		for gi := range grid {
			if obj, _ := score(k, gi); obj > bestObj {
				best, bestObj = gi, obj
			}
		}
		pick[k] = best
	}
	median := func() float64 {
		var sizes []float64
		for k, gi := range pick {
			for _, r := range byPenalty[gi] {
				if r.kind == k && r.counts {
					sizes = append(sizes, r.size)
				}
			}
		}
		sort.Float64s(sizes)
		if len(sizes) == 0 {
			return 0
		}
		return sizes[len(sizes)/2]
	}
	for median() > target {
		// the move (a kind, a higher penalty) that loses least per answer
		// it brings under the target
		bestK, bestJ, bestLoss := "", 0, math.Inf(1)
		for _, k := range kinds() {
			a, n := score(k, pick[k])
			if n == 0 {
				continue
			}
			for j := pick[k] + 1; j < len(grid); j++ {
				fewer := long(k, pick[k]) - long(k, j)
				if fewer <= 0 {
					continue
				}
				b, _ := score(k, j)
				if loss := (a - b) / float64(fewer); loss < bestLoss {
					bestK, bestJ, bestLoss = k, j, loss
				}
			}
		}
		if math.IsInf(bestLoss, 1) {
			break
		}
		pick[bestK] = bestJ
	}
	// then, while a lower penalty for some kind scores better and keeps
	// the median at or under the target, take the best such step: the
	// steps up move a whole grid step and can leave the median well under
	// the target
	for {
		bestK, bestJ, bestGain := "", 0, 0.0
		for _, k := range kinds() {
			a, n := score(k, pick[k])
			if n == 0 {
				continue
			}
			old := pick[k]
			for j := old - 1; j >= 0; j-- {
				b, _ := score(k, j)
				if b-a <= bestGain {
					continue
				}
				pick[k] = j
				if median() <= target {
					bestK, bestJ, bestGain = k, j, b-a
				}
				pick[k] = old
			}
		}
		if bestK == "" {
			break
		}
		pick[bestK] = bestJ
	}
	for _, k := range kinds() {
		m.LenPenalty[k] = grid[pick[k]]
		obj, n := score(k, pick[k])
		logf("len penalty %q: %.2f (hit+f1 %.3f over %d)", k, grid[pick[k]], obj/float64(max(n, 1)), n)
	}
	logf("median answer length %.0f", median())
	// 4. second citation: worth it when it adds citations that hold the
	// answer more often than it adds noise
	bestObj := -1.0
	bestC := 1.01
	for _, c2 := range []float64{1.01, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.15, 0.1, 0.05} {
		m.Cite2 = c2
		sc, extra := citeScore(ctx, m, pos)
		obj := sc - 0.1*extra
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

// kinds lists the answer kinds of qwords.tsv and "" (no question word).
func kinds() []string {
	seen := map[string]bool{"": true}
	out := []string{""}
	for _, w := range qwords {
		if !seen[w.kind] {
			seen[w.kind] = true
			out = append(out, w.kind)
		}
	}
	sort.Strings(out)
	return out
}

// medianTarget is the median answer length (runes) the length penalties aim
// at on the training data's CMRC questions: under the level of 30, so that
// unseen questions stay under it too. Chosen by 4-fold cross-validation on
// the training part (`go run ./cmd/extract-train -cv 4 -median N`), with
// the penalties stepped back down while the median allows: 27 → pooled hit
// 0.650, F1 0.565, median 28 (folds 27–31); 28 → 0.662, 0.562, 29 (folds
// 28–31). 27 keeps the pooled median two characters under the level. (Before
// the step back down, 28 gave 0.623, 0.558, 26, folds 23–32: the steps up
// move a whole grid step and left the median under the target.) Since
// answers over the target are given as whole sentences (Model.GrowAt), the
// penalties leave more answers long: 27 → hit 0.693, F1 0.562, median 30
// (folds 26–34); 26 → 0.685, 0.562, 28 (folds 26–31); 25 → 0.671, 0.553,
// 27. 26 keeps the pooled median two characters under the level again.
// With dates kept whole (公元前25年) the same 26 gave 0.690, 0.564, 29
// (folds 26–34); 25 → 0.674, 28 (26–30); 24 → 0.667, 28 (25–34): a lower
// target does not narrow the folds (README, "Quality").
const medianTarget = 26

// sentTrees is how many boosted trees the sentence model gets by default:
// 4-fold cross-validation with the median target 26 gave, against the
// linear model alone, hit 0.607 vs 0.593, F1 0.536 vs 0.530, cite 0.811
// vs 0.803, refused 0.071 vs 0.064 (150 trees of depth 3: cite 0.788, over
// fitted; boosting the span model: no gain at the same median length).
const sentTrees = 100

// sentBoost are the sentence model's boosting settings: shallow trees
// (depth 2) that add pairwise interactions, shrunk to a tenth each.
func sentBoost(trees int) BoostOptions {
	return BoostOptions{Trees: trees, Depth: 2, MinLeaf: 5, Rate: 0.1, Lambda: 1}
}

// inParagraphSet reports a question of a paragraph set (CMRC, each
// paragraph its own article) rather than of a single article (the seed):
// the two sources of training questions.
func (it Item) inParagraphSet() bool { return it.Group >= 0 }

// balanceSources weighs groups so that each source (sources[i] is group
// i's) counts the same in the fit, whatever its number of questions.
func balanceSources(groups []Group, sources []bool) {
	n := map[bool]float64{}
	for _, src := range sources {
		n[src]++
	}
	for i := range groups {
		groups[i].W = float64(len(groups)) / (float64(len(n)) * n[sources[i]])
	}
}
