package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"articlebot/rag"
	"articlebot/rag/llm/llmtest"
)

// The careless-citation measurements of issue 9 on the seed article:
// llmtest.Careless answers every question of llmtest.CarelessSet correctly
// but cites as models do (40 % right [k], 15 % 【k】, 25 % a wrong source,
// 10 % a missing source, 10 % none; refusals in plain words; English
// answers citing Chinese sources). The support test's thresholds were
// chosen on the "tune" split; the levels are held on the "report" split.

var (
	seedOnce   sync.Once
	seedEngine *rag.Engine
	seedErr    error
)

func seed(t testing.TB) *rag.Engine {
	seedOnce.Do(func() {
		seedEngine, seedErr = rag.Open(context.Background(), rag.Options{DataDir: "../../data"})
	})
	if seedErr != nil {
		t.Fatal(seedErr)
	}
	return seedEngine
}

// retrieveOnly is the seed engine as a Retriever without an offline
// answer: these runs must never fall back.
type retrieveOnly struct{ *rag.Engine }

func (retrieveOnly) Ask(context.Context, rag.Request) (rag.Answer, error) {
	return rag.Answer{}, errors.New("no offline answer in this test")
}

func carelessRun(t testing.TB, items []llmtest.Item) []rag.Answer {
	srv := llmtest.NewServer(t)
	srv.OnChat(llmtest.Careless(items))
	c, err := NewClient(Config{BaseURL: srv.BaseURL(), ChatModel: "chat"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	a := NewAnswerer(c, retrieveOnly{seed(t)}, nil)
	out := make([]rag.Answer, len(items))
	for i, it := range items {
		ans, err := a.Ask(context.Background(), rag.Request{Question: it.Q})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Mode != rag.ModeLLM {
			t.Fatalf("%s: %s answer: %s", it.ID, ans.Mode, ans.Note)
		}
		out[i] = ans
	}
	return out
}

func TestCarelessCitations(t *testing.T) {
	for _, split := range []string{"tune", "report"} {
		items := llmtest.CarelessSet(split)
		s, misses := llmtest.Score(items, carelessRun(t, items))
		t.Logf("%s split: %v", split, s)
		for _, m := range misses {
			t.Logf("  %s", m)
		}
		if split != "report" {
			continue
		}
		if s.Cite() < 0.95 || s.Precision() < 0.95 || s.Refusal() < 1 || s.Lost > 0 {
			t.Errorf("report split below the levels (cite ≥ 0.95, precision ≥ 0.95, refusals 1.00, none lost): %v", s)
		}
	}
}

// TestSupportTest reports the support test's precision and recall over
// (claim, retrieved source) pairs: a source truly supports a claim when it
// holds the item's evidence.
func TestSupportTest(t *testing.T) {
	for _, split := range []string{"tune", "report"} {
		tp, fp, fn, tn := supportCounts(t, llmtest.CarelessSet(split), supportWithValues, supportText)
		t.Logf("%s split: precision %.3f recall %.3f (tp %d fp %d fn %d tn %d)", split,
			float64(tp)/float64(max(tp+fp, 1)), float64(tp)/float64(max(tp+fn, 1)), tp, fp, fn, tn)
		if split == "report" && (fp > 1 || fn > 1) {
			t.Errorf("support test on the report split: %d false positives, %d false negatives", fp, fn)
		}
	}
}

func supportCounts(t testing.TB, items []llmtest.Item, withValues, text float64) (tp, fp, fn, tn int) {
	e := seed(t)
	for _, it := range items {
		if !it.Answerable {
			continue
		}
		q := it.Q
		if it.Query != "" {
			q = it.Query
		}
		hits, err := e.Retrieve(context.Background(), q, 6)
		if err != nil {
			t.Fatal(err)
		}
		ck := newChecker(hits, q, rag.DetectLang(it.Q))
		c := claim{text: it.Claim}
		ck.classify(&c)
		for si, h := range hits {
			truth := strings.Contains(h.Text, it.Evidence)
			got := ck.judgeWith(&c, si, withValues, text).ok
			switch {
			case truth && got:
				tp++
			case !truth && got:
				fp++
				if testing.Verbose() && os.Getenv("ARTICLEBOT_TUNE") != "" {
					fmt.Printf("FP %s %q ~ %q\n", it.ID, it.Claim, h.Text)
				}
			case truth:
				fn++
				if testing.Verbose() && os.Getenv("ARTICLEBOT_TUNE") != "" {
					fmt.Printf("FN %s %q ~ %q\n", it.ID, it.Claim, h.Text)
				}
			default:
				tn++
			}
		}
	}
	return
}

// TestTuneSupport is how the thresholds were chosen: a grid over the tune
// split (ARTICLEBOT_TUNE=1 go test ./rag/llm -run TuneSupport -v).
func TestTuneSupport(t *testing.T) {
	if os.Getenv("ARTICLEBOT_TUNE") == "" {
		t.Skip("set ARTICLEBOT_TUNE=1 to print the grid")
	}
	items := llmtest.CarelessSet("tune")
	for _, wv := range []float64{0.1, 0.2, 0.3, 0.4, 0.5} {
		for _, tx := range []float64{0.3, 0.4, 0.5, 0.6, 0.7} {
			tp, fp, fn, _ := supportCounts(t, items, wv, tx)
			p, r := float64(tp)/float64(max(tp+fp, 1)), float64(tp)/float64(max(tp+fn, 1))
			t.Logf("with values %.1f, text %.1f: precision %.3f recall %.3f F1 %.3f", wv, tx, p, r, 2*p*r/max(p+r, 1e-9))
		}
	}
}

func BenchmarkCitationCheck(b *testing.B) {
	items := llmtest.CarelessSet("report")
	e := seed(b)
	type tc struct {
		reply, query, lang string
		hits               []rag.Hit
	}
	var cases []tc
	for i, it := range items {
		q := it.Q
		if it.Query != "" {
			q = it.Query
		}
		hits, _ := e.Retrieve(context.Background(), q, 6)
		src := map[int]string{}
		for j, h := range hits {
			src[j+1] = h.Text
		}
		cases = append(cases, tc{llmtest.CarelessReply(items, i, src), q, rag.DetectLang(it.Q), hits})
	}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		c := cases[i%len(cases)]
		checkCitations(c.reply, c.hits, c.query, c.lang)
		i++
	}
}

// TestCarelessTerse: the same careless model answering with the bare gold
// phrase ("五年[2]。", "435,000 [3].").
func TestCarelessTerse(t *testing.T) {
	for _, split := range []string{"tune", "report"} {
		items := llmtest.CarelessSet(split)
		for i := range items {
			if items[i].Answerable {
				items[i].Claim = items[i].Answers[0]
			}
		}
		s, misses := llmtest.Score(items, carelessRun(t, items))
		t.Logf("%s split, terse answers: %v", split, s)
		for _, m := range misses {
			t.Logf("  %s", m)
		}
	}
}

// TestCarelessOtherSets runs the careless model over the question sets the
// offline engine was built with (testdata/dev.jsonl, testdata/probe.jsonl,
// rag/testdata/extra.jsonl; never used to tune the citation check), the
// model answering with the bare gold phrase, or with the evidence (the
// sentence an extractive model would write). English questions are
// rewritten to their evidence, as a translating model would find it.
func TestCarelessOtherSets(t *testing.T) {
	for _, file := range []string{"../../testdata/dev.jsonl", "../../testdata/probe.jsonl", "../../rag/testdata/extra.jsonl"} {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var items []llmtest.Item
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var it llmtest.Item
			if err := json.Unmarshal([]byte(line), &it); err != nil {
				t.Fatal(err)
			}
			if it.Answerable && (it.Evidence == "" || len(it.Answers) == 0) {
				continue
			}
			items = append(items, it)
		}
		for _, form := range []string{"gold phrase", "evidence"} {
			set := append([]llmtest.Item(nil), items...)
			for i := range set {
				if !set[i].Answerable {
					continue
				}
				set[i].Claim = set[i].Answers[0]
				if form == "evidence" && set[i].Lang == "zh" {
					set[i].Claim = set[i].Evidence
					if !strings.Contains(llmtest.Fold(set[i].Evidence), llmtest.Fold(set[i].Answers[0])) {
						set[i].Claim = set[i].Evidence + "，即" + set[i].Answers[0]
					}
				}
				if set[i].Lang != "zh" {
					set[i].Query = set[i].Evidence
				}
			}
			s, misses := llmtest.Score(set, carelessRun(t, set))
			t.Logf("%s, %s: %v", file, form, s)
			for _, m := range misses {
				t.Logf("  %s", m)
			}
			if s.Lost > 0 {
				t.Errorf("%s, %s: %d correct answers lost", file, form, s.Lost)
			}
		}
	}
}
