package extract_test

import (
	"strings"
	"testing"

	"articlebot/rag/extract"
)

// The generated near misses keep the paragraph's other sentences and lose
// every sentence holding the answer.
func TestCMRCNearMisses(t *testing.T) {
	paras, err := extract.ReadSQuAD(cmrcPath)
	if err != nil {
		t.Fatal(err)
	}
	paras = paras[:40]
	items := extract.CMRCNearMisses(paras, func(i int) bool { return true })
	if len(items) < 40 {
		t.Fatalf("only %d near misses from 40 paragraphs", len(items))
	}
	for _, it := range items {
		p := paras[it.Group]
		text := it.Src.Article("article")
		var golds []string
		for _, q := range p.QAs {
			if q.Question == it.Q {
				for _, a := range q.Answers {
					golds = append(golds, a.Text)
				}
			}
		}
		if len(it.Golds) != 0 || len(golds) == 0 || holdsAny(text, golds) {
			t.Fatalf("near miss %q still holds %q or lost its question", it.Q, golds)
		}
		if !strings.HasPrefix(text, "# "+p.Title) || len(text) >= len(p.Article()) {
			t.Fatalf("near miss %q: article %q", it.Q, text)
		}
	}
}

func holdsAny(text string, golds []string) bool {
	for _, g := range golds {
		if n := extract.Norm(g); n != "" && strings.Contains(extract.Norm(text), n) {
			return true
		}
	}
	return false
}

// A bundle joins every 4th kept paragraph, at most size of them, as one
// data dir; each member's questions are asked of it, and its negatives only
// when no member holds their gold.
func TestCMRCBundles(t *testing.T) {
	paras, err := extract.ReadSQuAD(cmrcPath)
	if err != nil {
		t.Fatal(err)
	}
	paras = paras[:60]
	keep := func(i int) bool { return i%4 != 3 }
	const size = 5
	items := extract.CMRCBundles(paras, keep, size, 4)
	goldsOf := map[string][]string{}
	for _, p := range paras {
		for _, q := range p.QAs {
			for _, a := range q.Answers {
				goldsOf[q.Question] = append(goldsOf[q.Question], a.Text)
			}
		}
	}
	var kept []int
	for i := range paras {
		if keep(i) {
			kept = append(kept, i)
		}
	}
	ordinal := map[int]int{}
	for o, i := range kept {
		ordinal[i] = o
	}
	members := map[extract.Source]map[int]bool{}
	var pos, neg int
	for _, it := range items {
		if !it.DecideOnly || !keep(it.Group) {
			t.Fatalf("item %q: DecideOnly %v, group %d", it.Q, it.DecideOnly, it.Group)
		}
		if members[it.Src] == nil {
			members[it.Src] = map[int]bool{}
		}
		members[it.Src][it.Group] = true
		var text strings.Builder
		for _, d := range it.Src.Docs() {
			text.WriteString(it.Src.Article(d.Name))
		}
		if len(it.Golds) > 0 {
			pos++
			if !holdsAny(text.String(), it.Golds) {
				t.Fatalf("answerable %q: no member holds %q", it.Q, it.Golds)
			}
			continue
		}
		neg++
		if holdsAny(text.String(), goldsOf[it.Q]) {
			t.Fatalf("negative %q: a member holds %q", it.Q, goldsOf[it.Q])
		}
	}
	if pos == 0 || neg == 0 {
		t.Fatalf("%d answerable and %d unanswerable items", pos, neg)
	}
	for src, ms := range members {
		if n := len(src.Docs()); n > size || n < len(ms) {
			t.Fatalf("a bundle of %d articles has questions of %d paragraphs", n, len(ms))
		}
		r := -1
		for i := range ms {
			if r >= 0 && ordinal[i]%4 != r {
				t.Fatalf("a bundle mixes folds: paragraphs %v", ms)
			}
			r = ordinal[i] % 4
		}
	}
}

// A bundle near miss is a bundle with the asked paragraph's answer
// sentences taken out: the other members whole, the question's own
// paragraph still there in part, no member holding the answer, at most
// perParagraph questions of each paragraph, and every member of one fold.
func TestCMRCBundleNearMisses(t *testing.T) {
	paras, err := extract.ReadSQuAD(cmrcPath)
	if err != nil {
		t.Fatal(err)
	}
	paras = paras[:60]
	keep := func(i int) bool { return i%4 != 3 }
	const size, per = 5, 2
	items := extract.CMRCBundleNearMisses(paras, keep, size, per)
	byPara := map[int]int{}
	for _, it := range items {
		p := paras[it.Group]
		byPara[it.Group]++
		var golds []string
		for _, q := range p.QAs {
			if q.Question == it.Q {
				for _, a := range q.Answers {
					golds = append(golds, a.Text)
				}
			}
		}
		var text strings.Builder
		own := false
		for _, d := range it.Src.Docs() {
			a := it.Src.Article(d.Name)
			text.WriteString(a)
			own = own || strings.HasPrefix(a, "# "+p.Title+"\n") && len(a) < len(p.Article())
		}
		if !it.DecideOnly || len(it.Golds) != 0 || len(golds) == 0 || !keep(it.Group) {
			t.Fatalf("near miss %q: DecideOnly %v, golds %q, group %d", it.Q, it.DecideOnly, it.Golds, it.Group)
		}
		if holdsAny(text.String(), golds) {
			t.Fatalf("near miss %q: the bundle still holds %q", it.Q, golds)
		}
		if n := len(it.Src.Docs()); n < 2 || n > size || !own {
			t.Fatalf("near miss %q: %d articles, own paragraph cut: %v", it.Q, n, own)
		}
	}
	if len(byPara) < 20 {
		t.Fatalf("near misses of only %d paragraphs", len(byPara))
	}
	for i, n := range byPara {
		if n > per {
			t.Fatalf("paragraph %d gave %d near misses, over %d", i, n, per)
		}
	}
}
