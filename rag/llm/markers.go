package llm

import (
	"regexp"
	"strconv"
	"strings"
)

// Citation markers as models actually write them: [1], [1,2], [1][2], [1-3],
// [^1], 【1】, ［１］, [来源1], (来源1), （来源：1、2）, (source 1), [Source: 2].
// Bare parenthesised numbers such as （1） are enumerations, not markers, so
// parentheses need a word like 来源 or source.
const (
	markerPrefix = `(?:来源|出处|参考资料|参考|资料|引用|文献|段落|sources?|src|refs?|references?|citations?|cite|passages?)`
	markerNum    = `\^?\s*[0-9０-９]{1,3}`
	markerSep    = `\s*(?:[,，、;；/]|[-–—~～]|and|和|与|及)\s*`
	markerList   = markerNum + `(?:` + markerSep + `(?:` + markerPrefix + `\s*[:：]?\s*)?` + markerNum + `)*`
)

var (
	markerRE = regexp.MustCompile(`(?i)` +
		`(?:\[|［|【)\s*(?:` + markerPrefix + `\s*[:：#]?\s*)?` + markerList + `\s*(?:\]|］|】)` +
		`|(?:\(|（)\s*` + markerPrefix + `\s*[:：#]?\s*` + markerList + `\s*(?:\)|）)`)
	markerTokRE = regexp.MustCompile(`[0-9０-９]+|[-–—~～]`)
	// footnoteDefRE: "[^1]: ..." lines that footnote-style answers append.
	footnoteDefRE = regexp.MustCompile(`(?m)^[ \t]*\[\^[0-9]+\]:.*(?:\n|$)`)
	canonicalRE   = regexp.MustCompile(`\[([0-9]+)\]`)
)

// maxRange bounds a marker range like [1-5], so [1-999] cannot flood the
// citations.
const maxRange = 20

// ParseMarkers rewrites the citation markers of a model's answer into the
// canonical form [n] and renumbers them in order of first use.
//
// nSources is the number of sources the prompt gave (numbered 1..nSources).
// In canonical, [k] refers to source used[k-1]: used lists the distinct
// valid source numbers in order of first use, so the citations are
// numbered 1, 2, 3 … as a reader meets them. Adjacent markers form one group
// ("[1][2]", "[1,2]", "【1】【2】" all become "[1][2]"), in which a number
// appears once. Markers to sources that do not exist are removed from the
// text and returned in dropped, as written (or as "[n]" when only part of a
// group was invalid), each once. Footnote definition lines ("[^1]: …") are
// removed.
func ParseMarkers(text string, nSources int) (canonical string, used []int, dropped []string) {
	if strings.Contains(text, "[^") {
		text = footnoteDefRE.ReplaceAllString(text, "")
	}
	locs := markerRE.FindAllStringIndex(text, -1)
	if len(locs) == 0 {
		return text, nil, nil
	}
	renum := make(map[int]int)
	seenDrop := make(map[string]bool)
	drop := func(s string) {
		if !seenDrop[s] {
			seenDrop[s] = true
			dropped = append(dropped, s)
		}
	}
	var b strings.Builder
	b.Grow(len(text))
	last := 0
	for i := 0; i < len(locs); {
		start, end := locs[i][0], locs[i][1]
		j := i
		for j+1 < len(locs) && strings.TrimSpace(text[end:locs[j+1][0]]) == "" {
			j++
			end = locs[j][1]
		}
		var out []int
		inGroup := make(map[int]bool, 4)
		for k := i; k <= j; k++ {
			raw := strings.TrimSpace(text[locs[k][0]:locs[k][1]])
			ns := markerNumbers(raw)
			bad := 0
			for _, n := range ns {
				if n < 1 || n > nSources {
					bad++
				}
			}
			if bad > 0 && bad == len(ns) {
				drop(raw)
			}
			for _, n := range ns {
				if n < 1 || n > nSources {
					if bad != len(ns) {
						drop("[" + strconv.Itoa(n) + "]")
					}
					continue
				}
				if _, ok := renum[n]; !ok {
					used = append(used, n)
					renum[n] = len(used)
				}
				if c := renum[n]; !inGroup[c] {
					inGroup[c] = true
					out = append(out, c)
				}
			}
		}
		prefix := text[last:start]
		if len(out) == 0 {
			prefix = strings.TrimRight(prefix, " \t")
		}
		b.WriteString(prefix)
		for _, c := range out {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(c))
			b.WriteByte(']')
		}
		last = end
		i = j + 1
	}
	b.WriteString(text[last:])
	return b.String(), used, dropped
}

// markerNumbers reads the source numbers of one marker, expanding ranges.
func markerNumbers(m string) []int {
	toks := markerTokRE.FindAllString(m, -1)
	var ns []int
	for k := 0; k < len(toks); k++ {
		n, ok := atoiWide(toks[k])
		if !ok {
			continue
		}
		if k+2 < len(toks) && !isDigitTok(toks[k+1]) {
			if hi, ok := atoiWide(toks[k+2]); ok && hi >= n && hi-n < maxRange {
				for x := n; x <= hi; x++ {
					ns = append(ns, x)
				}
				k += 2
				continue
			}
		}
		ns = append(ns, n)
	}
	return ns
}

func isDigitTok(t string) bool { _, ok := atoiWide(t); return ok }

// atoiWide parses ASCII or full-width digits.
func atoiWide(s string) (int, bool) {
	n, any := 0, false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			n = n*10 + int(r-'0')
		case r >= '０' && r <= '９':
			n = n*10 + int(r-'０')
		default:
			return 0, false
		}
		any = true
		if n > 1_000_000 {
			return 0, false
		}
	}
	return n, any
}

// stripMarkers removes every citation marker, for history turns whose
// sources the model no longer sees.
func stripMarkers(s string) string { return markerRE.ReplaceAllString(s, "") }
