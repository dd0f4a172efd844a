package rag

import (
	"slices"
	"testing"
)

func TestExamples(t *testing.T) {
	docs := []DocInfo{{Examples: []string{" 港口有多少个？ ", ""}}, {}, {Examples: []string{"\t", "Who said it?"}}}
	if got, want := Examples(docs), []string{"港口有多少个？", "Who said it?"}; !slices.Equal(got, want) {
		t.Errorf("Examples = %q, want %q", got, want)
	}
	if got := Examples(nil); got != nil {
		t.Errorf("no articles gave %q", got)
	}
}
