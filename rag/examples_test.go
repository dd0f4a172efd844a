package rag

import (
	"slices"
	"testing"

	"articlebot/prompts/texts"
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

func TestSampleQuestions(t *testing.T) {
	docs := []DocInfo{{Examples: []string{"港口有多少个？"}}}
	if got := SampleQuestions(docs, "en"); !slices.Equal(got, []string{"港口有多少个？"}) {
		t.Errorf("the articles' own: %q", got)
	}
	for _, lang := range []string{"zh", "en"} {
		if got, want := SampleQuestions([]DocInfo{{}}, lang), texts.For(lang).GenericExamples; len(got) == 0 || !slices.Equal(got, want) {
			t.Errorf("%s without examples: %q, want %q", lang, got, want)
		}
	}
}
