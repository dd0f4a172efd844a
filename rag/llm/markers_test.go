package llm

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseMarkers(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		n       int
		want    string
		used    []int
		dropped []string
	}{
		{"plain", "港口548个[1]。", 3, "港口548个[1]。", []int{1}, nil},
		{"renumbered by first use", "A[3]。B[1]。C[3]。", 3, "A[1]。B[2]。C[1]。", []int{3, 1}, nil},
		{"comma list", "A[1,2]。", 3, "A[1][2]。", []int{1, 2}, nil},
		{"comma list with spaces", "A [2, 1].", 3, "A [1][2].", []int{2, 1}, nil},
		{"full-width comma and 、", "A[1，2、3]。", 3, "A[1][2][3]。", []int{1, 2, 3}, nil},
		{"adjacent", "A[1][2]。", 3, "A[1][2]。", []int{1, 2}, nil},
		{"adjacent with space", "A [1] [2].", 3, "A [1][2].", []int{1, 2}, nil},
		{"duplicate in group", "A[1][1]。", 3, "A[1]。", []int{1}, nil},
		{"duplicate in list", "A[2,2]。", 3, "A[1]。", []int{2}, nil},
		{"lenticular", "A【1】。B【2】【3】。", 3, "A[1]。B[2][3]。", []int{1, 2, 3}, nil},
		{"full-width brackets and digits", "A［２］。", 3, "A[1]。", []int{2}, nil},
		{"footnote", "A[^1]。B[^2]。", 3, "A[1]。B[2]。", []int{1, 2}, nil},
		{"footnote definitions removed", "A[^1]。\n\n[^1]: 来源1的原文\n", 3, "A[1]。\n\n", []int{1}, nil},
		{"来源 parens", "A(来源1)。", 3, "A[1]。", []int{1}, nil},
		{"来源 full-width parens", "A（来源2）。", 3, "A[1]。", []int{2}, nil},
		{"来源 with colon and list", "A（来源：1、3）。", 3, "A[1][2]。", []int{1, 3}, nil},
		{"来源 repeated", "A（来源1，来源2）。", 3, "A[1][2]。", []int{1, 2}, nil},
		{"bracketed 来源", "A[来源1]。", 3, "A[1]。", []int{1}, nil},
		{"source word", "It has 548 ports (source 2).", 3, "It has 548 ports [1].", []int{2}, nil},
		{"Source colon", "It has 548 ports [Source: 2].", 3, "It has 548 ports [1].", []int{2}, nil},
		{"sources list", "Yes (sources 1 and 3).", 3, "Yes [1][2].", []int{1, 3}, nil},
		{"range", "A[1-3]。", 3, "A[1][2][3]。", []int{1, 2, 3}, nil},
		{"enumeration is not a marker", "（1）港口；（2）班列[2]。", 3, "（1）港口；（2）班列[1]。", []int{2}, nil},
		{"no markers", "文章没有提到这一点。", 3, "文章没有提到这一点。", nil, nil},
		{"missing source dropped", "A[1]。B[9]。", 3, "A[1]。B。", []int{1}, []string{"[9]"}},
		{"zero dropped", "A[0]。", 3, "A。", nil, []string{"[0]"}},
		{"missing in list", "A[1,9]。", 3, "A[1]。", []int{1}, []string{"[9]"}},
		{"missing lenticular kept as written", "A【7】。", 3, "A。", nil, []string{"【7】"}},
		{"dropped once", "A[9]。B[9]。", 3, "A。B。", nil, []string{"[9]"}},
		{"space before dropped marker", "It has ports [7].", 3, "It has ports.", nil, []string{"[7]"}},
		{"no sources at all", "A[1]。", 0, "A。", nil, []string{"[1]"}},
		{"year in brackets untouched", "A[2024]。", 3, "A[2024]。", nil, nil},
		{"link text untouched", "see [the article](http://x)", 3, "see [the article](http://x)", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, used, dropped := ParseMarkers(tt.in, tt.n)
			if got != tt.want {
				t.Errorf("canonical = %q, want %q", got, tt.want)
			}
			if !slices.Equal(used, tt.used) {
				t.Errorf("used = %v, want %v", used, tt.used)
			}
			if !slices.Equal(dropped, tt.dropped) {
				t.Errorf("dropped = %q, want %q", dropped, tt.dropped)
			}
		})
	}
}

func TestStripMarkers(t *testing.T) {
	if got := stripMarkers("港口548个[1]【2】（来源3）。"); got != "港口548个。" {
		t.Errorf("stripMarkers = %q", got)
	}
}

func FuzzParseMarkers(f *testing.F) {
	for _, s := range []string{"A[1]。", "A[1,2][3]【4】", "（来源1、2）", "[^1]: x\n", "[1-3]", "[[9]5]", "", "（1）", "[source 2 and 3]"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		n = n % 50
		got, used, dropped := ParseMarkers(s, n)
		seen := map[int]bool{}
		for _, u := range used {
			if u < 1 || u > n || seen[u] {
				t.Fatalf("used %v invalid for n=%d (input %q)", used, n, s)
			}
			seen[u] = true
		}
		seenD := map[string]bool{}
		for _, d := range dropped {
			if seenD[d] || d == "" {
				t.Fatalf("dropped %q repeats or is empty", dropped)
			}
			seenD[d] = true
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		if !strings.ContainsAny(s, "[【［(（") && got != s {
			t.Fatalf("text without brackets changed: %q → %q", s, got)
		}
		if len(got) > len(s)+4*len(used)+len(s) {
			t.Fatalf("output grew too much: %d → %d", len(s), len(got))
		}
	})
}

func BenchmarkParseMarkers(b *testing.B) {
	s := strings.Repeat("截至2024年底，西部陆海新通道通达548个港口【2】，国际铁路联运班列接近1900列[1,3]（来源4）。", 5)
	for b.Loop() {
		ParseMarkers(s, 6)
	}
}
