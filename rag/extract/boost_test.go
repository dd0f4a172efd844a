package extract

import (
	"math/rand/v2"
	"testing"
)

// The trees learn an interaction the linear scorer cannot: the positive of
// each group is the candidate whose two features are both high or both low.
func TestFitBoostLearnsInteraction(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var groups []Group
	for range 200 {
		var g Group
		pos := rng.IntN(4)
		for k := range 4 {
			a, b := rng.Float64(), rng.Float64()
			if k == pos { // same side of 0.5
				b = a
			} else if (a < 0.5) == (b < 0.5) {
				b = 1 - b
			}
			g.X = append(g.X, []float64{1, a, b})
			g.Y = append(g.Y, k == pos)
		}
		groups = append(groups, g)
	}
	names := []string{"bias", "a", "b"}
	base := FitListwise(names, groups, 1e-3, 300)
	top1 := func(m LR) float64 {
		var right float64
		for _, g := range groups {
			best := 0
			for k := range g.X {
				if m.logit(g.X[k]) > m.logit(g.X[best]) {
					best = k
				}
			}
			if g.Y[best] {
				right++
			}
		}
		return right / float64(len(groups))
	}
	boosted := base
	boosted.Trees = FitBoost(base, groups, BoostOptions{Trees: 60, Depth: 2, MinLeaf: 1, Rate: 0.3, Lambda: 1})
	lin, bst := top1(base), top1(boosted)
	t.Logf("top-1: linear %.2f, boosted %.2f", lin, bst)
	if bst < 0.6 || bst < lin+0.2 {
		t.Errorf("top-1 accuracy: linear %.2f, boosted %.2f; want the trees to learn the interaction (≥ 0.6 and 0.2 over linear)", lin, bst)
	}
}

// A tree's value follows its splits to a leaf.
func TestTreeValue(t *testing.T) {
	tr := Tree{Nodes: []Node{{F: 0, T: 0.5, L: 1, R: 2}, {F: -1, V: -1}, {F: 1, T: 2, L: 3, R: 4}, {F: -1, V: 2}, {F: -1, V: 3}}}
	for _, c := range []struct {
		x    []float64
		want float64
	}{{[]float64{0.1, 9}, -1}, {[]float64{0.7, 1}, 2}, {[]float64{0.7, 5}, 3}, {[]float64{0.5, 2}, 3}} {
		if got := tr.value(c.x); got != c.want {
			t.Errorf("value(%v) = %v, want %v", c.x, got, c.want)
		}
	}
}

// A tree that could not be walked is refused when the model is read.
func TestTreeCheck(t *testing.T) {
	for _, c := range []struct {
		name string
		tree Tree
		ok   bool
	}{
		{"leaf", Tree{Nodes: []Node{{F: -1, V: 1}}}, true},
		{"split", Tree{Nodes: []Node{{F: 1, T: 0, L: 1, R: 2}, {F: -1}, {F: -1}}}, true},
		{"empty", Tree{}, false},
		{"loop", Tree{Nodes: []Node{{F: 0, L: 0, R: 1}, {F: -1}}}, false},
		{"child out of range", Tree{Nodes: []Node{{F: 0, L: 1, R: 5}, {F: -1}}}, false},
		{"no such feature", Tree{Nodes: []Node{{F: 3, L: 1, R: 2}, {F: -1}, {F: -1}}}, false},
	} {
		if err := c.tree.check(3); (err == nil) != c.ok {
			t.Errorf("%s: check = %v, want ok %v", c.name, err, c.ok)
		}
	}
}
