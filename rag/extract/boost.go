package extract

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

// Tree is one regression tree of a boosted scorer, stored flat: node 0 is
// the root; a node with F < 0 is a leaf worth V, otherwise rows with
// x[F] < T go to node L, the others to node R.
type Tree struct {
	Nodes []Node `json:"nodes"`
}

// Node is a split or a leaf of a Tree.
type Node struct {
	F int     `json:"f"`
	T float64 `json:"t,omitempty"`
	L int     `json:"l,omitempty"`
	R int     `json:"r,omitempty"`
	V float64 `json:"v,omitempty"`
}

func (t Tree) value(x []float64) float64 {
	i := 0
	for {
		n := t.Nodes[i]
		if n.F < 0 || n.F >= len(x) {
			return n.V
		}
		if x[n.F] < n.T {
			i = n.L
		} else {
			i = n.R
		}
	}
}

// check reports a tree that could not be walked: an empty one, a split on
// a feature it does not have, or a child that is not after its parent (so
// every walk ends).
func (t Tree) check(features int) error {
	if len(t.Nodes) == 0 {
		return errors.New("no nodes")
	}
	for i, n := range t.Nodes {
		if n.F < 0 {
			continue
		}
		if n.F >= features || n.L <= i || n.R <= i || n.L >= len(t.Nodes) || n.R >= len(t.Nodes) {
			return fmt.Errorf("node %d splits on feature %d into %d and %d, out of range", i, n.F, n.L, n.R)
		}
	}
	return nil
}

// BoostOptions are the settings of FitBoost.
type BoostOptions struct {
	Trees   int     // rounds
	Depth   int     // levels of splits per tree
	MinLeaf float64 // least hessian weight in a leaf
	Rate    float64 // shrinkage of each tree
	Lambda  float64 // L2 penalty on leaf values
}

// FitBoost adds gradient-boosted trees to a fitted linear scorer, with the
// same listwise (softmax) loss as FitListwise: each round fits one tree to
// the loss's gradient and hessian over every candidate (Newton leaf values,
// as XGBoost does), so the trees learn what the linear weights cannot, the
// interactions between features (coverage matters more when the title's
// words are set aside, the wanted kind matters only near the matched
// words). Written here rather than taken from a library: no maintained pure
// Go library does listwise boosting, and the loop is a hundred lines over
// data of ten thousand rows.
func FitBoost(base LR, groups []Group, o BoostOptions) []Tree {
	type row struct {
		x    []float64
		y    float64 // the target share: 1/positives or 0
		f    float64 // the current score
		g, h float64
		w    float64 // the group's weight
	}
	var rows []row
	var spans [][2]int // each usable group's rows
	for _, gr := range groups {
		t := targetShares(gr)
		if t == nil {
			continue
		}
		a := len(rows)
		for i, x := range gr.X {
			rows = append(rows, row{x: x, y: t[i], f: base.logit(x), w: groupWeight(gr)})
		}
		spans = append(spans, [2]int{a, len(rows)})
	}
	if len(rows) == 0 {
		return nil
	}
	d := len(rows[0].x)
	idx := make([]int, len(rows))
	var trees []Tree
	var ps []float64
	for range o.Trees {
		for _, sp := range spans {
			ps = ps[:0]
			for i := sp[0]; i < sp[1]; i++ {
				ps = append(ps, rows[i].f)
			}
			normalize(ps)
			for i := sp[0]; i < sp[1]; i++ {
				p := ps[i-sp[0]]
				rows[i].g = (p - rows[i].y) * rows[i].w
				rows[i].h = max(p*(1-p), 1e-6) * rows[i].w
			}
		}
		for i := range idx {
			idx[i] = i
		}
		var t Tree
		var grow func(ids []int, depth int) int
		grow = func(ids []int, depth int) int {
			var G, H float64
			for _, i := range ids {
				G += rows[i].g
				H += rows[i].h
			}
			node := len(t.Nodes)
			t.Nodes = append(t.Nodes, Node{F: -1, V: round4(-G / (H + o.Lambda) * o.Rate)})
			if depth == o.Depth {
				return node
			}
			parent := G * G / (H + o.Lambda)
			bestGain, bestF, bestT := 1e-9, -1, 0.0
			sorted := make([]int, len(ids))
			for f := 0; f < d; f++ {
				copy(sorted, ids)
				sort.SliceStable(sorted, func(a, b int) bool { return rows[sorted[a]].x[f] < rows[sorted[b]].x[f] })
				var gl, hl float64
				for k := 0; k+1 < len(sorted); k++ {
					r := rows[sorted[k]]
					gl += r.g
					hl += r.h
					v, next := r.x[f], rows[sorted[k+1]].x[f]
					if v == next || hl < o.MinLeaf || H-hl < o.MinLeaf {
						continue
					}
					gr, hr := G-gl, H-hl
					if gain := gl*gl/(hl+o.Lambda) + gr*gr/(hr+o.Lambda) - parent; gain > bestGain {
						bestGain, bestF, bestT = gain, f, (v+next)/2
					}
				}
			}
			if bestF < 0 {
				return node
			}
			bestT = round4(bestT)
			var left, right []int
			for _, i := range ids {
				if rows[i].x[bestF] < bestT {
					left = append(left, i)
				} else {
					right = append(right, i)
				}
			}
			if len(left) == 0 || len(right) == 0 {
				return node
			}
			l := grow(left, depth+1)
			r := grow(right, depth+1)
			t.Nodes[node] = Node{F: bestF, T: bestT, L: l, R: r}
			return node
		}
		grow(idx, 0)
		for i := range rows {
			rows[i].f += t.value(rows[i].x)
		}
		trees = append(trees, t)
	}
	return trees
}

func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }
