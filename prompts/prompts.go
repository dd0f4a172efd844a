// Package prompts holds the prompt templates of the generative path as plain
// text files (system.tmpl, answer.tmpl, rewrite.tmpl, rewrite_input.tmpl), embedded into the
// binary. Someone who does not write Go can read and edit them; the Go here
// only renders them.
//
// The renderers neutralise the characters that could break the templates'
// delimiters: "<" and ">" inside article text, questions and history (each
// history turn also on one line) become
// their full-width forms, so a passage can never close a <source> tag and
// pretend to be an instruction. Template editors need not think about it.
package prompts

import (
	"bytes"
	"embed"
	"fmt"
	"strings"
	"text/template"
)

//go:embed *.tmpl
var files embed.FS

// NotFoundMarker is what the model writes when the sources do not hold the
// answer; the code looks for it. The templates receive it as .NotFoundMarker.
const NotFoundMarker = "NOT_IN_ARTICLE"

var tmpl = template.Must(template.New("prompts").Option("missingkey=error").ParseFS(files, "*.tmpl"))

// Source is one numbered passage of the answer turn.
type Source struct {
	N         int
	Doc       string
	Section   string
	Paragraph int
	Kind      string // "text", "caption", "byline", "heading"
	Text      string
}

// Turn is one earlier exchange of the conversation.
type Turn struct {
	Question string
	Answer   string
}

// SystemData fills system.tmpl.
type SystemData struct {
	LangName       string // the language to answer in, e.g. "English"
	NotFoundMarker string // defaults to NotFoundMarker
}

// AnswerData fills answer.tmpl.
type AnswerData struct {
	Sources []Source
	// History is the earlier conversation, quoted inside the user message as
	// context: a client's answers are never sent as assistant turns.
	History        []Turn
	Question       string
	LangName       string
	NotFoundMarker string // defaults to NotFoundMarker
}

// RewriteData fills rewrite.tmpl (the system message) and
// rewrite_input.tmpl (the user message).
type RewriteData struct {
	History     []Turn
	Question    string
	ArticleLang string // defaults to "Chinese (简体中文)"
}

// LangName names a language code of rag.DetectLang for the prompts.
func LangName(code string) string {
	switch code {
	case "zh":
		return "Chinese (简体中文)"
	case "en":
		return "English"
	}
	return "the language of the question"
}

// System renders the system prompt.
func System(d SystemData) (string, error) {
	if d.NotFoundMarker == "" {
		d.NotFoundMarker = NotFoundMarker
	}
	return render("system.tmpl", d)
}

// Answer renders the answer turn: numbered sources inside <sources>, then the
// question.
func Answer(d AnswerData) (string, error) {
	if d.NotFoundMarker == "" {
		d.NotFoundMarker = NotFoundMarker
	}
	src := make([]Source, len(d.Sources))
	for i, s := range d.Sources {
		s.Doc, s.Section, s.Kind = Neutralise(attr(s.Doc)), Neutralise(attr(s.Section)), Neutralise(attr(s.Kind))
		s.Text = Neutralise(s.Text)
		src[i] = s
	}
	d.Sources = src
	d.History = neutralTurns(d.History)
	d.Question = oneLine(Neutralise(d.Question))
	return render("answer.tmpl", d)
}

// RewritePrompt is the query rewrite's two messages: the instructions as
// the system message, the untrusted conversation and question, delimited,
// as the user message.
type RewritePrompt struct {
	System, User string
}

// Rewrite renders the query-rewrite prompt.
func Rewrite(d RewriteData) (RewritePrompt, error) {
	if d.ArticleLang == "" {
		d.ArticleLang = LangName("zh")
	}
	d.History = neutralTurns(d.History)
	d.Question = oneLine(Neutralise(d.Question))
	sys, err := render("rewrite.tmpl", d)
	if err != nil {
		return RewritePrompt{}, err
	}
	user, err := render("rewrite_input.tmpl", d)
	return RewritePrompt{System: sys, User: user}, err
}

// neutralTurns neutralises earlier turns like questions, each on one line,
// so that no turn can close a tag or fake a "User:" line of its own.
func neutralTurns(h []Turn) []Turn {
	if len(h) == 0 {
		return nil
	}
	out := make([]Turn, len(h))
	for i, t := range h {
		out[i] = Turn{Question: oneLine(Neutralise(t.Question)), Answer: oneLine(Neutralise(t.Answer))}
	}
	return out
}

var neutraliser = strings.NewReplacer("<", "＜", ">", "＞")

// Neutralise replaces "<" and ">" by their full-width forms so that text
// cannot open or close the prompts' delimiter tags.
func Neutralise(s string) string {
	if !strings.ContainsAny(s, "<>") {
		return s
	}
	return neutraliser.Replace(s)
}

// attr makes s safe inside a double-quoted attribute on one line.
func attr(s string) string {
	return strings.NewReplacer(`"`, "＂", "\n", " ", "\r", " ").Replace(s)
}

// oneLine keeps a history line from faking a "User:" line of its own.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func render(name string, data any) (string, error) {
	var b bytes.Buffer
	if err := tmpl.ExecuteTemplate(&b, name, data); err != nil {
		return "", fmt.Errorf("render prompt %s: %w", name, err)
	}
	return strings.TrimSpace(b.String()) + "\n", nil
}
