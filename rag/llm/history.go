package llm

import (
	"strings"

	"articlebot/rag"
)

// Bounds of the conversation memory used for the rewrite and as context. The
// bot keeps its own bounded history per chat; these bound what reaches the
// model whatever a caller passes.
const (
	DefaultHistoryTurns = 4    // most recent turns kept
	DefaultHistoryChars = 2000 // runes over all kept questions and answers
	historyAnswerRunes  = 400  // one earlier answer is cut to this
	historyQuestionRune = 300  // one earlier question is cut to this
)

// boundHistory keeps the most recent turns within maxTurns and maxChars,
// strips their citation markers (the model no longer sees those sources) and
// cuts long turns. The newest turns win; the result is oldest first.
func boundHistory(h []rag.Turn, maxTurns, maxChars int) []rag.Turn {
	if len(h) == 0 || maxTurns <= 0 || maxChars <= 0 {
		return nil
	}
	var out []rag.Turn
	total := 0
	for i := len(h) - 1; i >= 0 && len(out) < maxTurns; i-- {
		q := cutRunes(strings.TrimSpace(h[i].Question), historyQuestionRune)
		a := cutRunes(strings.TrimSpace(stripMarkers(h[i].Answer)), historyAnswerRunes)
		if q == "" {
			continue
		}
		n := len([]rune(q)) + len([]rune(a))
		if total+n > maxChars {
			break
		}
		total += n
		out = append(out, rag.Turn{Question: q, Answer: a})
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

func cutRunes(s string, n int) string {
	if len(s) <= n { // bytes ≥ runes: cheap exit
		return s
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
