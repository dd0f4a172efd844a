// Package extract is the offline answerer: it answers a question with a
// short span of the article and cites the sentence that holds it, verbatim,
// with its byte offsets. It needs no network and no model server.
//
// Sentences are scored by a logistic regression over matching features
// (BM25, weighted term coverage, the longest common run, whether the kind of
// value asked for is present, the neighbours' coverage); spans of the best
// sentences by a second one (alignment with the question's words around its
// question word, clause and entity boundaries, distance to the matched
// words, overlap with the question); a third decides from the best answer's
// scores whether the article answers at all. The weights are fitted on data
// by cmd/extract-train and committed as model.json.
package extract

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"articlebot/prompts/texts"
	"articlebot/rag"
)

// Answerer answers questions from the engine's articles alone. It
// implements rag.Asker and is safe for concurrent use.
type Answerer struct {
	// Limits bound every request at Ask's entry (rag.Limits.Clip); zero
	// fields are the defaults. Set them before the first Ask.
	Limits rag.Limits

	e   Source
	tb  *table
	m   *Model
	log *slog.Logger

	docs     []rag.DocInfo
	warnOnce sync.Once
}

var _ rag.Asker = (*Answerer)(nil)

// Source is what the answerer reads: the engine's chunks, article texts and
// retrieval (*rag.Engine satisfies it).
type Source interface {
	Chunks() []rag.Chunk
	Article(name string) string
	Docs() []rag.DocInfo
	Retrieve(ctx context.Context, query string, k int) ([]rag.Hit, error)
}

// New builds the answerer's sentence table from the engine's chunks and
// loads the committed model. A nil log discards.
func New(e Source, log *slog.Logger) (*Answerer, error) {
	m, err := DefaultModel()
	if err != nil {
		return nil, err
	}
	return NewWithModel(e, m, log), nil
}

// NewWithModel is New with a given model (training and tests).
func NewWithModel(e Source, m *Model, log *slog.Logger) *Answerer {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Answerer{e: e, tb: newTable(e.Chunks(), e.Article), m: m, log: log, docs: e.Docs()}
}

// Retrieve is the engine's fused retrieval, so the answerer can stand where
// the LLM path wants both a retriever and an offline fallback.
func (x *Answerer) Retrieve(ctx context.Context, query string, k int) ([]rag.Hit, error) {
	return x.e.Retrieve(ctx, query, k)
}

// Docs describes the articles.
func (x *Answerer) Docs() []rag.DocInfo { return x.docs }

// maxCandidates is how many sentences are scored directly; larger articles
// are narrowed by the engine's retrieval first.
const maxCandidates = 3000

// retrieveChunks is how many chunks are read when narrowing.
const retrieveChunks = 40

// topSentences is how many of the best sentences offer answer spans.
const topSentences = 3

// historyRunes bounds the previous question a follow-up borrows from.
const historyRunes = 200

// Ask answers one question.
func (x *Answerer) Ask(ctx context.Context, req rag.Request) (rag.Answer, error) {
	t0 := time.Now()
	req, err := x.Limits.Clip(req) // the one budget of a request (rag/limits.go)
	if err != nil {
		return x.Limits.ErrorAnswer(req, err), nil
	}
	a := x.answer(ctx, req)
	a.TookMS = float64(time.Since(t0).Microseconds()) / 1000
	return a, nil
}

// result is the best answer found for a question, before rendering.
type result struct {
	q      *question
	cands  []cand
	best   *span
	second *cand
	decide []float64
	p      float64
}

func (x *Answerer) answer(ctx context.Context, req rag.Request) rag.Answer {
	q := strings.TrimSpace(req.Question)
	lang := rag.DetectLang(q)
	a := rag.Answer{Question: req.Question, Mode: rag.ModeExtractive, Citations: []rag.Citation{}, Lang: lang}
	switch {
	case q == "":
		a.Error = "empty question"
		a.Answer = texts.For(lang).EmptyQuestion
		return a
	}
	if x.isOverview(q) {
		return x.overview(a) // in the article's words, whatever the language
	}
	if !x.tb.hasLang(lang) {
		x.warnOnce.Do(func() {
			x.log.Warn("a question came in a language no article is in; offline answers cannot translate (configure an LLM with OPENAI_BASE_URL to answer it)", "lang", lang)
		})
		a.Answer = texts.For(lang).OtherLanguage
		if ex := x.example(); ex != "" {
			a.Answer += " " + texts.For(lang).Example + ex
		}
		a.Note = "offline mode cannot translate the question"
		return a
	}
	prev := ""
	if n := len(req.History); n > 0 {
		prev = clipRunes(req.History[n-1].Question, historyRunes)
	}
	r := x.solve(ctx, q, prev)
	// a role, a definition, a speaker or what they said is the answer as
	// it stands: answerText never grows it to its sentence
	if w, ok := x.whoWrote(r.q); ok {
		w.fixed = true
		r.best, r.p, r.second = &w, 1, nil
	} else if w, ok := x.whoIs(r.q); ok {
		w.fixed = true
		r.best, r.p, r.second = &w, 1, nil
	} else if w, ok := x.whatIs(r.q); ok {
		w.fixed = true
		r.best, r.p, r.second = &w, 1, nil
	} else if sp, ok := x.whoBy(r); ok {
		sp.fixed, sp.name = true, true
		r.best = &sp
	} else if sp, ok := x.whoSaid(r); ok {
		sp.fixed = true
		r.best = &sp
	} else if sp, ok := x.whatSaid(r); ok {
		sp.fixed = true
		r.best = &sp
	}
	if r.best == nil || !r.best.fixed {
		// a heading names what its section says: a question it answers
		// all of ("补贴标准是什么？") gets the section, unless a rule above
		// answered it or it asks for a number or a date the model found
		// there
		var keep *span
		if r.q.typed() && r.best != nil && r.p >= x.m.Threshold {
			keep = r.best
		}
		if sa, ok := x.sectionAnswer(r.q, keep, a); ok {
			return sa
		}
	}
	if r.best != nil && r.p >= x.m.Threshold && x.echoesClaim(r) {
		// 为什么/怎么 answered by the question's own claim: the article
		// states the thing but not why or how
		a.Answer = texts.For(lang).NoReason
		if r.q.kind == "manner" {
			a.Answer = texts.For(lang).NoManner
		}
		a.Related = []rag.Citation{x.cite(r.best.si, 1)}
		a.TopScore = r.p
		return a
	}
	if r.best == nil || r.p < x.m.Threshold {
		a.Answer = texts.For(lang).NotFound
		a.Related = x.related(r)
		for _, c := range r.cands[:min(1, len(r.cands))] {
			a.TopScore = c.p
		}
		return a
	}
	a.Found = true
	a.TopScore = r.p
	first, text := x.withReason(r)
	a.Citations = append(a.Citations, x.citeRun(first, r.best.si, 1))
	markers := " [1]"
	if r.second != nil && (r.second.si < first || r.second.si > r.best.si) {
		a.Citations = append(a.Citations, x.cite(r.second.si, 2))
		markers += "[2]"
	}
	a.Answer = text + markers
	return a
}

// solve finds the best answer span for q (a follow-up of prev when prev is
// set and q has no question word of its own).
func (x *Answerer) solve(ctx context.Context, q, prev string) result {
	qa := analyse(q, x.tb)
	if prev != "" && (qa.whStart < 0 || utf8.RuneCountInString(q) < 8) {
		pq := analyse(prev, x.tb)
		if qa.whStart < 0 {
			qa.kind, qa.measure = pq.kind, pq.measure
		}
		for _, h := range pq.uniKeys {
			if _, ok := qa.uni[h]; !ok {
				w := pq.uni[h]
				qa.uniKeys = append(qa.uniKeys, h)
				qa.uni[h] = 0.3 * w
				qa.uniW += 0.3 * w
			}
		}
		for _, h := range pq.biKeys {
			if _, ok := qa.bi[h]; !ok {
				w := pq.bi[h]
				qa.biKeys = append(qa.biKeys, h)
				qa.bi[h] = 0.3 * w
				qa.biW += 0.3 * w
			}
		}
	}
	r := result{q: qa}
	if len(qa.uni) == 0 && len(qa.bi) == 0 {
		return r
	}
	ids := x.candidates(ctx, q+" "+prev, rag.DetectLang(q))
	r.cands = x.scoreSentences(qa, ids)
	var all []span
	for _, c := range r.cands[:min(topSentences, len(r.cands))] {
		all = append(all, x.spans(qa, c)...)
	}
	// the spans' logits were computed with their features (spans)
	ps := make([]float64, len(all))
	for i := range all {
		ps[i] = all[i].logit
	}
	normalize(ps)
	var best *span
	for i, p := range ps {
		all[i].p = p
		if best == nil || all[i].sel > best.sel {
			best = &all[i]
		}
	}
	if best == nil {
		return r
	}
	if t := x.tighten(qa, best, all); t != nil {
		best = t
	}
	r.best = best
	top := r.cands[0]
	for i := range r.cands {
		if r.cands[i].si == best.si {
			top = r.cands[i]
		}
	}
	r.decide = x.decideFeatures(qa, top, best)
	r.p = sigmoid(x.m.Decide.logit(r.decide))
	for i := range r.cands[:min(2, len(r.cands))] {
		c := &r.cands[i]
		if c.si != best.si && c.p >= x.m.Cite2 {
			r.second = c
			break
		}
	}
	return r
}

// tighten narrows an English answer to a count or measure to the amount it
// holds: "How fast were the winds?" is answered "110 kilometres per hour",
// not "reached 110 kilometres per hour at the airport". The span model was
// fitted mostly on Chinese, where such a span is short already; nil when
// best holds no such amount or is one.
func (x *Answerer) tighten(q *question, best *span, all []span) *span {
	if q.kind != "number" || !q.english() || !mostlyLatin(x.tb.sents[best.si].rs) {
		return nil
	}
	var out *span
	for i := range all {
		sp := &all[i]
		if sp.si != best.si || sp.a < best.a || sp.b > best.b || sp.b-sp.a == best.b-best.a || sp.x[spanTyped] == 0 || sp.x[spanWant] == 0 {
			continue
		}
		if out == nil || sp.sel > out.sel {
			out = sp
		}
	}
	return out
}

// candidates are the sentence indexes to score: every sentence in the
// question's language for a normal article, the retrieved ones for a big
// one.
func (x *Answerer) candidates(ctx context.Context, query, lang string) []int {
	var ids []int
	if len(x.tb.sents) <= maxCandidates {
		for i := range x.tb.sents {
			if x.tb.langs[x.tb.sents[i].chunk.Doc] == lang && !isQuestion(&x.tb.sents[i]) {
				ids = append(ids, i)
			}
		}
		return ids
	}
	hits, err := x.e.Retrieve(ctx, query, retrieveChunks)
	if err != nil {
		x.log.Warn("retrieval failed; no candidates", "err", err)
		return nil
	}
	want := map[[2]int]bool{}
	for _, h := range hits {
		want[[2]int{h.Start, h.End}] = true
	}
	// sentences whose bytes fall inside a retrieved chunk of the same doc
	type span struct {
		doc        string
		start, end int
	}
	var spans []span
	for _, h := range hits {
		spans = append(spans, span{h.Doc, h.Start, h.End})
	}
	for i := range x.tb.sents {
		s := &x.tb.sents[i]
		for _, sp := range spans {
			if s.chunk.Doc == sp.doc && s.start >= sp.start && s.end <= sp.end && !isQuestion(s) {
				ids = append(ids, i)
				break
			}
		}
	}
	return ids
}

func (x *Answerer) decideFeatures(q *question, c cand, sp *span) []float64 {
	// question terms no sentence holds
	missing := func(w map[uint64]float64, keys []uint64, total float64) (share, top float64) {
		var m float64
		for _, h := range keys {
			x2 := w[h]
			if x.tb.df[h] == 0 {
				m += x2
				top = max(top, x2)
			}
		}
		if total > 0 {
			share = m / total
		}
		return share, top
	}
	missUni, maxUni := missing(q.uni, q.uniKeys, q.uniW)
	missBi, maxBi := missing(q.bi, q.biKeys, q.biW)
	covBi := c.covBi
	if len(q.biKeys) == 0 && mostlyLatin(q.rs) {
		// English words make no bigrams here (a space breaks them), and a
		// word is what a Han bigram is: the unit of meaning the decision
		// was fitted on
		covBi, missBi = c.covUni, x.tb.missingWords(q)
	}
	s := &x.tb.sents[sp.si]
	typed := q.typed()
	wantMissing := typed && !hasKind(q.kind, q.measure, s.rs[sp.a:sp.b])
	sentMissing := typed && !hasKind(q.kind, q.measure, s.rs)
	base := []float64{1, c.p, sp.p, c.covUni, covBi, missUni, missBi, max(maxUni, maxBi) / 10, b2f(wantMissing), c.lcs, b2f(sentMissing), c.x[sentRare], sp.x[spanLocal],
		x.attrAbsent(q), b2f(q.kind == "time" && !dateLike(s.rs[sp.a:sp.b]))}
	out := make([]float64, 2*len(base))
	copy(out, base)
	for i, v := range base {
		out[len(base)+i] = v * x.tb.long
	}
	return out
}

// attrRunes is how many runes on each side of the question word name what
// is asked (时速 in 复兴号列车的设计时速是多少, 颜色 in 身体是什么颜色). On
// 4-fold cross-validation, with the sentence features attr_uni and attr_bi
// (question.attrUni, attrBi): 2 → CMRC hit 0.660, F1 0.567, cite 0.830,
// unanswerable refused 0.932, seed near misses 0.24; 4 → 0.654, 0.568,
// 0.823, 0.924, 0.21 (without those features: 0.651, 0.563, 0.830, 0.924,
// 0.21).
const attrRunes = 2

// attrAbsent is the weighted share of the bigrams next to the question word
// that no sentence of the articles holds: a question about a thing the
// article names, asking what it does not say (its design speed).
func (x *Answerer) attrAbsent(q *question) float64 {
	if q.attrBi.total == 0 {
		return 0
	}
	return 1 - q.attrBi.coverage(x.tb.df)
}

// cite makes citation n of sentence si: the sentence verbatim with its byte
// offsets; a very short one takes its neighbour along so it reads alone.
func (x *Answerer) cite(si, n int) rag.Citation { return x.citeRun(si, si, n) }

// citeRun is cite for the sentences first to last of one paragraph, quoted
// together.
func (x *Answerer) citeRun(first, last, n int) rag.Citation {
	s := &x.tb.sents[first]
	c := rag.Citation{N: n, Doc: s.chunk.Doc, Section: s.chunk.Section, Paragraph: s.chunk.Paragraph, Kind: s.chunk.Kind, Quote: s.text, Start: s.start, End: s.end}
	switch {
	case last != first:
		c.End = x.tb.sents[last].end
	case len(s.rs) >= 12:
		return c
	case s.next >= 0:
		c.End = x.tb.sents[s.next].end
	case s.prev >= 0:
		c.Start = x.tb.sents[s.prev].start
	default:
		return c
	}
	c.Quote = rag.NormalizeSpace(x.e.Article(s.chunk.Doc)[c.Start:c.End])
	return c
}

// relatedFloor is the sentence probability a passage needs to be shown as
// related to a question the article does not answer.
const relatedFloor = 0.15

func (x *Answerer) related(r result) []rag.Citation {
	var out []rag.Citation
	for _, c := range r.cands {
		if c.p < relatedFloor || len(out) == 3 {
			break
		}
		out = append(out, x.cite(c.si, len(out)+1))
	}
	return out
}

func (x *Answerer) example() string {
	if ex := rag.Examples(x.docs); len(ex) > 0 {
		return ex[0]
	}
	return ""
}

func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// Feature positions the decision and tighten read from the other models'
// features.
var (
	sentRare  = featureIndex(sentFeatures, "rare_bi")
	spanLocal = featureIndex(spanFeatures, "local_cov")
	spanTyped = featureIndex(spanFeatures, "typed")
	spanWant  = featureIndex(spanFeatures, "want")
)

func featureIndex(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	panic("extract: no feature " + name)
}

// isQuestion reports a sentence that asks rather than states (it ends with a
// question mark): it never answers, it would echo the question back.
func isQuestion(s *sent) bool {
	n := len(s.rs)
	for n > 0 && isCloserRune(s.rs[n-1]) {
		n--
	}
	return n > 0 && (s.rs[n-1] == '？' || s.rs[n-1] == '?')
}

func isCloserRune(r rune) bool { return strings.ContainsRune("”’」』）)\"'", r) }

// whoIs answers "X是谁" with the role the article gives X where it first
// names X with one: the words before X in its clause (国家发展改革委副秘书长
// 陈亚军). News and encyclopaedia texts introduce a person that way once.
func (x *Answerer) whoIs(q *question) (span, bool) {
	if sp, ok := x.whoIsLatin(q); ok {
		return sp, true
	}
	if q == nil || q.kind != "person" || len(q.right) != 0 || len(q.left) < 2 || len(q.left) > 12 {
		return span{}, false
	}
	for si := range x.tb.sents {
		s := &x.tb.sents[si]
		if isQuestion(s) {
			continue
		}
		i := indexRunes(s.rs, q.left, 0)
		if i <= 0 {
			continue
		}
		// the role stands before the name in its clause, and inside the
		// same brackets: in "…电（记者王晓明）" nothing before 记者 is its role
		a := i
		for a > 0 && !isClauseBreak(s.rs[a-1]) && s.rs[a-1] != '、' && s.rs[a-1] != ' ' && pairs[s.rs[a-1]] == 0 {
			a--
		}
		role := 0
		for _, r := range s.rs[a:i] {
			if isHan(r) {
				role++
			}
		}
		if role >= 2 {
			return span{si: si, a: a, b: i + len(q.left)}, true
		}
	}
	// no role before the name: an encyclopaedia's "X（…），义大利职业女子网球
	// 运动员。" defines X after it
	return x.defining(q.left)
}

// whoWrote answers "作者是谁", "这篇报道是哪位记者写的" and "Who wrote the
// article?" with the author its byline names (rag.DocInfo.Author), citing
// the byline. A question with words of its own beside the writer and the
// article, that the byline lacks (哪位记者提问了), is left to the sentences;
// so is one about several articles by different authors.
func (x *Answerer) whoWrote(q *question) (span, bool) {
	if q == nil || q.kind != "person" || !hasCue("author", q.rs) {
		return span{}, false
	}
	author := ""
	for _, d := range x.docs {
		if d.Author == "" || author != "" && d.Author != author {
			return span{}, false
		}
		author = d.Author
	}
	if author == "" {
		return span{}, false
	}
	rest := q.contentTokens(cueMask(q.rs, "author", "article"))
	name := foldRunes(author)
	for si := range x.tb.sents {
		s := &x.tb.sents[si]
		// the byline, or a dateline's "（记者王晓明）"
		i := indexRunes(s.rs, name, 0)
		if i < 0 || s.chunk.Kind != rag.KindByline && !hasCue("author", s.rs[max(0, i-authorCueRunes):i]) {
			continue
		}
		ok := true
		for _, k := range rest {
			ok = ok && s.t.uni[k.h] > 0
		}
		if ok {
			return span{si: si, a: i, b: i + len(name), p: 1}, true
		}
	}
	return span{}, false
}

// sectionSentences and sectionRunes bound the answer sectionAnswer gives.
const sectionSentences, sectionRunes = 3, 200

// sectionAnswer answers a question that a heading names ("补贴对象是谁？"
// under "一、补贴对象", "补贴标准是什么？"), or that an FAQ asks in a
// paragraph of its own ("问：城乡居民医保每年什么时候缴费？" before "答：每年9月
// 1日至12月31日为集中缴费期……"): a notice, a report or an FAQ says under a
// heading or a question what it names. The answer is the first sentences
// of the section, or of the paragraph after the question, each cited.
// Every content word of the question must stand in the heading or the FAQ's
// question, and they must make most of its words. When keep (the model's
// answer to a number or date question) stands in that section or answer,
// it is kept.
func (x *Answerer) sectionAnswer(q *question, keep *span, a rag.Answer) (rag.Answer, bool) {
	if q == nil {
		return a, false
	}
	want := q.contentTokens(nil)
	if len(want) < 2 {
		return a, false
	}
	sents := x.tb.sents
	for _, n := range x.tb.namers {
		all := true
		for _, k := range want {
			all = all && n.words[k.h]
		}
		if !all || float64(len(want)) < sectionShare*float64(len(n.words)) {
			continue
		}
		if keep != nil && n.within(&sents[keep.si]) {
			return a, false // the model's span is in it, and says more exactly
		}
		var parts []string
		runes, end := 0, -1
		for j := n.start; j < len(sents) && len(parts) < sectionSentences && runes < sectionRunes && n.within(&sents[j]); j++ {
			t := &sents[j]
			if t.chunk.Kind != rag.KindText || t.start < end {
				continue // quoted already: a short sentence is cited with the next
			}
			c := x.cite(j, len(a.Citations)+1)
			a.Citations = append(a.Citations, c)
			parts = append(parts, tidyMarkdown(c.Quote)+" ["+itoa(c.N)+"]")
			runes += len(t.rs)
			end = c.End
		}
		if len(parts) == 0 {
			continue
		}
		a.Found = true
		a.Answer = strings.Join(parts, "\n")
		return a, true
	}
	return a, false
}

// namer is a heading, or an FAQ's question, and the sentences it names.
type namer struct {
	words  map[uint64]bool // its content words
	start  int             // the first sentence it names
	within func(t *sent) bool
}

// findNamers finds, in sents, the first sentence of each section, named by
// its heading (less its section number), and each FAQ question standing
// as a paragraph of its own before a paragraph that is no question, naming
// that paragraph.
func findNamers(sents []sent) []namer {
	var out []namer
	for i := range sents {
		s := &sents[i]
		var names []tok
		n := namer{start: i}
		switch {
		case s.chunk.Section != "" && s.chunk.Kind == rag.KindText && (i == 0 || sents[i-1].chunk.Section != s.chunk.Section || sents[i-1].chunk.Doc != s.chunk.Doc):
			names = tokenize(foldRunes(rag.SectionName(s.chunk.Section)))
			n.within = func(t *sent) bool { return t.chunk.Doc == s.chunk.Doc && t.chunk.Section == s.chunk.Section }
		case isQuestion(s) && s.prev < 0 && s.next < 0 && i+1 < len(sents) && sents[i+1].chunk.Doc == s.chunk.Doc && !isQuestion(&sents[i+1]):
			ws, we, _ := findQWord(s.rs)
			names = contentTokens(s.rs, ws, we, nil)
			n.start = i + 1
			next := &sents[i+1]
			n.within = func(t *sent) bool { return t.chunk.Doc == next.chunk.Doc && t.chunk.Paragraph == next.chunk.Paragraph }
		default:
			continue
		}
		n.words = map[uint64]bool{}
		for _, k := range names {
			if !k.stop {
				n.words[k.h] = true
			}
		}
		out = append(out, n)
	}
	return out
}

// sectionShare is how much of a heading's content words a question must
// hold for sectionAnswer: "补贴对象" is all of "一、补贴对象".
const sectionShare = 0.6

// authorCueRunes is how far before an author's name in a text sentence
// the word that makes them its author stands ("首席记者 ").
const authorCueRunes = 6

// whoSaid answers "谁说/谁表示……" with the speaker named at the best
// sentence (“……。”陈新武提出), or at the one after it.
func (x *Answerer) whoSaid(r result) (span, bool) {
	q := r.q
	if r.best == nil || q == nil || q.kind != "person" || q.whStart < 0 || len(q.left) > 0 || !hasPrefixCue(q.rs[q.whEnd:], "person") {
		return span{}, false
	}
	si := r.best.si
	for _, k := range []int{si, x.tb.sents[si].next} {
		if k < 0 {
			continue
		}
		if sp := speakers(x.tb.sents[k].rs); len(sp) > 0 {
			return span{si: k, a: sp[0][0], b: sp[0][1], p: r.best.p}, true
		}
	}
	return span{}, false
}

// whatIs answers "什么是X" / "X是什么" / "What is X?" with the sentence that
// defines X: the first one with X as its subject, at its start and followed
// by 是, 指, 为, a bracket or a comma ("冠夫姓（或从夫姓），指女性……").
// Encyclopaedia and news texts define a term that way where they introduce
// it.
func (x *Answerer) whatIs(q *question) (span, bool) {
	if q == nil || q.kind != "thing" || q.whStart < 0 {
		return span{}, false
	}
	var term []rune
	switch {
	case isLatinRune(q.rs[q.whStart]):
		t, ok := cutWord(q.right, "is", "are", "was", "were")
		if !ok || q.whStart != 0 {
			return span{}, false
		}
		term, _ = cutWord(t, "the", "a", "an")
		if term == nil {
			term = t
		}
	case len(q.left) == 0 && len(q.right) > 1 && q.right[0] == '是':
		term = trimRunes(q.right[1:]) // 什么是X
	case len(q.right) == 0:
		term = q.left // X是什么 (the copula already dropped)
		for _, suf := range []string{"指的是", "是指", "指"} {
			if t := []rune(suf); len(term) > len(t) && runesAt(term, len(term)-len(t), t) {
				term = term[:len(term)-len(t)]
				break
			}
		}
	}
	if len(term) < 2 || len(term) > 20 {
		return span{}, false
	}
	return x.defining(term)
}

// defining is the first sentence with term as its subject: at its start
// (after an opening quote or bracket, or "the"), followed by 是, 指, 为, a
// bracket, a comma or, in Latin script, the next word.
func (x *Answerer) defining(term []rune) (span, bool) {
	for si := range x.tb.sents {
		s := &x.tb.sents[si]
		rs := s.rs
		i := 0
		for i < len(rs) && (isTrim(rs[i]) || pairs[rs[i]] != 0) {
			i++ // an opening quote or bracket
		}
		if isLatinRune(term[0]) && runesAt(rs, i, []rune("the ")) {
			i += len("the ")
		}
		if isQuestion(s) || i+len(term) >= len(rs) || !runesAt(rs, i, term) || cutsWord(rs, i, i+len(term)) {
			continue
		}
		if next := rs[i+len(term)]; definesNext(next) || next == ' ' && isLatinRune(term[0]) {
			_, b := trimSpan(rs, 0, len(rs)) // the whole sentence, without its 。
			return span{si: si, a: 0, b: b}, true
		}
	}
	return span{}, false
}

// definesNext reports a rune that, after a term opening a sentence, makes
// the sentence its definition: 是, 指, 为, a bracket, a comma, a colon or a
// dash.
func definesNext(r rune) bool {
	switch r {
	case '是', '指', '为', '（', '(', '，', ',', '：', ':', '-':
		return true
	}
	return false
}

// whoIsLatin is whoIs for "Who is X?": where the articles first name X
// with a role, the role beside the name — before it ("the singer Anna
// Kerr", "The head librarian, Thomas Reed") or after it ("Ann Lee, the
// harbour master,").
func (x *Answerer) whoIsLatin(q *question) (span, bool) {
	if q == nil || q.kind != "person" || q.whStart != 0 || !isLatinRune(q.rs[0]) {
		return span{}, false
	}
	name, ok := cutWord(q.right, "is", "was", "'s")
	if !ok || len(name) < 3 || len(strings.Fields(string(name))) > 4 {
		return span{}, false
	}
	first := -1 // the first sentence naming X, if none gives a role
	for si := range x.tb.sents {
		s := &x.tb.sents[si]
		rs := s.rs
		i := indexWhole(rs, name, 0)
		if i < 0 || isQuestion(s) {
			continue
		}
		if first < 0 {
			first = si
		}
		end := i + len(name)
		// after: ", the harbour master,"
		if end+2 < len(rs) && rs[end] == ',' && rs[end+1] == ' ' && startsWithDeterminer(rs[end+2:]) {
			b := end + 2
			for b < len(rs) && !isClauseBreak(rs[b]) {
				b++
			}
			return span{si: si, a: i, b: b}, true
		}
		// before: the last phrase from a determiner in the name's clause
		stop := i
		if i >= 2 && rs[i-2] == ',' && rs[i-1] == ' ' {
			stop = i - 2 // "The head librarian, Thomas Reed"
		}
		a := stop
		for a > 0 && !isClauseBreak(rs[a-1]) {
			a--
		}
		for k := stop - 1; k >= a; k-- {
			if (k == 0 || rs[k-1] == ' ') && startsWithDeterminer(rs[k:stop]) {
				if words := len(strings.Fields(string(rs[k:stop]))); words >= 2 && words <= 5 {
					return span{si: si, a: k, b: end}, true
				}
				break
			}
		}
		// a title in capitals just before the name: "Fire Chief Tom Baker"
		if k := titleBefore([]rune(s.text), i); k < i {
			return span{si: si, a: k, b: end}, true
		}
	}
	if first >= 0 {
		return span{si: first, a: 0, b: len(x.tb.sents[first].rs)}, true
	}
	return span{}, false
}

// agentWindow is how far (runes) "by" may stand after the question's verb
// ("founded in 1892 by"); 由 and its verb need only share a clause.
const agentWindow = 40

var byWord = []rune(" by ")

// whoBy answers "Who founded the library?" and "这个计划由谁来主持？" from a
// passive's agent in one of the best sentences: the noun phrase after "by"
// that follows the question's verb ("founded in 1892 by a group of local
// teachers"), or between 由/被 and the verb ("由麻省理工学院共同主持"); in
// English, else the name just before the verb ("Mayor Helen Price called").
func (x *Answerer) whoBy(r result) (span, bool) {
	q := r.q
	if q == nil || q.kind != "person" || len(r.cands) == 0 || len(q.rs) == 0 {
		return span{}, false
	}
	latin := isLatinRune(q.rs[0])
	verb := agentVerb(q, latin)
	if len(verb) == 0 {
		return span{}, false
	}
	for _, c := range r.cands[:min(topSentences, len(r.cands))] {
		rs := x.tb.sents[c.si].rs
		var a, b int
		if latin {
			a, b = agentAfterBy(rs, verb)
			if b <= a {
				a, b = subjectBefore([]rune(x.tb.sents[c.si].text), rs, verb)
			}
		} else {
			a, b = agentBefore(rs, verb)
		}
		if b > a {
			return span{si: c.si, a: a, b: b}, true
		}
	}
	return span{}, false
}

// agentVerb is the verb a who-question asks the agent of: the stem of the
// word after "who" ("founded" → "found"), or the two Han characters after
// 谁 past 来/去 (谁来主持 → 主持, 是谁设计的 → 设计).
func agentVerb(q *question, latin bool) []rune {
	right := trimRunes(q.right)
	if latin {
		if q.whStart != 0 {
			return nil
		}
		w := strings.Fields(string(right))
		for len(w) > 0 && isCueWord("auxiliary", w[0]) {
			w = w[1:] // "Who will build…": build
		}
		if len(w) < 2 || isCueWord("not_agent_verb", w[0]) {
			return nil
		}
		return stem([]rune(w[0]))
	}
	for len(right) > 0 && (right[0] == '来' || right[0] == '去') {
		right = right[1:]
	}
	if len(right) < 2 || !isHan(right[0]) || !isHan(right[1]) {
		return nil
	}
	return right[:2]
}

// agentAfterBy finds verb (a stem) in rs followed within agentWindow by
// "by": the phrase after it up to a clause break or a preposition.
func agentAfterBy(rs, verb []rune) (int, int) {
	for i := 0; i < len(rs); i++ {
		if (i > 0 && isLatinRune(rs[i-1])) || !runesAt(rs, i, verb) {
			continue
		}
		for j := i + len(verb); j+len(byWord) < len(rs) && j < i+len(verb)+agentWindow; j++ {
			if !runesAt(rs, j, byWord) {
				continue
			}
			a := j + len(byWord)
			b := a
			for b < len(rs) && !isClauseBreak(rs[b]) && rs[b] != '.' && rs[b] != '(' {
				if rs[b] == ' ' && isCueWord("agent_end", string(rs[b+1:latinWord(rs, b+1)])) {
					break
				}
				b++
			}
			if b+2 < len(rs) && rs[b] == ',' && rs[b+1] == ' ' && startsWithDeterminer(rs[b+2:]) {
				// an apposition names the agent: "by a charity, the Marrow
				// Trust"
				b += 2
				for b < len(rs) && !isClauseBreak(rs[b]) && rs[b] != '.' {
					b++
				}
			}
			if n := len(strings.Fields(string(rs[a:b]))); n >= 1 && n <= 10 {
				return a, b
			}
			return 0, 0
		}
	}
	return 0, 0
}

// subjectBefore finds verb (a stem) in rs right after a name of orig, the
// sentence's original text: the active voice's agent ("Mayor Helen Price
// called the decision…").
func subjectBefore(orig, rs, verb []rune) (int, int) {
	names := properNames(orig)
	for i := 1; i < len(rs); i++ {
		if rs[i-1] != ' ' || !runesAt(rs, i, verb) {
			continue
		}
		for _, n := range names {
			if n[1] == i-1 {
				return n[0], n[1]
			}
		}
	}
	return 0, 0
}

// agentBefore finds 由 or 被 before verb in rs, in one clause: the runes
// between them, past adverbs such as 共同 and 负责.
func agentBefore(rs, verb []rune) (int, int) {
	for i := range rs {
		if rs[i] != '由' && rs[i] != '被' {
			continue
		}
		for j := i + 2; j+len(verb) <= len(rs); j++ {
			if isClauseBreak(rs[j]) {
				break
			}
			if !runesAt(rs, j, verb) {
				continue
			}
			b := j
			for _, c := range cues["agent_adverb"] {
				if b-len(c.rs) > i+1 && runesAt(rs, b-len(c.rs), c.rs) {
					b -= len(c.rs)
				}
			}
			if k := lastIndexRune(rs[i+1:b], '等'); k >= 0 && b-(i+1+k+1) <= 3 {
				b = i + 1 + k + 1 // "潘志文、张玛莉等领衔主演": the list, not its role
			}
			if b-i-1 >= 2 {
				return i + 1, b
			}
		}
	}
	return 0, 0
}

// lastIndexRune is the index of the last r in rs, or -1.
func lastIndexRune(rs []rune, r rune) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i] == r {
			return i
		}
	}
	return -1
}

// isCueWord reports whether w is one of the cues of kind.
func isCueWord(kind, w string) bool {
	for _, c := range cues[kind] {
		if string(c.rs) == w {
			return true
		}
	}
	return false
}

// cutWord is rs without its first word when that is one of words.
func cutWord(rs []rune, words ...string) ([]rune, bool) {
	rs = trimRunes(rs)
	for _, w := range words {
		if w[0] == '\'' && strings.HasPrefix(string(rs), w+" ") {
			return trimRunes(rs[len(w):]), true
		}
		if strings.HasPrefix(string(rs), w+" ") {
			return trimRunes(rs[len(w)+1:]), true
		}
	}
	return nil, false
}

// startsWithDeterminer reports folded Latin text starting with the, a or an.
func startsWithDeterminer(rs []rune) bool {
	for _, d := range []string{"the ", "a ", "an "} {
		if strings.HasPrefix(string(rs), d) {
			return true
		}
	}
	return false
}

// whatSaid answers "X说了什么" with what the sentence has X say: the clause
// after X's speech verb ("李文清提出，川渝将……"), or else the longest
// quotation, not the speaker and verb the question already names.
func (x *Answerer) whatSaid(r result) (span, bool) {
	q := r.q
	if r.best == nil || q == nil || q.kind != "thing" || q.whStart < 0 {
		return span{}, false
	}
	if isLatinRune(q.rs[q.whStart]) {
		return x.whatSaidLatin(q)
	}
	subj, ok := speakerOf(q.left)
	if !ok {
		return span{}, false
	}
	rs := x.tb.sents[r.best.si].rs
	if i := indexRunes(rs, subj, 0); i >= 0 {
		// X在会上说：“……”: the quote a speech verb opens after X
		for _, e := range entities(rs, false) {
			if e[0] > i && (rs[e[0]] == '“' || rs[e[0]] == '「') && e[1]-e[0] >= 6 && afterSpeechVerb(rs, e[0]) {
				return span{si: r.best.si, a: e[0] + 1, b: e[1] - 1, p: r.best.p}, true
			}
		}
		for _, c := range cues["person"] {
			p := indexRunes(rs, c.rs, i+len(subj))
			if len(c.rs) == 0 || !isHan(c.rs[0]) || p < 0 || p > i+len(subj)+4 {
				continue
			}
			if a, b := trimSpan(rs, p+len(c.rs), len(rs)); b-a >= 4 {
				return span{si: r.best.si, a: a, b: b, p: r.best.p}, true
			}
		}
	}
	best := [2]int{}
	for _, e := range entities(rs, false) {
		if (rs[e[0]] == '“' || rs[e[0]] == '「') && e[1]-e[0] > best[1]-best[0] {
			best = [2]int{e[0] + 1, e[1] - 1}
		}
	}
	if best[1]-best[0] < 4 {
		return span{}, false
	}
	return span{si: r.best.si, a: best[0], b: best[1], p: r.best.p}, true
}

// afterSpeechVerb reports whether a speech verb (cues.tsv, person) ends
// just before rune k of rs, a colon or comma between them allowed: 说：“.
func afterSpeechVerb(rs []rune, k int) bool {
	for k > 0 && (rs[k-1] == '：' || rs[k-1] == ':' || rs[k-1] == '，' || rs[k-1] == ',') {
		k--
	}
	return speechVerbAt(rs, k, true) > 0
}

// whatSaidLatin is whatSaid for "What did X say?": the words after X's
// speech verb (cues.tsv, person: said, told …) where the articles first
// have X speak, without a leading "that".
func (x *Answerer) whatSaidLatin(q *question) (span, bool) {
	rest, ok := cutWord(q.right, "did", "does", "do", "has", "have", "had")
	if !ok {
		return span{}, false
	}
	f := strings.Fields(string(rest))
	if len(f) < 2 || !map[string]bool{"say": true, "said": true, "tell": true, "told": true, "mean": true, "think": true, "announce": true}[f[len(f)-1]] {
		return span{}, false
	}
	name := []rune(strings.Join(f[:len(f)-1], " "))
	for si := range x.tb.sents {
		rs := x.tb.sents[si].rs
		i := indexWhole(rs, name, 0)
		if i < 0 {
			continue
		}
		// "We have not seen …," said Fire Chief Tom Baker: the quote, when
		// the name and a speech verb stand outside it
		if a, b := latinQuote(rs); b-a >= 8 && (i >= b || i+len(name) <= a) && (hasCue("person", rs[:a]) || hasCue("person", rs[b:])) {
			for b > a && (isTrim(rs[b-1]) || rs[b-1] == '"') {
				b--
			}
			return span{si: si, a: a, b: b}, true
		}
		for _, c := range cues["person"] {
			if len(c.rs) == 0 || !isLatinRune(c.rs[0]) {
				continue
			}
			p := indexWhole(rs, c.rs, i+len(name))
			if p < 0 || p > i+len(name)+30 {
				continue
			}
			a := p + len(c.rs)
			for a < len(rs) && (isTrim(rs[a]) || rs[a] == '"') {
				a++
			}
			if strings.HasPrefix(string(rs[a:]), "that ") {
				a += len("that ")
			}
			b := len(rs)
			for b > a && (isTrim(rs[b-1]) || rs[b-1] == '"') {
				b--
			}
			if b-a >= 8 {
				return span{si: si, a: a, b: b}, true
			}
		}
	}
	return span{}, false
}

// maxTitleWords is how many capitalised words before a name titleBefore
// takes for a title (Deputy Fire Chief).
const maxTitleWords = 3

// titleBefore is where the capitalised words just before rune i of orig
// begin (a title: "Fire Chief" of Fire Chief Tom Baker), or i when there
// are none.
func titleBefore(orig []rune, i int) int {
	k := i
	for n := 0; n < maxTitleWords && k >= 2 && orig[k-1] == ' '; n++ {
		j := k - 1
		for j > 0 && unicode.IsLetter(orig[j-1]) {
			j--
		}
		if j == k-1 || !unicode.IsUpper(orig[j]) || stopSet[strings.ToLower(string(orig[j:k-1]))] {
			break // not capitalised, or a function word: "In"
		}
		k = j
	}
	return k
}

// latinQuote is the longest run between a pair of double quotes in rs
// (straight or curly), without the marks; a == b when there is none.
func latinQuote(rs []rune) (a, b int) {
	open := -1
	for i, r := range rs {
		switch {
		case open < 0 && (r == '"' || r == '“'):
			open = i
		case open >= 0 && (r == '"' || r == '”'):
			if i-open-1 > b-a {
				a, b = open+1, i
			}
			open = -1
		}
	}
	return a, b
}

// speakerOf is X of "X说了" / "X表示过": the text before a trailing speech
// verb (cues.tsv, person), when it ends with one.
func speakerOf(rs []rune) ([]rune, bool) {
	for len(rs) > 0 && (rs[len(rs)-1] == '了' || rs[len(rs)-1] == '过') {
		rs = rs[:len(rs)-1]
	}
	// a one-character verb other than 说 is too often something else
	// (名称, 自称)
	if n := speechVerbAt(rs, len(rs), false); n > 0 && n < len(rs) {
		return rs[:len(rs)-n], true
	}
	return nil, false
}

// speechVerbAt is the length of the Han speech verb (cues.tsv, person)
// that ends just before rune k of rs, or 0. With oneChar false, 说 is the
// only one-character verb counted.
func speechVerbAt(rs []rune, k int, oneChar bool) int {
	for _, c := range cues["person"] {
		if n := len(c.rs); n > 0 && isHan(c.rs[0]) && (oneChar || n > 1 || c.rs[0] == '说') && k >= n && runesAt(rs, k-n, c.rs) {
			return n
		}
	}
	return 0
}

// echoShare is how much of the answer's content the question already holds
// for echoesClaim.
const echoShare = 0.8

// echoesClaim reports a 为什么 or 怎么 answer made of the question's own
// words, in a sentence that gives no reason or means (no 因为, 通过 …): it
// would only repeat the claim the question asks about.
func (x *Answerer) echoesClaim(r result) bool {
	q := r.q
	if q == nil || q.kind != "reason" && q.kind != "manner" {
		return false
	}
	s := &x.tb.sents[r.best.si]
	if hasCue(q.kind, s.rs) {
		return false
	}
	var content, inQ float64
	for _, k := range tokenize(s.rs[r.best.a:r.best.b]) {
		if k.stop {
			continue
		}
		content++
		if q.uni[k.h] > 0 {
			inQ++
		}
	}
	return content > 0 && inQ/content >= echoShare
}

// withReason is the answer text of r and the first sentence it is quoted
// from. A reason question answered by a consequence ("为什么称猴面包树为笨蛋
// 水果？" → "因此它有时也被称为笨蛋水果。") is answered with the reason it
// follows: the clauses before it in its sentence, or, when it opens its
// sentence, the sentence before it as well.
func (x *Answerer) withReason(r result) (int, string) {
	sp := r.best
	if sp.fixed || r.q.kind != "reason" {
		return sp.si, x.answerText(r.q, sp)
	}
	s := &x.tb.sents[sp.si]
	a, _ := trimSpan(s.rs, sp.a, sp.b)
	n := cueLen(s.rs[a:sp.b], "consequence")
	if n == 0 || hasCue("reason", s.rs[a+n:sp.b]) {
		// not a consequence, or one that gives its reason itself ("所以发行
		// 前评价很高，加上……因而获得")
		return sp.si, x.answerText(r.q, sp)
	}
	if start, _ := trimSpan(s.rs, 0, len(s.rs)); a > start {
		whole := *sp
		whole.a = 0
		return sp.si, x.answerText(r.q, &whole)
	}
	if s.prev < 0 {
		return sp.si, x.answerText(r.q, sp)
	}
	p := &x.tb.sents[s.prev]
	sep := ""
	if mostlyLatin(p.rs) {
		sep = " "
	}
	return s.prev, render(nil, p.rs, []rune(p.text), 0, len(p.rs)) + sep + x.answerText(r.q, sp)
}

// cueLen is the length of the cue of kind rs starts with, as cue.at finds
// one (a Latin cue as a whole word: "so", not "some"); 0 for none.
func cueLen(rs []rune, kind string) int {
	for _, c := range cues[kind] {
		if c.at(rs, 0) {
			return len(c.rs)
		}
	}
	return 0
}

// hasPrefixCue reports whether rs starts with a cue of kind.
func hasPrefixCue(rs []rune, kind string) bool { return cueLen(rs, kind) > 0 }
