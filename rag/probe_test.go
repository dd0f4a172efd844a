package rag

import (
	"context"
	"strings"
	"testing"
)

// TestProbeSet holds the engine to the project's own probe questions
// (testdata/probe.jsonl, written during development beside the dev set:
// other phrasings, measure words, offices, attributes the article never
// states). Same levels as the dev set.
func TestProbeSet(t *testing.T) {
	qs, err := ReadEvalFile("../testdata/probe.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	e, err := Open(context.Background(), Options{DataDir: "../data"})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	rep := Evaluate(context.Background(), e, qs)
	var b strings.Builder
	rep.Write(&b, true)
	t.Log("\n" + b.String())
	if rep.Rate("answer") < 0.90 || rep.Rate("cite") < 0.90 || rep.Rate("refuse") < 0.80 || rep.Rate("wrong") > 0.05 {
		t.Errorf("probe set below the levels (answer ≥ .90, cite ≥ .90, refuse ≥ .80, wrong ≤ .05)")
	}
}
