package rag

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"
)

// The fingerprint index answers exactly what comparing a block with every
// kept passage answers (the quadratic way it replaced).
func TestRepeatIndexMatchesNaive(t *testing.T) {
	naiveContained := func(norm string, kept []string) bool {
		if utf8.RuneCountInString(norm) < minRepeatRunes {
			return false
		}
		for _, k := range kept {
			if len(k) > len(norm) && strings.Contains(k, norm) {
				return true
			}
		}
		return false
	}
	naiveExtended := func(norm string, kept []string) bool {
		for _, k := range kept {
			if utf8.RuneCountInString(k) >= minRepeatRunes && len(norm) > len(k) && strings.HasPrefix(norm, k) {
				return true
			}
		}
		return false
	}
	rng := rand.New(rand.NewSource(1))
	alphabet := []rune("川渝成都重庆合作港")
	gen := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteRune(alphabet[rng.Intn(len(alphabet))])
		}
		return b.String()
	}
	for round := range 200 {
		var x repeatIndex
		var kept []string
		for range 40 {
			var norm string
			switch rng.Intn(4) {
			case 0: // a piece of a kept passage
				if len(kept) > 0 {
					k := []rune(kept[rng.Intn(len(kept))])
					a := rng.Intn(len(k))
					b := a + rng.Intn(len(k)-a+1)
					norm = string(k[a:b])
				}
			case 1: // a kept passage extended
				if len(kept) > 0 {
					norm = kept[rng.Intn(len(kept))] + gen(1+rng.Intn(5))
				}
			}
			if norm == "" {
				norm = gen(5 + rng.Intn(40))
			}
			gotC, wantC := x.containedIn(norm), naiveContained(norm, kept)
			if gotC != wantC {
				t.Fatalf("round %d: containedIn(%q) = %v, naive %v (kept %q)", round, norm, gotC, wantC, kept)
			}
			if gotC {
				continue
			}
			i := x.extendedBy(norm)
			if (i >= 0) != naiveExtended(norm, kept) {
				t.Fatalf("round %d: extendedBy(%q) = %d, naive %v", round, norm, i, !gotC)
			}
			if i >= 0 {
				if !strings.HasPrefix(norm, kept[i]) {
					t.Fatalf("extendedBy(%q) = %q, not a prefix", norm, kept[i])
				}
				kept[i] = norm
				x.replace(i, norm)
				continue
			}
			if !strings.Contains(strings.Join(kept, "|"), "|"+norm+"|") {
				kept = append(kept, norm)
				x.add(norm, len(kept)-1)
			}
		}
	}
}
