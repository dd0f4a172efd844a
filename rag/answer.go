package rag

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Extractive answering: find the sentence of the article that holds the
// answer, cut out the clause that answers, cite the sentence verbatim, or say
// plainly that the article does not hold the answer.

// Question kinds, from the question word.
const (
	askFact   = "fact"
	askNumber = "number"
	askDate   = "date"
	askPerson = "person"
	askPlace  = "place"
)

// Thresholds calibrated on the dev set (README, "Refusing"): the share of
// the question's weighted terms a sentence must hold to count as the answer.
const (
	minCoverage = 0.45
	// retrievalDepth is how many chunks the answerer reads.
	retrievalDepth = 8
)

var (
	dateAskRe   = regexp.MustCompile(`哪一年|哪年|何年|何时|什么时候|什么时间|哪一天|哪天|几月|几号|哪个月|哪一月|何日|日期|when|what year|which year`)
	numberAskRe = regexp.MustCompile(`多少|几|多大|多长|多高|多久|多远|多重|比例|占比|百分之|how many|how much|how long|what percentage`)
	personAskRe = regexp.MustCompile(`谁|哪位|哪一位|什么人|哪个人|哪些人|姓名|名字|作者|who`)
	placeAskRe  = regexp.MustCompile(`哪里|哪儿|什么地方|在哪|何地|何处|哪个城市|哪座城市|哪个地方|地点|where`)

	// measureRe finds the measure word right after 多少/几: "多少所大学" wants 所.
	measureRe = regexp.MustCompile(`(?:多少|几)([个所件辆艘列项家条人名次年类倍元座台只位种架批吨亩天月岁份篇届场趟班港亿万千百期轮例栋套部本])`)

	numRe = `(?:[0-9０-９]+(?:[.．,][0-9０-９]+)*|[一二三四五六七八九十百千万亿两零〇]+|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]+)`
	// anyNumberRe finds a number with its trailing magnitude and measure.
	// A Chinese numeral counts only with a measure or magnitude after it:
	// "一" alone is in 统一, 一体, 焕然一新.
	anyNumberRe = regexp.MustCompile(`前[一二三四五六七八九十两]+|[0-9０-９]+(?:[.．,][0-9０-９]+)*|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]+|[0-9]+/[0-9]+|百分之|[一二三四五六七八九十两][十百千万亿]+|[十百千万亿]{2,}|[一二三四五六七八九十百千万亿两零〇]+(?:[个所件辆艘列项家条人名次年类倍元座台只位种架批吨亩天月岁份篇届场趟班港期轮例栋套部本成]|分之)`)
	dateRe      = regexp.MustCompile(`[0-9０-９]{4}年|[一二三四五六七八九〇零]{4}年|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}月|[0-9]{1,2}日|[一二三四五六七八九十]+月|年底|年初|上午|下午|今年|去年|明年`)

	// The granularity a date question asks for: 哪一天 wants a day, 哪一年 a year.
	dayAskRe   = regexp.MustCompile(`哪一天|哪天|几号|何日|几月几日|哪一日|what day|which day`)
	monthAskRe = regexp.MustCompile(`哪个月|几月|哪一月|what month|which month`)
	yearAskRe  = regexp.MustCompile(`哪一年|哪年|何年|what year|which year`)
	dayRe      = regexp.MustCompile(`[0-9０-９]{1,2}\s*[日号]|[一二三四五六七八九十]+[日号]`)
	monthRe    = regexp.MustCompile(`[0-9０-９]{1,2}\s*月|[一二三四五六七八九十]+月`)
	yearRe     = regexp.MustCompile(`[0-9０-９]{4}\s*年|[一二三四五六七八九〇零]{4}年|今年|去年|明年`)

	surnames = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公"
	titles   = `记者|通讯员|首席记者|市长|省长|书记|主任|秘书长|部长|局长|厅长|主席|总理|常委|院长|校长|董事长|总经理|专家|教授|负责人`
	personRe = regexp.MustCompile(`(?:(?:` + titles + `)\s*([` + surnames + `][\p{Han}]{1,2})(?:[^\p{Han}]|$|表示|说|提出|介绍|一一|等))|(?:([` + surnames + `][\p{Han}]{1,2})(?:表示|提出|介绍|透露|指出|强调|说|认为|总书记|主席|总理))`)
)

// inPhraseRe finds the 中 of "在……中扮演/发挥": a postposition, not part of
// the next word.
var inPhraseRe = regexp.MustCompile(`中(扮演|发挥|起到|起了|处于|占|有|的)`)

// stopPhrases are the question's scaffolding: they say what is asked, not
// what about, so they are cut out before matching. Longest first.
var stopPhrases = []string{
	"这篇文章", "这篇报道", "文章中", "报道中", "文中", "本文", "这篇", "文章", "报道",
	"请问", "是多少", "有多少", "为多少", "多少", "是什么", "为什么", "什么", "哪一年", "哪一天", "哪一位",
	"哪些", "哪个", "哪位", "哪里", "哪儿", "哪年", "哪天", "何时", "是谁", "谁", "多大", "多久", "多长",
	"写的", "撰写", "所写", "下一步", "接下来", "指的是", "包括", "主要", "将要", "要", "怎么样", "怎样", "如何", "一共", "总共", "共有", "分别", "大约", "大概", "左右",
	"几", "吗", "呢", "吧", "了", "的", "是", "有", "在", "都", "被", "将", "把", "和", "与", "及",
}

// queryTerms returns the weighted terms of a question.
func (cs *corpusStats) queryTerms(q string) map[uint64]float64 {
	q = strings.ToLower(q)
	q = inPhraseRe.ReplaceAllString(q, " $1")
	for _, p := range stopPhrases {
		q = strings.ReplaceAll(q, p, " ")
	}
	out := map[uint64]float64{}
	for _, t := range termsOf(q) {
		out[t] = cs.idf(t)
	}
	return out
}

// officeRe finds titles of office with the body they belong to: "市委书记"
// and "总书记" are different offices, and so are "省长" and "副省长".
var officeRe = regexp.MustCompile(`(?:常务)?副?(?:(?:市委|省委|区委|县委|党委|总)书记|省长|市长|区长|县长|书记|主任|秘书长|部长|局长|厅长|主席|总理|院长|校长|总经理|董事长|处长|司长)`)

// officeMismatch reports a sentence that does not name the office the
// question asks about: "重庆市委书记是谁" is not answered by "常务副市长曹俊杰"
// nor by "习近平总书记".
func officeMismatch(q, s string) bool {
	for _, o := range officeRe.FindAllString(q, -1) {
		o = strings.TrimPrefix(o, "常务")
		if !strings.Contains(s, o) {
			return true
		}
		if !strings.HasPrefix(o, "副") && strings.Count(s, o) == strings.Count(s, "副"+o) {
			return true // only the deputy is named
		}
	}
	return false
}

// attributeRe finds what a "X的Y是多少" question asks about: Y, the
// attribute, right before the question word.
var attributeRe = regexp.MustCompile(`的([\p{Han}A-Za-z]{2,6}?)(?:是|为|有|约|大约)?(?:多少|多大|多长|多高|多久|多重|多远|什么|哪|谁|几)`)

// attributeMissing reports a sentence (with the one before it) that holds
// under half of the asked attribute's terms: "川渝高竹新区的面积是多少" is not
// answered by a sentence about the new area that says nothing of its area.
func attributeMissing(q string, s, prev termBag) bool {
	m := attributeRe.FindStringSubmatch(strings.ToLower(q))
	if m == nil {
		return false
	}
	ts := termsOf(m[1])
	if len(ts) == 0 {
		return false
	}
	have := 0
	for _, t := range ts {
		if s.has(t) || prev.has(t) {
			have++
		}
	}
	return have*2 < len(ts)
}

// questionWordRe finds any question word: without one, a short question
// after earlier turns is a follow-up.
var questionWordRe = regexp.MustCompile(`多少|几|什么|哪|谁|何|怎|如何|是否|吗|多大|多久|多长`)

// placeNameRe finds a place name: a word with a place suffix, a street
// address, or one of the region's big names.
var placeNameRe = regexp.MustCompile(`\p{Han}(?:省|市|区|县|镇|乡|村|街|路|港|站|机场|园区|新区|基地|大厦|广场)|[0-9]+号|北京|上海|天津|重庆|四川|成都|川渝|巴蜀|长江|嘉陵江`)

// originAskRe asks where a person comes from; the article must say it in
// so many words (籍贯, 出生), not just name the person near a place.
var (
	originAskRe = regexp.MustCompile(`哪里人|哪儿人|籍贯|老家|出生地|出生在|出生于`)
	originRe    = regexp.MustCompile(`籍贯|出生|生于|老家|人氏|祖籍`)
)

// headingAskRe finds questions about the article's headings.
var headingAskRe = regexp.MustCompile(`标题|题目|小标题|栏目|章节|部分|主题|题为`)

// datePredicateRe finds the event a date question asks about: the two
// characters before the closing 的/了 ("是哪一年建校的" → 建校).
var datePredicateRe = regexp.MustCompile(`(?:哪一年|哪年|何年|何时|什么时候|什么时间|哪一天|哪天|几月|几号|哪个月)[^？?]*?(\p{Han}{2})[的了呢]?[？?]?$`)

// predicateMissing reports a date sentence that does not hold the event
// asked about: "重庆大学是哪一年建校的" is not answered by any 2020年 in a
// sentence about 重庆大学. Meetings need no verb of their own: an article says
// "1月9日上午……发布会" without 召开.
func predicateMissing(q, kind string, s, prev termBag) bool {
	if kind != askDate {
		return false
	}
	m := datePredicateRe.FindStringSubmatch(q)
	if m == nil {
		return false
	}
	switch m[1] {
	case "召开", "举行", "举办", "开始", "发生", "进行":
		return false
	}
	for _, t := range termsOf(m[1]) {
		if s.has(t) || prev.has(t) {
			return false
		}
	}
	return true
}

// countedRe finds what a number question counts: the noun after 多少/几 and
// its measure word ("多少所大学" → 大学, "多少人次干部交流" → 干部交流).
var countedRe = regexp.MustCompile(`(?:多少|几)[个所件辆艘列项家条人名次年类倍元座台只位种架批吨亩天月岁份篇届场趟班港期轮例栋套部本]?次?(\p{Han}{2,4})`)

// countedMissing reports a sentence (with the one before it) that holds
// under half of the counted noun's terms: "川渝高竹新区有多少常住人口" is not
// answered by a number about the new area that counts something else.
func countedMissing(q, kind, measure string, s, prev termBag) bool {
	if kind != askNumber || measure == "元" {
		return false
	}
	m := countedRe.FindStringSubmatch(q)
	if m == nil || strings.ContainsAny(m[1][:3], "的了是呢吗") {
		return false
	}
	ts := termsOf(m[1])
	have := 0
	for _, t := range ts {
		if s.has(t) || prev.has(t) {
			have++
		}
	}
	return have*2 < len(ts)
}

// moneyAskRe finds questions about an amount of money: the answer is in 元.
var moneyAskRe = regexp.MustCompile(`多少钱|多少资金|多少投资|多少经费|多少费用|花了多少|投入了?多少|投资了?多少`)

// questionShape says what a question wants: its kind and, for numbers, the
// measure word ("多少所" → 所) or, for dates, the granularity (日, 月, 年).
func questionShape(q string) (kind, measure string) {
	kind = askKind(q)
	if m := measureRe.FindStringSubmatch(q); m != nil && kind == askNumber && !strings.Contains(q, "多久") {
		measure = m[1]
	}
	if kind == askNumber && moneyAskRe.MatchString(q) {
		measure = "元"
	}
	if kind == askDate {
		switch lq := strings.ToLower(q); {
		case dayAskRe.MatchString(lq):
			measure = "日"
		case monthAskRe.MatchString(lq):
			measure = "月"
		case yearAskRe.MatchString(lq):
			measure = "年"
		}
	}
	return kind, measure
}

// askKind classifies a question by its question word.
func askKind(q string) string {
	lq := strings.ToLower(q)
	switch {
	case dateAskRe.MatchString(lq):
		return askDate
	case personAskRe.MatchString(lq):
		return askPerson
	case placeAskRe.MatchString(lq):
		return askPlace
	case numberAskRe.MatchString(lq):
		return askNumber
	}
	return askFact
}

// hasWanted reports whether s holds what the question asks for: a number
// (with the asked measure word), a date or a person's name.
func hasWanted(kind, measure, s string) bool {
	switch kind {
	case askNumber:
		if measure == "" {
			return anyNumberRe.MatchString(s)
		}
		re := measureCache(measure)
		return re.MatchString(s)
	case askDate:
		switch measure {
		case "日":
			return dayRe.MatchString(s)
		case "月":
			return monthRe.MatchString(s)
		case "年":
			return yearRe.MatchString(s)
		}
		return dateRe.MatchString(s)
	case askPerson:
		return personRe.MatchString(s)
	case askPlace:
		return placeNameRe.MatchString(s)
	}
	return true
}

var measureREs = map[string]*regexp.Regexp{}

func init() {
	for _, m := range strings.Split("个所件辆艘列项家条人名次年类倍元座台只位种架批吨亩天月岁份篇届场趟班港亿万千百期轮例栋套部本", "") {
		measureREs[m] = regexp.MustCompile(numRe + `\s*[多余近超]?\s*[十百千万亿]*\s*[多余]?\s*` + regexp.QuoteMeta(m))
	}
}

func measureCache(m string) *regexp.Regexp {
	if re, ok := measureREs[m]; ok {
		return re
	}
	return anyNumberRe
}

// sentence is one candidate sentence of a retrieved chunk.
type sentence struct {
	chunk Chunk
	span  Span // in chunk.Text
	text  string
	rank  int
	cov   float64
	score float64
}

// Ask answers from the article alone (mode "extractive").
func (e *Engine) Ask(ctx context.Context, req Request) (Answer, error) {
	t0 := time.Now()
	req, err := e.limits.Clip(req) // the one budget of a request (limits.go)
	if err != nil {
		return e.limits.ErrorAnswer(req, err), nil
	}
	a := e.answer(ctx, req)
	a.TookMS = float64(time.Since(t0).Microseconds()) / 1000
	return a, nil
}

// MaxQuestionRunes bounds a question; longer ones are an error for that
// question.
const MaxQuestionRunes = 500

func (e *Engine) answer(ctx context.Context, req Request) Answer {
	q := strings.TrimSpace(req.Question)
	a := Answer{Question: req.Question, Mode: ModeExtractive, Citations: []Citation{}, Lang: DetectLang(q)}
	switch {
	case q == "":
		a.Error = "empty question"
		a.Answer = msg(a.Lang, "emptyQuestion")
		return a
	case utf8.RuneCountInString(q) > MaxQuestionRunes:
		a.Error = "question too long"
		a.Answer = msg(a.Lang, "tooLong")
		return a
	}
	if a.Lang != e.articleLang() {
		a.Answer = msg(a.Lang, "otherLanguage")
		a.Note = "offline mode cannot translate the question"
		return a
	}
	query := q
	// A follow-up ("那新能源汽车呢？") borrows the previous question's terms
	// for retrieval; the answer must still match the new question.
	if n := len(req.History); n > 0 && utf8.RuneCountInString(q) < 12 {
		query = req.History[n-1].Question + " " + q
	}
	hits, err := e.Retrieve(ctx, query, retrievalDepth)
	if err != nil {
		a.Error = err.Error()
		a.Answer = msg(a.Lang, "notFound")
		return a
	}
	// A follow-up without its own question word ("那新能源汽车呢？") asks
	// what the previous question asked, about something else.
	followUp := len(req.History) > 0 && !questionWordRe.MatchString(q) && utf8.RuneCountInString(q) < 20
	shapeOf := q
	if followUp {
		shapeOf = req.History[len(req.History)-1].Question
	}
	kind, measure := questionShape(shapeOf)
	terms := e.stats.queryTerms(q)
	if followUp {
		// the previous question's terms help, but the new ones decide
		for t, w := range e.stats.queryTerms(shapeOf) {
			if _, ok := terms[t]; !ok {
				terms[t] = 0.3 * w
			}
		}
	}
	if len(terms) == 0 {
		a.Answer = msg(a.Lang, "notFound")
		return a
	}
	wantsByline := strings.ContainsAny(q, "写作撰") || strings.Contains(q, "记者")
	wantsCaption := strings.Contains(q, "照片") || strings.Contains(q, "图片") || strings.Contains(q, "摄")
	var best *sentence
	seen := make(map[int]bool, 4*len(hits))
	headingQ, originQ := headingAskRe.MatchString(q), originAskRe.MatchString(q)
	for rank, h := range hits {
		ci, ok := e.ix.byID[h.ID]
		if !ok {
			continue
		}
		for _, si := range e.stats.chunkSents[ci] {
			if seen[si] {
				continue
			}
			seen[si] = true
			info := &e.stats.sents[si]
			c := &e.ix.Chunks[info.chunk]
			// A headline states no fact of its own; it answers only
			// questions about the headings themselves.
			if c.Kind == KindHeading && !headingQ {
				continue
			}
			prev := e.stats.prevTerms(si)
			cov := coverageInContext(terms, info.terms, prev)
			a.TopScore = max(a.TopScore, cov)
			score := cov + 0.02/float64(rank+1)
			switch {
			case c.Kind == KindByline && wantsByline:
				score += 0.3
			case c.Kind == KindCaption && wantsCaption:
				score += 0.1
			}
			// cheap tests first: most sentences fail on coverage
			if cov < minCoverage || (best != nil && score <= best.score) {
				continue
			}
			text := c.Text[info.span.Start:info.span.End]
			if !hasWanted(kind, measure, text) || officeMismatch(q, text) || attributeMissing(q, info.terms, prev) ||
				predicateMissing(q, kind, info.terms, prev) || countedMissing(q, kind, measure, info.terms, prev) ||
				(originQ && !originRe.MatchString(text)) {
				continue
			}
			best = &sentence{chunk: *c, span: info.span, text: text, rank: rank, cov: cov, score: score}
		}
	}
	if best == nil || best.cov < minCoverage {
		a.Answer = msg(a.Lang, "notFound")
		a.Related = e.related(hits, q)
		return a
	}
	a.Found = true
	a.Answer = extractClause(best.text, terms, kind, measure) + " [1]"
	a.Citations = []Citation{e.cite(best)}
	a.Citations[0].N = 1
	return a
}

// cite makes the citation of a chosen sentence; a very short sentence takes
// its neighbour along so the quote reads on its own.
func (e *Engine) cite(s *sentence) Citation {
	c := s.chunk
	sp := s.span
	if utf8.RuneCountInString(s.text) < 12 {
		return QuoteFor(c, s.text)
	}
	return Citation{
		Doc: c.Doc, Section: c.Section, Paragraph: c.Paragraph, Kind: c.Kind,
		Quote: normalizeSpace(c.Text[sp.Start:sp.End]),
		Start: c.Start + sp.Start, End: c.Start + sp.End,
	}
}

// related returns up to three closest passages for a "not in the article"
// answer, best first, one per paragraph.
func (e *Engine) related(hits []Hit, q string) []Citation {
	var out []Citation
	seen := map[string]bool{}
	for _, h := range hits {
		key := h.Doc + "#" + strconv.Itoa(h.Paragraph)
		if seen[key] || h.Kind == KindHeading {
			continue
		}
		seen[key] = true
		c := QuoteFor(h.Chunk, q)
		c.N = len(out) + 1
		out = append(out, c)
		if len(out) == 3 {
			break
		}
	}
	return out
}

// clauseSplitRe cuts a sentence into clauses at commas, colons and inner
// sentence ends (a quote and its attribution).
var clauseSplitRe = regexp.MustCompile(`[，,：:。；;！？]`)

// extractClause returns the clause of sentence that answers: for a number,
// date or person, the clause holding one that best matches the question;
// otherwise the clause holding most of the question's terms, widened to the
// clause that follows when it only repeats the question.
func extractClause(sentence string, terms map[uint64]float64, kind, measure string) string {
	idx := clauseSplitRe.FindAllStringIndex(sentence, -1)
	var spans []Span
	prev := 0
	for _, m := range idx {
		if m[0] > prev {
			spans = append(spans, Span{prev, m[0]})
		}
		prev = m[1]
	}
	if prev < len(sentence) {
		spans = append(spans, Span{prev, len(sentence)})
	}
	if len(spans) == 0 {
		return normalizeSpace(sentence)
	}
	clause := func(i int) string { return strings.TrimSpace(sentence[spans[i].Start:spans[i].End]) }
	covs := make([]float64, len(spans))
	// pickCovs also credit the clauses before: an earlier clause often names
	// the topic of those after it ("西部陆海新通道……达到1.5万列，国际铁路联运班列
	// 接近1900列"), so among clauses holding a value, the one whose own terms
	// match best wins.
	pickCovs := make([]float64, len(spans))
	best := 0
	var seen termBag
	for i := range spans {
		ts := termsOf(clause(i))
		covs[i] = coverage(terms, ts)
		seen = seen.union(ts)
		pickCovs[i] = (covs[i] + coverage(terms, seen)) / 2
		if covs[i] > covs[best] {
			best = i
		}
	}
	if kind == askFact {
		// "川渝高竹新区被赋予了什么资格": the topic (川渝高竹新区) fills an
		// earlier clause; the clause with the question's own predicate
		// (被赋予……资格) answers.
		for i := range spans {
			if pickCovs[i] > pickCovs[best] {
				best = i
			}
		}
	}
	lo, hi := best, best
	if kind != askFact {
		pick := -1
		for i := range spans {
			if !hasWanted(kind, measure, clause(i)) {
				continue
			}
			if pick < 0 || pickCovs[i] > pickCovs[pick] || (pickCovs[i] == pickCovs[pick] && abs(i-best) < abs(pick-best)) {
				pick = i
			}
		}
		if pick >= 0 {
			lo, hi = pick, pick
			// a bare value ("1月9日上午") reads better with what it is about
			if covs[pick] == 0 || utf8.RuneCountInString(clause(pick)) < 6 {
				lo, hi = min(pick, best), max(pick, best)
				if hi-lo > 2 {
					lo, hi = pick, pick
				}
			}
		}
	} else if novelty(clause(best), terms) < 0.5 && best+1 < len(spans) {
		hi = best + 1
		if utf8.RuneCountInString(clause(hi)) < 6 && hi+1 < len(spans) {
			hi++
		}
	}
	out := strings.TrimSpace(sentence[spans[lo].Start:spans[hi].End])
	out = strings.TrimLeftFunc(out, func(r rune) bool {
		return r == '”' || r == '“' && strings.Count(out, "“") > strings.Count(out, "”")
	})
	return normalizeSpace(out)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// novelty is the share of a clause's terms that the question does not hold.
func novelty(clause string, terms map[uint64]float64) float64 {
	ts := termsOf(clause)
	if len(ts) == 0 {
		return 0
	}
	n := 0
	for _, t := range ts {
		if _, ok := terms[t]; !ok {
			n++
		}
	}
	return float64(n) / float64(len(ts))
}

// articleLang is the language of the articles (of the first one).
func (e *Engine) articleLang() string {
	for _, c := range e.ix.Chunks {
		if c.Kind == KindText && utf8.RuneCountInString(c.Text) > 20 {
			return DetectLang(c.Text)
		}
	}
	return "zh"
}
