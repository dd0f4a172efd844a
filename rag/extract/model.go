package extract

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
)

// LR is a logistic regression over named features.
type LR struct {
	Features []string  `json:"features"`
	Weights  []float64 `json:"weights"`
	// Trees are boosted on top of the linear score (FitBoost), if any.
	Trees []Tree `json:"trees,omitempty"`
}

func (m LR) logit(x []float64) float64 {
	var z float64
	for i, w := range m.Weights {
		if i < len(x) {
			z += w * x[i]
		}
	}
	for _, t := range m.Trees {
		z += t.value(x)
	}
	return z
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// Model is the answerer's fitted parameters: three logistic regressions and
// two scalars chosen on the training data. cmd/extract-train writes it.
type Model struct {
	// Sent scores a sentence: does it hold the answer?
	Sent LR `json:"sentence"`
	// Span scores a span of a candidate sentence: does it hold the answer?
	Span LR `json:"span"`
	// Decide scores the best answer: is the question answerable at all?
	Decide LR `json:"decide"`
	// LenPenalty weighs a span's log length against its logit when the
	// answer span is chosen, per kind of question ("" for questions without
	// a question word): short answers for "多少", longer ones for "为什么".
	LenPenalty map[string]float64 `json:"len_penalty"`
	// Threshold is the Decide probability below which the answer is "not in
	// the article".
	Threshold float64 `json:"threshold"`
	// GrowAt is the answer length (runes) over which the chosen span is
	// given as its whole sentence (0: never). Train sets it to the median
	// length the length penalties aim at: an answer longer than that is a
	// clause, which reads better with its subject and holds a longer gold
	// answer more often, and lengthening the answers over the median leaves
	// the median where it is.
	GrowAt int `json:"grow_at,omitempty"`
	// Cite2 is the sentence probability above which a second sentence is
	// cited beside the answer's.
	Cite2 float64 `json:"cite2"`
	// Trained says how the model was made, for people reading the file.
	Trained string `json:"trained,omitempty"`
}

//go:embed model.json
var modelJSON []byte

// DefaultModel returns the committed model (rag/extract/model.json).
func DefaultModel() (*Model, error) {
	var m Model
	if err := json.Unmarshal(modelJSON, &m); err != nil {
		return nil, fmt.Errorf("extract: read the embedded model: %w", err)
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	return &m, nil
}

func (m *Model) check() error {
	for _, c := range []struct {
		name string
		lr   LR
		want []string
	}{{"sentence", m.Sent, sentFeatures}, {"span", m.Span, spanFeatures}, {"decide", m.Decide, decideFeatures}} {
		if len(c.lr.Weights) != len(c.want) {
			return fmt.Errorf("extract: the %s model has %d weights for %d features: run `go run ./cmd/extract-train` to refit it", c.name, len(c.lr.Weights), len(c.want))
		}
		for i, f := range c.want {
			if c.lr.Features[i] != f {
				return fmt.Errorf("extract: the %s model's feature %d is %q, the code's is %q: run `go run ./cmd/extract-train`", c.name, i, c.lr.Features[i], f)
			}
		}
		for k, t := range c.lr.Trees {
			if err := t.check(len(c.want)); err != nil {
				return fmt.Errorf("extract: the %s model's tree %d: %w: run `go run ./cmd/extract-train`", c.name, k, err)
			}
		}
	}
	return nil
}

// Fit fits a logistic regression with L2 penalty l2 by full-batch gradient
// descent with Adam steps. The data sets are small (thousands of rows, a
// dozen features), so this short deterministic loop is all that is needed;
// no Go library in reach does plain weighted logistic regression without
// pulling in a numeric stack many times the size of this file.
func Fit(names []string, xs [][]float64, ys []bool, weights []float64, l2 float64, iters int) LR {
	d := len(names)
	w := make([]float64, d)
	opt := newAdam(d)
	var total float64
	for i := range xs {
		total += weightOf(weights, i)
	}
	g := make([]float64, d)
	for range iters {
		clear(g)
		for i, x := range xs {
			p := sigmoid(LR{Weights: w}.logit(x))
			y := 0.0
			if ys[i] {
				y = 1
			}
			c := weightOf(weights, i) * (p - y) / total
			for j := range d {
				g[j] += c * x[j]
			}
		}
		opt.step(w, g, l2)
	}
	return LR{Features: names, Weights: rounded(w)}
}

func weightOf(ws []float64, i int) float64 {
	if ws == nil {
		return 1
	}
	return ws[i]
}

// Group is one question's candidates: feature rows and which of them hold
// the answer.
type Group struct {
	X [][]float64
	Y []bool
	W float64 // weight in the fit; 0 is 1
}

// FitListwise fits a linear scorer with the softmax (listwise) loss: per
// group, the candidates holding the answer share the target probability.
// It learns to rank one question's candidates, which is what the answerer
// does with them; groups without a positive or a negative teach nothing and
// are skipped. Same optimiser and reasons as Fit.
func FitListwise(names []string, groups []Group, l2 float64, iters int) LR {
	d := len(names)
	w := make([]float64, d)
	opt := newAdam(d)
	var use []Group
	var targets [][]float64
	for _, g := range groups {
		if t := targetShares(g); t != nil {
			use = append(use, g)
			targets = append(targets, t)
		}
	}
	g := make([]float64, d)
	for range iters {
		clear(g)
		for k, gr := range use {
			ps := softmax(LR{Weights: w}, gr.X)
			for i, x := range gr.X {
				c := (ps[i] - targets[k][i]) * groupWeight(gr) / float64(len(use))
				for j := range d {
					g[j] += c * x[j]
				}
			}
		}
		opt.step(w, g, l2)
	}
	return LR{Features: names, Weights: rounded(w)}
}

// softmax returns the model's probabilities over candidates xs.
func softmax(m LR, xs [][]float64) []float64 {
	zs := make([]float64, len(xs))
	for i, x := range xs {
		zs[i] = m.logit(x)
	}
	normalize(zs)
	return zs
}

// normalize turns scores into softmax probabilities, in place.
func normalize(zs []float64) {
	top := math.Inf(-1)
	for _, z := range zs {
		top = max(top, z)
	}
	var sum float64
	for i := range zs {
		zs[i] = math.Exp(zs[i] - top)
		sum += zs[i]
	}
	for i := range zs {
		zs[i] /= sum
	}
}

// adam is the Adam optimiser's state for one weight vector.
type adam struct {
	m, v []float64
	t    int
}

func newAdam(d int) *adam { return &adam{m: make([]float64, d), v: make([]float64, d)} }

// step adds the L2 penalty (not on the bias, weight 0) to gradient g and
// moves w one step against it.
func (a *adam) step(w, g []float64, l2 float64) {
	const lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
	a.t++
	for j := range w {
		if j > 0 {
			g[j] += l2 * w[j]
		}
		a.m[j] = b1*a.m[j] + (1-b1)*g[j]
		a.v[j] = b2*a.v[j] + (1-b2)*g[j]*g[j]
		mh := a.m[j] / (1 - math.Pow(b1, float64(a.t)))
		vh := a.v[j] / (1 - math.Pow(b2, float64(a.t)))
		w[j] -= lr * mh / (math.Sqrt(vh) + eps)
	}
}

// rounded rounds weights to 4 decimals, so the model file is short and a
// refit reproduces it exactly.
func rounded(w []float64) []float64 {
	for j := range w {
		w[j] = math.Round(w[j]*1e4) / 1e4
	}
	return w
}

// targetShares is the listwise target of a group: the candidates holding
// the answer share probability 1, the others get 0. A group without a
// positive or without a negative teaches nothing: nil.
func targetShares(g Group) []float64 {
	pos := 0
	for _, y := range g.Y {
		if y {
			pos++
		}
	}
	if pos == 0 || pos == len(g.Y) {
		return nil
	}
	t := make([]float64, len(g.Y))
	for i, y := range g.Y {
		if y {
			t[i] = 1 / float64(pos)
		}
	}
	return t
}

func groupWeight(g Group) float64 {
	if g.W == 0 {
		return 1
	}
	return g.W
}
