package rag

import "testing"

func TestHasQuoteAt(t *testing.T) {
	file := "甲乙。\n丙  丁。"
	for _, tc := range []struct {
		c    Citation
		want bool
	}{
		{Citation{Quote: "甲乙。", Start: 0, End: len("甲乙。")}, true},
		{Citation{Quote: "丙 丁。", Start: len("甲乙。\n"), End: len(file)}, true},
		{Citation{Quote: "甲乙。 丙 丁。", Start: 0, End: len(file)}, true},
		{Citation{Quote: "甲乙", Start: 0, End: len("甲乙。")}, false},
		{Citation{Quote: "甲乙。", Start: 0, End: len(file) + 1}, false},
		{Citation{Quote: "", Start: 3, End: 0}, false},
		{Citation{Quote: "甲", Start: -1, End: 3}, false},
	} {
		if got := hasQuoteAt(file, tc.c); got != tc.want {
			t.Errorf("hasQuoteAt(%+v) = %v, want %v", tc.c, got, tc.want)
		}
	}
}
