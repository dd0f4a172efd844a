package main

import (
	"strings"
	"testing"

	"articlebot/rag/extract"
)

// The committed model is what the training command fits: the command is run
// in -check mode, which fails when a fresh fit differs by one byte.
func TestModelReproduces(t *testing.T) {
	if testing.Short() {
		t.Skip("fits the model (about 20 s; minutes under -race)")
	}
	c := defaults()
	for _, p := range []*string{&c.cmrc, &c.data, &c.seedTest, &c.out} {
		*p = "../../" + *p
	}
	c.seedTrain = "../../" + strings.ReplaceAll(c.seedTrain, ",", ",../../")
	c.check = true
	if err := run(c, extract.TrainOptions{}); err != nil {
		t.Fatal(err)
	}
}
