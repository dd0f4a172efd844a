// Package rag is the answering engine: it reads articles, splits them into
// passages and chunks, indexes them twice (vectors in chromem-go, BM25 in
// bleve), retrieves with rank fusion and answers with verbatim citations.
//
// Data flows one way: article → ingest → chunks → index → retrieve → answer.
// Nothing here knows about Telegram.
package rag

import (
	"context"
	"strings"

	"articlebot/prompts/texts"
)

// Turn is one earlier exchange of a conversation. The engine is stateless:
// callers (the bot, the HTTP API) keep the turns and pass them in.
type Turn struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`
}

// Request is one question to answer.
type Request struct {
	Question string `json:"question"`
	History  []Turn `json:"history,omitempty"`
	// OnDelta, when set, receives answer text as it is generated (LLM mode).
	// Offline answers are not streamed; the caller gets them whole.
	OnDelta func(delta string) `json:"-"`
	// Offline forces the extractive path even when an LLM is configured
	// (inline queries must answer within a second).
	Offline bool `json:"-"`
}

// Citation is one numbered source of an answer.
type Citation struct {
	N         int    `json:"n"`
	Doc       string `json:"doc"`
	Section   string `json:"section"`
	Paragraph int    `json:"paragraph"`
	Quote     string `json:"quote"`
	// Start and End are byte offsets of Quote in the article file; the bytes
	// there equal Quote up to whitespace normalisation.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind,omitempty"` // "text", "caption", "byline", "heading"
}

// Usage counts LLM tokens.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
}

// Modes of an answer.
const (
	ModeExtractive = "extractive"
	ModeLLM        = "llm"
)

// Answer is the result of one question; its JSON form is the `ask --json`
// contract (see README).
type Answer struct {
	Question  string     `json:"question"`
	Answer    string     `json:"answer"`
	Found     bool       `json:"found"`
	Citations []Citation `json:"citations"`
	// Related holds the closest passages when Found is false, so a user learns
	// what the article does cover.
	Related []Citation `json:"related,omitempty"`
	Mode    string     `json:"mode"`
	TookMS  float64    `json:"took_ms"`
	// Lang is the language of the question ("zh" or "en"); the answer is in it.
	Lang string `json:"lang,omitempty"`
	// Note explains something unusual, e.g. why the LLM path fell back.
	Note string `json:"note,omitempty"`
	// Ungrounded marks an LLM answer without any valid citation.
	Ungrounded     bool     `json:"ungrounded,omitempty"`
	RewrittenQuery string   `json:"rewritten_query,omitempty"`
	DroppedMarkers []string `json:"dropped_markers,omitempty"`
	// RepairedMarkers lists what the citation check changed (LLM mode): a
	// marker moved to the source that holds its claim, a marker added to a
	// claim that had none, a marker removed from a claim no source holds.
	RepairedMarkers []Repair `json:"repaired_markers,omitempty"`
	// Unsupported lists the answer's claims that no retrieved passage
	// supports (LLM mode); the answer keeps them, the surfaces warn.
	Unsupported []string `json:"unsupported,omitempty"`
	Usage       *Usage   `json:"usage,omitempty"`
	// TopScore is the best retrieval score (fused), for metrics.
	TopScore float64 `json:"top_score"`
	Error    string  `json:"error,omitempty"`
}

// Repair is one change the citation check made to an LLM answer's markers.
type Repair struct {
	Claim  string `json:"claim"`          // the claim, markers removed
	Action string `json:"action"`         // "repointed", "added" or "removed"
	From   string `json:"from,omitempty"` // the marker as the model wrote it ("[1]", "【2】"); empty when added
	To     int    `json:"to,omitempty"`   // the citation number it carries now; 0 when removed
}

// Chunk is a unit of retrieval: one or more whole sentences of one passage.
type Chunk struct {
	ID        string `json:"id"`
	Doc       string `json:"doc"` // article name: file name without extension
	Section   string `json:"section"`
	Paragraph int    `json:"paragraph"` // 1-based, counted over the article's kept passages
	Start     int    `json:"start"`     // byte offsets in the article file
	End       int    `json:"end"`
	Kind      string `json:"kind"` // "text", "caption", "byline", "heading"
	Text      string `json:"text"`
}

// Hit is a retrieved chunk with its fused score.
type Hit struct {
	Chunk
	Score float64 `json:"score"`
}

// Embedder turns texts into vectors. Vectors must be unit length.
type Embedder interface {
	// ID names the model and its parameters; it is part of the index key, so
	// changing it rebuilds the index.
	ID() string
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}

// Asker answers questions. The bot and the HTTP API depend on this alone.
type Asker interface {
	Ask(ctx context.Context, req Request) (Answer, error)
}

// DocInfo describes one article, for /start and /sources.
type DocInfo struct {
	Name     string `json:"name"`
	Title    string `json:"title"`
	Subtitle string `json:"subtitle,omitempty"`
	Author   string `json:"author,omitempty"`
	Source   string `json:"source,omitempty"`
	// URL is where the article is published, from a header line
	// "URL: https://…" (also "原文链接：", "来源：" with a link) in the file.
	URL      string   `json:"url,omitempty"`
	Sections []string `json:"sections"`
	// Examples are sample questions, read from <name>.questions beside the
	// article when present (one per line).
	Examples []string `json:"examples,omitempty"`
	Passages int      `json:"passages"`
	Chunks   int      `json:"chunks"`
	// Encoding is the file's encoding when it was decoded from other than
	// UTF-8 (ReadArticles).
	Encoding string `json:"encoding,omitempty"`
	// Unwrapped is how many hard line wraps of the file were joined
	// (ReadArticles).
	Unwrapped int `json:"unwrapped,omitempty"`
}

// Examples are the articles' sample questions (DocInfo.Examples, from
// data/NAME.questions), in order, blank ones left out. A surface that needs
// one and gets none uses a generic example of prompts/texts.
func Examples(docs []DocInfo) []string {
	var ex []string
	for _, d := range docs {
		for _, e := range d.Examples {
			if e = strings.TrimSpace(e); e != "" {
				ex = append(ex, e)
			}
		}
	}
	return ex
}

// SampleQuestions are Examples(docs), or the generic examples of lang's
// catalogue when the articles give none: never empty.
func SampleQuestions(docs []DocInfo, lang string) []string {
	if ex := Examples(docs); len(ex) > 0 {
		return ex
	}
	return texts.For(lang).GenericExamples
}
