package bot

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"articlebot/prompts/texts"
	"articlebot/rag"
)

// MaxMessageUnits is Telegram's limit on message text, in UTF-16 code units.
// The bot applies it to the HTML source (tags included), which is stricter
// than Telegram's count after entity parsing.
const MaxMessageUnits = 4096

const (
	maxQuoteRunes   = 280 // verbatim quotes longer than this are shortened with …
	maxSectionRunes = 80
)

// escapeHTML escapes what Telegram's HTML parse mode treats as markup.
// Everything the article, the model or the user wrote goes through it.
func escapeHTML(s string) string {
	if !strings.ContainsAny(s, "<>&") {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// utf16Len counts s in UTF-16 code units, as Telegram does.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// clipRunes shortens s to at most n runes, ending with … when cut: the
// engine's rag.ClipRunes, under the name the bot's renderers use.
func clipRunes(s string, n int) string { return rag.ClipRunes(s, n) }

func isSpace(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\u3000' }

// clipUnits shortens s to at most n UTF-16 units, ending with … when cut.
func clipUnits(s string, n int) string {
	if utf16Len(s) <= n {
		return s
	}
	u := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if u+w > n-1 {
			return s[:i] + "…"
		}
		u += w
	}
	return s
}

// unit is an indivisible piece of a message: a sentence of the answer or one
// source entry. HTML is its markup (balanced by itself), Plain its text for
// the plain-text fallback. Quote units go inside the expandable blockquote.
type unit struct {
	HTML, Plain string
	Quote       bool
}

// Part is one message to send: HTML for parse_mode HTML and Plain for the
// resend when Telegram rejects the formatting.
type Part struct {
	HTML, Plain string
}

const (
	quoteOpen  = "<blockquote expandable>"
	quoteClose = "</blockquote>"
)

// renderAnswer turns an answer into message parts within limit UTF-16 units.
// lang selects the labels (the answer's language).
func renderAnswer(a rag.Answer, lang string, prefix []unit, limit int) []Part {
	return renderAnswerWith(a, lang, prefix, nil, nil, limit)
}

// renderAnswerWith is renderAnswer with suffix units after the sources.
// The answer text is the engine's own: a refusal already says the article
// does not answer, so the related passages come under a plain label.
// links maps an article's name to its URL (checked by linkBase):
// citations of it link there.
func renderAnswerWith(a rag.Answer, lang string, prefix, suffix []unit, links map[string]string, limit int) []Part {
	t := texts.For(lang)
	var us []unit
	us = append(us, prefix...)
	if a.Ungrounded {
		w := "⚠️ " + t.Ungrounded + "\n\n"
		us = append(us, unit{HTML: "<i>" + escapeHTML(w) + "</i>", Plain: w})
	}
	body := strings.TrimSpace(a.Answer)
	if body == "" && !a.Found {
		body = texts.For(a.Lang).NotFound
	}
	if body == "" {
		body = "…"
	}
	us = append(us, textUnits(body, limit)...)
	if a.Found && !a.Ungrounded && len(a.Unsupported) > 0 {
		w := "\n\n⚠️ " + t.Unsupported
		us = append(us, unit{HTML: "<i>" + escapeHTML(w) + "</i>", Plain: w})
	}
	cites, label := a.Citations, t.Sources
	if !a.Found {
		cites, label = a.Related, t.Related
	}
	if len(cites) > 0 {
		head := "\n\n" + label
		us = append(us, unit{HTML: escapeHTML("\n\n") + "<b>" + escapeHTML(label) + "</b>", Plain: head})
		said := squeeze(body)
		for i, c := range cites {
			n := c.N
			if n == 0 || !a.Found {
				n = i + 1
			}
			// An answer that is its whole sentence already shows the quote:
			// the entry keeps only where it stands.
			q := squeeze(c.Quote)
			repeated := a.Found && q != "" && strings.Contains(said, q)
			us = append(us, citationUnit(c, n, lang, i == 0, links[c.Doc], repeated, limit))
		}
	}
	us = append(us, suffix...)
	return pack(us, limit)
}

// squeeze drops all white space, to compare texts however they are wrapped.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// citationUnit renders one source entry: number, section, paragraph and the
// verbatim quote, shortened when long; without the quote when the answer
// already repeats it.
// With the article's URL, the heading links to the quoted sentence in it.
func citationUnit(c rag.Citation, n int, lang string, first bool, link string, repeated bool, limit int) unit {
	t := texts.For(lang)
	var loc []string
	if s := strings.TrimSpace(c.Section); s != "" {
		loc = append(loc, clipRunes(s, maxSectionRunes))
	}
	if c.Paragraph > 0 {
		loc = append(loc, fmt.Sprintf(t.Paragraph, c.Paragraph))
	}
	head := fmt.Sprintf("[%d]", n)
	if len(loc) > 0 {
		head += " " + strings.Join(loc, " · ")
	}
	// An entry must fit in one message even when fully escaped (5 units a rune).
	q := clipRunes(strings.Join(strings.Fields(c.Quote), " "), min(maxQuoteRunes, (limit-200)/10))
	sep := "\n"
	if first {
		sep = ""
	}
	headHTML := "<b>" + escapeHTML(head) + "</b>"
	if link != "" {
		if href := withFragment(link, c.Quote); href != "" {
			headHTML = `<a href="` + escapeAttr(href) + `">` + headHTML + "</a>"
		}
	}
	if repeated {
		return unit{HTML: sep + headHTML, Plain: sep + head, Quote: true}
	}
	return unit{
		HTML:  sep + headHTML + "\n" + escapeHTML("“"+q+"”"),
		Plain: sep + head + "\n“" + q + "”",
		Quote: true,
	}
}

// maxLinkBytes bounds a citation link, so an entry always fits a message.
const maxLinkBytes = 1024

// linkBase validates an article URL for citation links: an http(s) URL
// without its fragment, or "".
func linkBase(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if raw == "" || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment, u.RawFragment = "", ""
	return u.String()
}

// fragmentLink links to quote inside the page at base with a text fragment
// (#:~:text=start,end; browsers that lack them open the page): the whole
// quote when short, else its first and last ten characters. "" when base
// is not an http(s) URL or the link would be too long.
func fragmentLink(base, quote string) string {
	href := linkBase(base)
	if href == "" {
		return ""
	}
	return withFragment(href, quote)
}

// fragmentEscaper turns query escaping into text-fragment escaping: a
// space is %20 (a + would be literal), and '-' is reserved there.
var fragmentEscaper = strings.NewReplacer("+", "%20", "-", "%2D")

// withFragment adds the text fragment of quote to a checked base.
func withFragment(href, quote string) string {
	enc := func(s string) string {
		return fragmentEscaper.Replace(url.QueryEscape(strings.Join(strings.Fields(s), " ")))
	}
	q := strings.TrimSpace(quote)
	switch n := utf8.RuneCountInString(q); {
	case n == 0:
	case n <= 24:
		href += "#:~:text=" + enc(q)
	default:
		head, tail := 0, len(q)
		for i := 0; i < 10; i++ {
			_, w := utf8.DecodeRuneInString(q[head:])
			head += w
			_, w = utf8.DecodeLastRuneInString(q[:tail])
			tail -= w
		}
		href += "#:~:text=" + enc(q[:head]) + "," + enc(q[tail:])
	}
	if len(href) > maxLinkBytes {
		return ""
	}
	return href
}

// escapeAttr escapes a value for a double-quoted HTML attribute.
func escapeAttr(s string) string {
	return strings.ReplaceAll(escapeHTML(s), `"`, "&quot;")
}

// textUnits splits plain text into sentence units, escaped. A sentence longer
// than a message is cut at rune boundaries.
func textUnits(s string, limit int) []unit {
	var us []unit
	for _, sent := range sentences(s) {
		for _, piece := range hardSplit(sent, limit-len(quoteOpen)-len(quoteClose)) {
			us = append(us, unit{HTML: escapeHTML(piece), Plain: piece})
		}
	}
	return us
}

// sentences splits s where the engine's splitter (rag.SplitSentences) ends
// its sentences, keeping every character: a unit never ends inside a
// sentence, and the bot splits exactly where the citations do.
func sentences(s string) []string {
	var out []string
	prev := 0
	for _, sp := range rag.SplitSentences(s) {
		if sp.End > prev {
			out = append(out, s[prev:sp.End])
			prev = sp.End
		}
	}
	if prev < len(s) {
		out = append(out, s[prev:])
	}
	return out
}

// hardSplit cuts plain text into pieces whose escaped form fits in limit units.
func hardSplit(s string, limit int) []string {
	if utf16Len(escapeHTML(s)) <= limit {
		return []string{s}
	}
	var out []string
	var b strings.Builder
	n := 0
	for _, r := range s {
		w := 1
		switch {
		case r >= 0x10000:
			w = 2
		case r == '<' || r == '>':
			w = 4
		case r == '&':
			w = 5
		}
		if n+w > limit && b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
			n = 0
		}
		b.WriteRune(r)
		n += w
	}
	if b.Len() > 0 {
		out = append(out, b.String())
	}
	return out
}

// pack fills messages greedily with whole units, opening and closing the
// blockquote within each message, so no message is cut inside a tag.
func pack(us []unit, limit int) []Part {
	var parts []Part
	var h, p strings.Builder
	size, inQuote, hasContent := 0, false, false
	flush := func() {
		if inQuote {
			h.WriteString(quoteClose)
		}
		html, plain := strings.TrimSpace(h.String()), strings.TrimSpace(p.String())
		if hasContent && plain != "" {
			parts = append(parts, Part{HTML: html, Plain: plain})
		}
		h.Reset()
		p.Reset()
		size, inQuote, hasContent = 0, false, false
	}
	overhead := utf16Len(quoteOpen) + utf16Len(quoteClose)
	var fitted []unit
	for _, u := range us {
		if utf16Len(u.HTML)+overhead <= limit {
			fitted = append(fitted, u)
			continue
		}
		// Too big for any message (not expected from the renderer): fall
		// back to its text, cut and escaped, so no tag is ever split.
		for _, piece := range hardSplit(u.Plain, limit-overhead) {
			fitted = append(fitted, unit{HTML: escapeHTML(piece), Plain: piece, Quote: u.Quote})
		}
	}
	for _, u := range fitted {
		cost := utf16Len(u.HTML)
		extra := 0
		if u.Quote && !inQuote {
			extra = utf16Len(quoteOpen) + utf16Len(quoteClose)
		} else if inQuote {
			extra = 0 // close already counted
		}
		if hasContent && size+cost+extra > limit {
			flush()
			if u.Quote {
				extra = utf16Len(quoteOpen) + utf16Len(quoteClose)
			}
			u.HTML = strings.TrimLeft(u.HTML, "\n")
			u.Plain = strings.TrimLeft(u.Plain, "\n")
			cost = utf16Len(u.HTML)
		}
		if u.Quote && !inQuote {
			h.WriteString(quoteOpen)
			inQuote = true
		} else if !u.Quote && inQuote {
			h.WriteString(quoteClose)
			inQuote = false
			size -= 0 // the close was counted with the open
		}
		h.WriteString(u.HTML)
		p.WriteString(u.Plain)
		size += cost + extra
		hasContent = true
	}
	flush()
	return parts
}

// plainPreview is the text of a streaming preview: the answer so far,
// plain, clipped to one message.
func plainPreview(s string) string {
	return clipUnits(strings.TrimSpace(s), MaxMessageUnits)
}

// renderInline renders an answer as the single message an inline result
// can carry: when the full rendering needs several messages, the answer and
// the quotes are shortened so that the sources still fit.
func renderInline(a rag.Answer, lang string, prefix []unit, links map[string]string) []Part {
	parts := renderAnswerWith(a, lang, prefix, nil, links, MaxMessageUnits)
	for _, quote := range []int{100, 40} {
		if len(parts) == 1 {
			break
		}
		short := a
		short.Answer = clipRunes(a.Answer, 1200)
		short.Citations = shortQuotes(a.Citations, quote)
		short.Related = shortQuotes(a.Related, quote)
		parts = renderAnswerWith(short, lang, prefix, nil, links, MaxMessageUnits)
	}
	return parts[:1]
}

func shortQuotes(cs []rag.Citation, n int) []rag.Citation {
	out := make([]rag.Citation, len(cs))
	for i, c := range cs {
		c.Quote = clipRunes(c.Quote, n)
		out[i] = c
	}
	return out
}
