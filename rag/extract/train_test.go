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
