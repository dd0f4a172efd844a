package rag

import (
	"strings"
	"unicode"
)

// foldRune maps full-width ASCII to ASCII and lowercases, so "ＧＤＰ" and
// "gdp" compare equal; a cheap subset of NFKC that needs no tables.
func foldRune(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		r -= 0xFEE0
	}
	return unicode.ToLower(r)
}

// bigramSet returns the set of adjacent rune pairs of the letters and digits
// of s (punctuation and spaces are skipped, so they do not count as overlap).
func bigramSet(s string) map[[2]rune]struct{} {
	set := make(map[[2]rune]struct{}, len(s)/2)
	var prev rune = -1
	for _, r := range s {
		r = foldRune(r)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			prev = -1
			continue
		}
		if prev >= 0 {
			set[[2]rune{prev, r}] = struct{}{}
		}
		prev = r
	}
	return set
}

// overlap is the share of b's bigrams found in a.
func overlap(a, b map[[2]rune]struct{}) float64 {
	if len(b) == 0 {
		return 0
	}
	n := 0
	for k := range b {
		if _, ok := a[k]; ok {
			n++
		}
	}
	return float64(n) / float64(len(b))
}

// QuoteFor returns a citation of c whose quote is the sentence of c that best
// supports claim (most of the claim's character bigrams), verbatim, with its
// byte offsets in the article file. A very short best sentence takes its
// neighbour along so the quote reads on its own. N is left 0 for the caller.
func QuoteFor(c Chunk, claim string) Citation {
	spans := SplitSentences(c.Text)
	cit := Citation{Doc: c.Doc, Section: c.Section, Paragraph: c.Paragraph, Kind: c.Kind}
	if len(spans) == 0 {
		cit.Quote, cit.Start, cit.End = c.Text, c.Start, c.End
		return cit
	}
	cb := bigramSet(claim)
	best, bestScore := 0, -1.0
	for i, sp := range spans {
		s := overlap(bigramSet(c.Text[sp.Start:sp.End]), cb)
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	sp := spans[best]
	if len([]rune(c.Text[sp.Start:sp.End])) < 12 && len(spans) > 1 {
		if best+1 < len(spans) {
			sp.End = spans[best+1].End
		} else {
			sp.Start = spans[best-1].Start
		}
	}
	cit.Quote = NormalizeSpace(c.Text[sp.Start:sp.End])
	cit.Start, cit.End = c.Start+sp.Start, c.Start+sp.End
	return cit
}

// hasQuoteAt reports whether file[start:end] equals quote after whitespace
// normalisation; tests and the eval use it to prove offsets are exact.
func hasQuoteAt(file string, c Citation) bool {
	if c.Start < 0 || c.End > len(file) || c.Start > c.End {
		return false
	}
	return NormalizeSpace(file[c.Start:c.End]) == strings.TrimSpace(c.Quote)
}
