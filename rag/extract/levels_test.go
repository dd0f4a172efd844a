package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"articlebot/internal/eval"
	"articlebot/rag/extract"
)

// The levels below are what the committed model measured when it was
// fitted (README, "Quality"), less a margin for noise; a change that drops
// below them makes answers worse.

// TestCMRCHeldBack scores the held-back quarter of CMRC 2018 trial (the
// paragraphs with i%4 == 3, never used in fitting), each paragraph its own
// article, with two unanswerable questions of similar paragraphs each.
func TestCMRCHeldBack(t *testing.T) {
	if testing.Short() {
		t.Skip("scores 64 paragraphs")
	}
	paras, err := extract.ReadSQuAD(cmrcPath)
	if err != nil {
		t.Fatal(err)
	}
	m, err := extract.DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	sc := extract.Evaluate(context.Background(), m, extract.CMRCItems(paras, func(i int) bool { return i%4 == 3 }, 2))
	t.Log("CMRC held back:", sc)
	for _, c := range []struct {
		name string
		ok   bool
	}{
		{"hit ≥ 0.58", sc.Hit >= 0.58},
		{"cite ≥ 0.77", sc.Cite >= 0.77},
		{"f1 ≥ 0.50", sc.F1 >= 0.50},
		{"refused ≤ 0.11", sc.Refused <= 0.11},
		{"unanswerable refuse ≥ 0.88", sc.RefuseNeg >= 0.88},
		{"median length ≤ 30", sc.MedianLen <= 30},
	} {
		if !c.ok {
			t.Errorf("CMRC held back below level %s: %s", c.name, sc)
		}
	}
}

// TestDevSet holds the answerer to the seed article's dev set (never used
// in fitting), with score.py's metrics.
func TestDevSet(t *testing.T) {
	qs, err := eval.ReadFile(devPath)
	if err != nil {
		t.Fatal(err)
	}
	x := articleEngine(t)
	r := eval.Evaluate(context.Background(), x, qs)
	zh := r.Filter(func(q eval.Question) bool { return q.Answerable && q.Lang == "zh" })
	un := r.Filter(func(q eval.Question) bool { return !q.Answerable })
	t.Logf("dev: answer %.2f cite %.2f wrong %.2f (answerable zh), refuse %.2f", zh.Rate("answer"), zh.Rate("cite"), zh.Rate("wrong"), un.Rate("refuse"))
	if zh.Rate("answer") < 0.8 || zh.Rate("cite") < 0.85 || un.Rate("refuse") < 0.75 {
		t.Errorf("dev set below the levels (answer ≥ .80, cite ≥ .85, refuse ≥ .75)")
	}
	file := readArticle(t)
	for _, res := range r.Results {
		for _, c := range append(res.Answer.Citations, res.Answer.Related...) {
			if !hasQuoteAt(file, c) {
				t.Errorf("%s: citation %q not at [%d,%d)", res.Question.ID, c.Quote, c.Start, c.End)
			}
		}
	}
}

// TestSeedBlindSet holds the answerer to testdata/seed_blind.jsonl:
// questions about the seed article written by someone who read only the
// article, never the code or the other sets, and never fitted on (README,
// "Quality"). The levels are its figures when the long-article decision
// was fitted (answers as at its first measurement; refusals 3 → 6 of 12).
func TestSeedBlindSet(t *testing.T) {
	qs, err := eval.ReadFile(blindPath)
	if err != nil {
		t.Fatal(err)
	}
	r := eval.Evaluate(context.Background(), articleEngine(t), qs)
	ans := r.Filter(func(q eval.Question) bool { return q.Answerable })
	para := r.Filter(func(q eval.Question) bool { return q.Type == "paraphrase" })
	un := r.Filter(func(q eval.Question) bool { return !q.Answerable })
	t.Logf("blind: answer %.2f cite %.2f wrong %.2f, paraphrases %.2f, refuse %.2f", ans.Rate("answer"), ans.Rate("cite"), ans.Rate("wrong"), para.Rate("answer"), un.Rate("refuse"))
	if ans.Rate("answer") < 0.9 || ans.Rate("cite") < 0.9 || ans.Rate("wrong") > 0.03 || para.Rate("answer") < 0.75 || un.Rate("refuse") < 0.5 {
		t.Errorf("blind seed set below the levels (answer ≥ .90, cite ≥ .90, wrong ≤ .03, paraphrases ≥ .75, refuse ≥ .50)")
	}
}

// TestProbeSet is a regression test on the seed article's probe questions
// (testdata/probe.jsonl). They are training data for the model, so this is
// no measure of quality, only a guard that a change does not break what
// worked; levels are the figures when the model was fitted, less a margin.
// Its near-miss refusals (0.03) are logged, not held: see README, Quality.
func TestProbeSet(t *testing.T) {
	qs, err := eval.ReadFile(probePath)
	if err != nil {
		t.Fatal(err)
	}
	r := eval.Evaluate(context.Background(), articleEngine(t), qs)
	ans := r.Filter(func(q eval.Question) bool { return q.Answerable && q.Lang == "zh" })
	un := r.Filter(func(q eval.Question) bool { return !q.Answerable })
	t.Logf("probe: answer %.2f cite %.2f wrong %.2f, refuse %.2f", ans.Rate("answer"), ans.Rate("cite"), ans.Rate("wrong"), un.Rate("refuse"))
	if ans.Rate("answer") < 0.88 || ans.Rate("cite") < 0.92 {
		t.Errorf("probe set below its regression levels (answer ≥ .88, cite ≥ .92)")
	}
}

// TestEnglishSets holds English articles to levels: testdata/en/tuned was
// used while the English span rules were built, testdata/en/heldback was
// written before and only measured (README, "Quality").
func TestEnglishSets(t *testing.T) {
	for _, c := range []struct {
		set                  string
		answer, cite, refuse float64
	}{
		{"tuned", 0.80, 0.90, 0.65},
		{"heldback", 0.70, 0.90, 0.45},
	} {
		dirs, err := filepath.Glob(filepath.Join("../../testdata/en", c.set, "*"))
		if err != nil || len(dirs) == 0 {
			t.Fatalf("no %s articles: %v", c.set, err)
		}
		var all eval.Report
		for _, dir := range dirs {
			if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
				continue
			}
			qs, err := eval.ReadFile(filepath.Join(dir, "questions.jsonl"))
			if err != nil {
				t.Fatal(err)
			}
			r := eval.Evaluate(context.Background(), openAnswerer(t, dir), qs)
			all.Results = append(all.Results, r.Results...)
		}
		ans := all.Filter(func(q eval.Question) bool { return q.Answerable })
		un := all.Filter(func(q eval.Question) bool { return !q.Answerable })
		t.Logf("English %s: answer %.2f cite %.2f wrong %.2f (answerable %d), refuse %.2f (%d)", c.set, ans.Rate("answer"), ans.Rate("cite"), ans.Rate("wrong"), len(ans.Results), un.Rate("refuse"), len(un.Results))
		if ans.Rate("answer") < c.answer || ans.Rate("cite") < c.cite || un.Rate("refuse") < c.refuse {
			t.Errorf("English %s below the levels (answer ≥ %.2f, cite ≥ %.2f, refuse ≥ %.2f)", c.set, c.answer, c.cite, c.refuse)
		}
		for _, res := range all.Results {
			if res.Answer.Lang != "en" {
				t.Errorf("%s: answered in %q, want en", res.Question.ID, res.Answer.Lang)
			}
		}
	}
}
