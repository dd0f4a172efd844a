// Package texts is the catalogue of what the program says to end users, one
// file per language (en.json, zh.json), embedded into the binary like the
// prompts: the fixed sentences of an answer (not in the article, empty or
// too long question, …), the Telegram bot's messages, menus and profile, and
// the terminal chat's. Someone who does not write Go can read, translate and
// edit them; `go test ./prompts/texts/` checks that both languages have every
// text, with the same format verbs.
//
// Operator advice (how to configure an LLM, why a file cannot be read) is not
// here: it goes to the log and to Go errors, in English. Nor is language data
// the code matches against (punctuation, numerals, refusal patterns).
//
// Each language is loaded once, at start-up, into a [Texts]. The code names
// a text by its Go field, so a misspelt name does not compile; a key in a
// file that Texts does not have stops the program at start-up, and a text a
// file lacks fails the tests.
package texts

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

//go:embed *.json
var files embed.FS

// Texts are the end-user texts of one language. The sections are embedded,
// so a text is named without its section: texts.For(lang).NotFound. Where a
// text is a format, its comment names the verbs in order.
type Texts struct {
	Answer `json:"answer"`
	Bot    `json:"bot"`
	Chat   `json:"chat"`
	// GenericExamples are sample questions for articles without their own
	// (data/NAME.questions).
	GenericExamples []string `json:"genericExamples"`
}

// Answer holds the engine's fixed sentences in an answer, in the question's
// language.
type Answer struct {
	NotFound      string `json:"notFound"`      // the article does not hold the answer
	EmptyQuestion string `json:"emptyQuestion"` // the question is empty
	TooLong       string `json:"tooLong"`       // the question is over the limit
	OtherLanguage string `json:"otherLanguage"` // offline, a question in a language no article is in
	Example       string `json:"example"`       // before an example question, with its trailing space
	Overview      string `json:"overview"`      // heads the overview of the article
	OverviewMany  string `json:"overviewMany"`  // heads the overview of several articles: %d articles
	// NoReason and NoManner answer 为什么 / 怎么 when the article states the
	// thing asked about but no reason or means: the cited sentence would
	// only echo the question's own claim.
	NoReason string `json:"noReason"`
	NoManner string `json:"noManner"`
}

// Bot holds the Telegram bot's own words.
type Bot struct {
	Sources    string `json:"sources"`
	Related    string `json:"related"`
	Paragraph  string `json:"paragraph"` // %d paragraph number
	Ungrounded string `json:"ungrounded"`
	// Unsupported warns under an LLM answer with claims no passage supports.
	Unsupported string `json:"unsupported"`
	// After a refusal with no related passage: what the article covers.
	Covers    string `json:"covers"`
	TryAsking string `json:"tryAsking"`
	// /start: the intro, how to ask (%s bot username), then the examples.
	StartIntro       string    `json:"startIntro"`
	StartHowTo       string    `json:"startHowTo"`
	StartExamples    string    `json:"startExamples"`
	Help             string    `json:"help"`     // %s bot username
	AskUsage         string    `json:"askUsage"` // %s example question
	Reset            string    `json:"reset"`
	SourcesTitle     string    `json:"sourcesTitle"`
	SourcesSections  string    `json:"sourcesSections"`
	SourcesFrom      string    `json:"sourcesFrom"`
	NonText          string    `json:"nonText"`
	Trimmed          string    `json:"trimmed"`     // %d max characters
	RateLimited      string    `json:"rateLimited"` // %d seconds
	NotAllowed       string    `json:"notAllowed"`
	Error            string    `json:"error"`
	Panic            string    `json:"panic"`
	InlineTitle      string    `json:"inlineTitle"`
	Regenerate       string    `json:"regenerate"`     // the 🔁 button
	QuotaQuestions   string    `json:"quotaQuestions"` // %d limit, %02d reset hour
	TokensUsedUp     string    `json:"tokensUsedUp"`   // the day's LLM tokens are used: offline answer
	Usage            string    `json:"usage"`          // %d questions, %s limit, %d tokens, %s limit, %02d reset hour
	UsageTotal       string    `json:"usageTotal"`     // %d users, %d questions, %d tokens
	Unlimited        string    `json:"unlimited"`
	Description      string    `json:"description"`      // %s title — subtitle, %s bot username
	ShortDescription string    `json:"shortDescription"` // %s title
	NArticles        string    `json:"nArticles"`        // %d articles
	InlineOpenChat   string    `json:"inlineOpenChat"`
	Greeting         string    `json:"greeting"` // %s title, %s example, %s bot username
	Thanks           string    `json:"thanks"`   // a vote was recorded
	Asked            string    `json:"asked"`    // prefix for a question asked by button
	Commands         []Command `json:"commands"` // the command menu, the same commands in every language
}

// Command is one entry of the bot's command menu.
type Command struct {
	Name        string `json:"command"` // without the slash
	Description string `json:"description"`
}

// Chat holds the terminal's words: the chat and the text output of
// `articlebot ask`.
type Chat struct {
	ChatIntro   string `json:"chatIntro"`   // %s mode, %s example question
	ChatOffline string `json:"chatOffline"` // the mode without an LLM
	ChatLLM     string `json:"chatLLM"`     // the mode with one: %s model, %s server
	ChatArticle string `json:"chatArticle"` // %s title
	ChatByline  string `json:"chatByline"`  // under ChatArticle: %s source, %s author
	ChatHelp    string `json:"chatHelp"`
	ChatReset   string `json:"chatReset"`
	ChatSources string `json:"chatSources"` // %s title, %s subtitle, %s sections
	ChatError   string `json:"chatError"`   // %s the error
	// The text output of an answer: its warnings and the titles of its lists.
	TextUngrounded  string `json:"textUngrounded"`
	TextUnsupported string `json:"textUnsupported"` // %s the unsupported claims
	TextSources     string `json:"textSources"`
	TextRelated     string `json:"textRelated"`
}

// catalogues maps a language code to its texts: one per embedded file.
var catalogues = mustLoadAll()

// For returns the texts of lang ("zh", "en"), English for any other
// language. The result is shared: do not change it.
func For(lang string) *Texts {
	if t, ok := catalogues[lang]; ok {
		return t
	}
	return catalogues["en"]
}

func mustLoadAll() map[string]*Texts {
	m, err := loadAll()
	if err != nil {
		panic(err)
	}
	return m
}

func loadAll() (map[string]*Texts, error) {
	names, err := files.ReadDir(".")
	if err != nil {
		return nil, err
	}
	m := map[string]*Texts{}
	for _, e := range names {
		b, err := files.ReadFile(e.Name())
		if err != nil {
			return nil, err
		}
		t, err := decode(b)
		if err != nil {
			return nil, fmt.Errorf("prompts/texts/%s: %w", e.Name(), err)
		}
		m[strings.TrimSuffix(e.Name(), path.Ext(e.Name()))] = t
	}
	if m["en"] == nil {
		return nil, errors.New("prompts/texts: no en.json, the fallback language")
	}
	return m, nil
}

// decode reads one catalogue, refusing a key that Texts does not have and
// anything after the object.
func decode(b []byte) (*Texts, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var t Texts
	if err := dec.Decode(&t); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("data after the catalogue")
	}
	return &t, nil
}
