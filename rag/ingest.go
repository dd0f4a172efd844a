package rag

import (
	"context"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Passage kinds.
const (
	KindText    = "text"
	KindCaption = "caption"
	KindByline  = "byline"
	KindHeading = "heading"
)

// Passage is one paragraph of an article, kept once.
type Passage struct {
	Doc       string
	Section   string
	Paragraph int    // 1-based over the kept passages of the article
	Start     int    // byte offsets of Text in the article file
	End       int    //
	Kind      string // KindText, KindCaption, KindByline, KindHeading
	Text      string // the file's bytes at [Start, End), trimmed
	// Truncated marks a paragraph cut off mid-sentence by the scraper.
	Truncated bool
}

// IngestStats says what ingestion found in one article.
type IngestStats struct {
	Blocks     int // non-empty blocks in the file
	Passages   int // kept
	Duplicates int // dropped as repeats of a kept passage
	Captions   int
	Bylines    int
	Headings   int
	Truncated  int
	Sections   int
	Dropped    int // blocks with no letters or digits ("……")
}

// Document is an ingested article.
type Document struct {
	Info     DocInfo
	Passages []Passage
	Stats    IngestStats
}

var (
	// Photo captions end with the photographer's credit: "记者 尹诗语 摄/视觉重庆".
	// "图" alone is not enough: "共绘新蓝图" is a heading-like line.
	captionRe = regexp.MustCompile(`(?:摄|供图)\s*(?:/\s*\S{1,12})?$|^(?:图|图为|图片)[：:]`)
	// A byline names the reporter, often behind a ■ or ●: "■新重庆-重庆日报记者 唐琴".
	// urlLineRe is a block that only gives the article's address.
	urlLineRe = regexp.MustCompile(`^(?i:url|link|source|原文链接|原文|链接|来源)\s*[:：]\s*(https?://\S+)$`)
	bylineRe  = regexp.MustCompile(`^[■●◆▲]?\s*(\S*?)(?:首席记者|记者|通讯员|特约撰稿)\s*([\p{Han}·]{2,4}(?:\s+[\p{Han}·]{2,4})*)$`)
	// An English byline: "By Sarah Mills, March 3, 2025".
	// A one-word name takes no clause after it ("By Reuters", not "By
	// Tuesday, most homes had power").
	// A news agency's dateline names its reporters in brackets before the
	// first sentence: "新华社杭州5月8日电（记者王晓明）", "本报讯（记者 张三 李四）".
	datelineRe = regexp.MustCompile(`^[^。！？：:“”"，,]{0,40}?(?:电|讯)\s*[（(][^）)]*?(?:首席记者|特派记者|记者)\s*([\p{Han}·]{2,4}(?:[、 ][\p{Han}·]{2,4})*)\s*[）)]`)
	// A Markdown heading line, which makes a file's headings marked ones.
	markdownHeadingRe = regexp.MustCompile(`(?m)^#{1,6}\s`)
	// A Chinese section number: "一、", "第二章 ", "第3节".
	sectionNumberRe = regexp.MustCompile(`^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十百零〇\d]{1,4}[章节部分篇条]\s*)`)
	enBylineRe      = regexp.MustCompile(`^By (?:(\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){1,3})(?:,[^.!?]*)?|(\p{Lu}[\p{L}'.-]*))$`)
)

// Ingest parses an article: markdown headings become sections, repeated
// paragraphs are kept once, captions and the byline are marked, and each
// passage keeps its byte offsets in text. name identifies the article.
func Ingest(name, text string) Document {
	doc, _ := ingest(context.Background(), name, text, nil)
	return doc
}

// ingestProgressEvery is how many bytes of text ingest handles between
// two checks of its context and two progress reports.
const ingestProgressEvery = 256 << 10

// ingest is Ingest that stops when ctx ends and reports how many bytes of
// text it has read. Its cost is linear in the text: repeats are found
// through a fingerprint index of the kept passages (repeatIndex), not by
// comparing every block with every kept passage.
func ingest(ctx context.Context, name, text string, progress func(done, total int)) (Document, error) {
	doc := Document{Info: DocInfo{Name: name}}
	seen := map[string]bool{}
	var kept repeatIndex // normalised texts of kept passages, to find contained repeats
	section := ""
	para := 0
	textSeen := false // a text passage came: a dateline stands only in the first
	// a plain text file's headings are lines of their own (plainHeading); a
	// Markdown file's are marked
	markdown := markdownHeadingRe.MatchString(text)
	nextReport := 0
	blocks := splitBlocks(text)
	for _, b := range blocks {
		if b.Start >= nextReport {
			if err := ctx.Err(); err != nil {
				return Document{}, err
			}
			if progress != nil {
				progress(b.Start, len(text))
			}
			nextReport = b.Start + ingestProgressEvery
		}
		raw := text[b.Start:b.End]
		doc.Stats.Blocks++
		if m := urlLineRe.FindStringSubmatch(strings.TrimSpace(raw)); m != nil {
			// A metadata line, not article text.
			if doc.Info.URL == "" {
				doc.Info.URL = m[1]
			}
			continue
		}
		level := 0
		if strings.HasPrefix(raw, "#") {
			level = len(raw) - len(strings.TrimLeft(raw, "#"))
		} else if !markdown {
			level = plainHeading(raw, doc.Info.Title == "" && doc.Stats.Blocks == 1 && len(blocks) > 1)
		}
		if level > 0 {
			h := strings.TrimSpace(strings.TrimLeft(raw, "#"))
			if h == "" {
				continue
			}
			doc.Stats.Headings++
			switch {
			case level == 1 && doc.Info.Title == "":
				doc.Info.Title = h
			case level == 2 && doc.Info.Subtitle == "" && doc.Stats.Passages == 0:
				doc.Info.Subtitle = h
				section = h
				doc.Info.Sections = append(doc.Info.Sections, h)
			default:
				section = h
				doc.Info.Sections = append(doc.Info.Sections, h)
			}
			// Headings are passages too: "文章的标题是什么" has an answer.
			s, e := b.Start+(len(raw)-len(strings.TrimLeft(raw, "#"))), b.End
			s, e = trimSpan(text, s, e)
			para++
			doc.Passages = append(doc.Passages, Passage{Doc: name, Section: section, Paragraph: para, Start: s, End: e, Kind: KindHeading, Text: text[s:e]})
			continue
		}
		if !hasWordRune(raw) {
			doc.Stats.Dropped++
			continue
		}
		norm := compactKey(raw)
		if seen[norm] || kept.containedIn(norm) {
			doc.Stats.Duplicates++
			continue
		}
		if i := kept.extendedBy(norm); i >= 0 && kept.passage[i] == len(doc.Passages)-1 {
			// a cut-short copy came just before: the full paragraph takes its
			// place. (With passages between them, it does not: passages stay
			// in the file's order, and the short copy stays as it is.)
			doc.Stats.Duplicates++
			kept.replace(i, norm)
			seen[norm] = true
			j := kept.passage[i]
			old := doc.Passages[j]
			doc.Passages[j] = Passage{Doc: name, Section: old.Section, Paragraph: old.Paragraph, Start: b.Start, End: b.End, Kind: old.Kind, Text: raw, Truncated: endsMidSentence(raw)}
			if old.Truncated && !doc.Passages[j].Truncated {
				doc.Stats.Truncated--
			}
			continue
		}
		seen[norm] = true
		kept.add(norm, len(doc.Passages))
		p := Passage{Doc: name, Section: section, Start: b.Start, End: b.End, Kind: KindText, Text: raw}
		switch {
		case isByline(raw):
			p.Kind = KindByline
			doc.Stats.Bylines++
			if m := bylineRe.FindStringSubmatch(strings.TrimSpace(raw)); m != nil {
				if doc.Info.Author == "" {
					doc.Info.Author = m[2]
				}
				if doc.Info.Source == "" && m[1] != "" {
					doc.Info.Source = strings.TrimRight(m[1], "-－—")
				}
			}
			if m := enBylineRe.FindStringSubmatch(strings.TrimSpace(raw)); m != nil && doc.Info.Author == "" {
				doc.Info.Author = m[1] + m[2]
			}
		case isCaption(raw):
			p.Kind = KindCaption
			doc.Stats.Captions++
		default:
			if doc.Info.Subtitle != "" && strings.HasPrefix(raw, "——") && doc.Stats.Passages == 0 {
				// "——从国新办新闻发布会看……": the subtitle's second line.
				doc.Info.Subtitle += raw
				p.Kind = KindHeading
			}
			if m := datelineRe.FindStringSubmatch(raw); m != nil && doc.Info.Author == "" && !textSeen {
				doc.Info.Author = m[1]
			}
			textSeen = true
			if endsMidSentence(raw) {
				p.Truncated = true
				doc.Stats.Truncated++
			}
		}
		para++
		p.Paragraph = para
		doc.Passages = append(doc.Passages, p)
		doc.Stats.Passages++
	}
	if progress != nil {
		progress(len(text), len(text))
	}
	if doc.Info.Title == "" {
		doc.Info.Title = name
	}
	doc.Stats.Sections = len(doc.Info.Sections)
	doc.Info.Passages = doc.Stats.Passages
	return doc, nil
}

// splitBlocks returns the blocks of text separated by blank lines (lines of
// whitespace only) as trimmed byte spans. Markdown hard breaks (two trailing
// spaces) stay inside a block.
func splitBlocks(text string) []Span {
	var out []Span
	blockStart := -1
	flush := func(end int) {
		if blockStart >= 0 {
			if s, e := trimSpan(text, blockStart, end); e > s {
				out = append(out, Span{s, e})
			}
		}
		blockStart = -1
	}
	for pos := 0; pos < len(text); {
		nl := strings.IndexByte(text[pos:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = pos + nl
		}
		if strings.TrimSpace(text[pos:lineEnd]) == "" {
			flush(pos)
		} else if blockStart < 0 {
			blockStart = pos
		}
		pos = lineEnd + 1
	}
	flush(len(text))
	return out
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// compactKey is the text with all whitespace removed, for duplicate tests.
func compactKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if !unicode.IsSpace(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isCaption(s string) bool {
	s = strings.TrimSpace(s)
	return utf8.RuneCountInString(s) <= 160 && !strings.Contains(s, "\n") && captionRe.MatchString(s)
}

// plainHeadingRunes bounds a heading line of a plain text file.
const plainHeadingRunes = 40

// plainHeading is the level of a heading in a plain text file (0 for
// text): a line of its own, short and without an end mark, that is the
// file's first block (its title, level 1) or that a Chinese section number
// starts ("一、补贴对象", "第二章 总则": level 2). A list item ("（一）…；")
// ends with a mark and stays text.
func plainHeading(raw string, first bool) int {
	s := strings.TrimSpace(raw)
	if s == "" || strings.Contains(s, "\n") || utf8.RuneCountInString(s) > plainHeadingRunes {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	if !unicode.IsLetter(r) && !unicode.IsNumber(r) && !isCloser(r) {
		return 0
	}
	switch {
	case SectionName(s) != s && SectionName(s) != "":
		return 2
	case first && !strings.ContainsAny(s, "，,。；;"):
		// a title has no clause in it; a first paragraph cut short does
		return 1
	}
	return 0
}

// SectionName is a heading without its Chinese section number ("一、补贴
// 对象" → "补贴对象").
func SectionName(h string) string {
	return strings.TrimSpace(sectionNumberRe.ReplaceAllString(h, ""))
}

func isByline(s string) bool {
	s = strings.TrimSpace(s)
	n := utf8.RuneCountInString(s)
	return n <= 40 && bylineRe.MatchString(s) || n <= 80 && enBylineRe.MatchString(s)
}

// endsMidSentence reports a paragraph whose last rune is not a sentence end.
func endsMidSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	if isSentenceEnd(r) || isCloser(r) || r == '.' || r == '：' || r == ':' {
		return false
	}
	return true
}
