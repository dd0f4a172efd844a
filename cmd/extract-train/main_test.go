package main

import (
	"testing"

	"articlebot/rag/extract"
)

// The committed model is what the training command fits: the command is run
// in -check mode, which fails when a fresh fit differs by one byte.
func TestModelReproduces(t *testing.T) {
	if testing.Short() {
		t.Skip("fits the model (about 20 s; minutes under -race)")
	}
	err := run("../../testdata/cmrc/cmrc2018_trial.json", "../../data", "../../testdata/probe.jsonl,../../rag/testdata/extra.jsonl",
		"../../testdata/dev.jsonl", "../../rag/extract/model.json", true, 0, bundleSize, extract.TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
}
