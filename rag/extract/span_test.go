package extract

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// Number entities keep an ordinal's 第, a range or pair whole, and a time
// or a ratio across its colon, and a date its era and its part (公元前,
// 年初).
func TestEntities(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"她是北魏皇家的第二位皇后。", "第二位"},
		{"赛事在2008年8月15日及8月16日举行。", "2008年8月15日及8月16日"},
		{"于1988-89年球季夺冠。", "1988-89年"},
		{"身高2米11，体重118公斤。", "118公斤"},
		{"共有548个港口。", "548个"},
		{"男女生比例约为1：7（男：女）。", "1：7"},
		{"每周日上午11:00～12:00播出。", "11:00～12:00"},
		{"卡塞雷斯城是罗马人在公元前25年建立的。", "公元前25年"},
		{"旅游区于2003年初由市政府开始规划兴建。", "2003年初"},
		{"该项目于5月上旬完工。", "5月上旬"},
		{"1980年代末期，他移居香港。", "1980年代末期"},
		{"他于2003年中国赛上夺冠。", "2003年"},
		{"工程于2003年上", "2003年"}, // a part cut off at the end: no panic
		{"门票售价为¥280。", "¥280"},
	} {
		if got := spanTexts([]rune(c.text), entities([]rune(c.text), false)); !slices.Contains(got, c.want) {
			t.Errorf("entities(%q) = %q, want %q among them", c.text, got, c.want)
		}
	}
}

// A short title is its sentences' topic: matching its words singles out no
// sentence. A headline is not.
func TestTopicTerms(t *testing.T) {
	for _, c := range []struct {
		title   string
		isTopic bool
	}{
		{"王家瑞", true},
		{"西部陆海新通道", true},
		{"把习近平总书记的殷殷嘱托全面落实在重庆大地上", false},
		{"The Golden Gate Bridge", true},
		{"City Council Approves New Tram Line", false},
	} {
		article := "# " + c.title + "\n\n" + "1973年10月，任长春市邮局国际联邮员。王家瑞是河北人。\n"
		src := NewTextSource([]string{"a"}, []string{article})
		tb := newTable(src.Chunks(), src.Article)
		if len(tb.sents) == 0 {
			t.Fatal("no sentences")
		}
		q := analyse("王家瑞担任什么职务？", tb)
		s := &tb.sents[0]
		if got := len(s.topic) > 0; got != c.isTopic {
			t.Errorf("title %q: has topic terms = %v, want %v", c.title, got, c.isTopic)
		}
		nt := offTopic(q.uni, q.uniKeys, s.t.uni, s.topic)
		plain := coverage(q.uni, q.uniKeys, q.uniW, s.t.uni)
		if c.isTopic && c.title == "王家瑞" && !(nt > plain) {
			t.Errorf("title %q: off-topic coverage %.2f not above plain %.2f for a sentence that lacks the name", c.title, nt, plain)
		}
	}
}

// The words next to the question word name what is asked; when the article
// never has them, the question asks what it does not say.
func TestAttrAbsent(t *testing.T) {
	article := "# 通道\n\n西部陆海新通道通达548个港口。复兴号列车从重庆西站开出。\n"
	src := NewTextSource([]string{"a"}, []string{article})
	x := &Answerer{tb: newTable(src.Chunks(), src.Article)}
	for _, c := range []struct {
		q      string
		absent bool
	}{
		{"西部陆海新通道通达多少个港口？", false},
		{"复兴号列车的设计时速是多少？", true},
		{"复兴号列车从哪里开出？", false},
	} {
		got := x.attrAbsent(analyse(c.q, x.tb))
		if (got > 0.5) != c.absent {
			t.Errorf("attrAbsent(%q) = %.2f, want absent %v", c.q, got, c.absent)
		}
	}
}

// No span of one character other than a digit is a candidate: "上" is no
// answer to 发布会在哪里举行.
func TestNoOneRuneSpans(t *testing.T) {
	article := "# 发布会\n\n1月9日上午，北京西长安街11号，新闻发布会现场座无虚席。发布会上，陈亚军表示，五年来成效明显，共有3个。\n"
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	x := NewWithModel(NewTextSource([]string{"a"}, []string{article}), m, nil)
	for _, q := range []string{"发布会在哪里举行？", "共有几个？"} {
		qa := analyse(q, x.tb)
		for _, c := range x.scoreSentences(qa, []int{0, 1}) {
			s := x.tb.sents[c.si]
			for _, sp := range x.spans(qa, c) {
				if sp.b-sp.a == 1 && !isDigit(s.rs[sp.a]) {
					t.Errorf("%s: one-character span %q", q, string(s.rs[sp.a:sp.b]))
				}
			}
		}
	}
}

// A point in time, not a duration, answers 何时.
func TestDateLike(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"1965年", true}, {"2008年10月", true}, {"15日", true}, {"十九世纪", true}, {"1980年代", true},
		{"5年", false}, {"五年来", false}, {"3个", false}, {"17年", false},
	} {
		if got := dateLike([]rune(c.s)); got != c.want {
			t.Errorf("dateLike(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestBracketShape(t *testing.T) {
	const s = "潘嘉丽（英文名：Pan），新加坡人（生于1980年）。"
	for _, tc := range []struct {
		span               string
		inside, unbalanced bool
	}{
		{"英文名", true, false},
		{"潘嘉丽（英文名", false, true},
		{"Pan），新加坡人", true, true},
		{"新加坡人（生于1980年）", false, false},
		{"生于1980年", true, false},
		{"新加坡人", false, false},
	} {
		rs := []rune(s)
		a := strings.Index(s, tc.span)
		if a < 0 {
			t.Fatalf("%q not in %q", tc.span, s)
		}
		a = len([]rune(s[:a]))
		inside, unbalanced := bracketShape(rs, bracketDepths(rs)[a], a, a+len([]rune(tc.span)))
		if inside != tc.inside || unbalanced != tc.unbalanced {
			t.Errorf("bracketShape(%q) = %v, %v; want %v, %v", tc.span, inside, unbalanced, tc.inside, tc.unbalanced)
		}
	}
}

// English numbers keep their scale word and what they count, dates their
// month, day and year; a function word or a month is no unit. In a Han
// sentence, a number keeps a unit symbol in Latin letters after a space,
// and only a symbol: not a word or a name.
func TestEnglishEntities(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"处理器的速度为4.7 GHz，是上一代的2倍。", "4.7 ghz", "4.7"},
		{"容量达到512 MB。", "512 mb", ""},
		{"全长12 km", "12 km", ""},
		{"这家公司在全国开设了3 New York风格的门店。", "3", "3 new"},
		{"苹果公司在2009 iPhone发布会上推出了新的手机。", "2009", "2009 iphone"},
		{"It cost more than 35 million dollars to build.", "35 million dollars", ""},
		{"The bridge opened to traffic on May 28, 1937.", "may 28, 1937", "may 28"},
		{"It was first held in August 1999 and grew.", "august 1999", ""},
		{"The festival now lasts four days.", "four days", ""},
		{"In 1958 the library moved.", "1958", "1958 the"},
		{"Open since 4 July 2024 every day.", "4 july 2024", ""},
		{"The main span was the longest until 1964 May.", "1964", "1964 may"},
	} {
		rs := foldRunes(c.text)
		got := spanTexts(rs, entities(rs, mostlyLatin(rs)))
		if !slices.Contains(got, c.want) || c.not != "" && slices.Contains(got, c.not) {
			t.Errorf("entities(%q) = %q, want %q and not %q", c.text, got, c.want, c.not)
		}
	}
}

func TestProperNames(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The bridge was designed by the engineer Joseph Strauss, with the help of Leon Moisseiff.", []string{"Joseph Strauss", "Leon Moisseiff"}},
		{"The Golden Gate Bridge is a suspension bridge.", []string{"Golden Gate Bridge"}},
		{"Construction began in France on Tuesday.", []string{"France"}}, // a day is no name
		{"It opened in May, and Helen Price spoke.", []string{"Helen Price"}},
		{"It is run by a charity, the Marrow Trust.", []string{"Marrow Trust"}},
		{"Pedestrians can use the sidewalk.", nil},
	} {
		got := spanTexts([]rune(c.text), properNames([]rune(c.text)))
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("properNames(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// Latin text aligns by whole words; a question whose question word comes
// first aligns the run of its words the sentence repeats, and the answer
// follows it.
func TestAlignWholeWords(t *testing.T) {
	for _, c := range []struct {
		q, sent, after string // after: the sentence text from lEnd on
	}{
		{"When was the festival first held?", "It was first held in August 1999.", " in august 1999."},
		{"Who designed the Golden Gate Bridge?", "The golden gate bridge is a bridge.", " is a bridge."},
		{"城际铁路首日开行列车多少趟？", "城际铁路首日开行列车36趟。", "36趟。"},
	} {
		src := NewTextSource([]string{"a.txt"}, []string{c.sent})
		q := analyse(c.q, newTable(src.Chunks(), src.Article))
		rs := foldRunes(c.sent)
		al := align(q, rs)
		if al.lEnd < 0 || string(rs[al.lEnd:]) != c.after {
			t.Errorf("align(%q, %q): lEnd %d, want the text after it %q", c.q, c.sent, al.lEnd, c.after)
		}
	}
	// a Han question with a Latin word before its question word: a piece
	// of that word ("ed") aligns nowhere
	src := NewTextSource([]string{"a.txt"}, []string{"golden gated"})
	q := analyse("designed是什么意思？", newTable(src.Chunks(), src.Article))
	if al := align(q, foldRunes("golden gated")); al.lEnd >= 0 {
		t.Errorf("aligned a piece of a word: %+v", al)
	}
}

// spanTexts are the texts of spans of rs.
func spanTexts(rs []rune, spans [][2]int) []string {
	var out []string
	for _, e := range spans {
		out = append(out, string(rs[e[0]:e[1]]))
	}
	return out
}

// FuzzSpanFinders runs the span finders over arbitrary text: every span
// lies inside it, and none is empty.
func FuzzSpanFinders(f *testing.F) {
	for _, s := range []string{"It opened on May 28, 1937.", "The Marrow Trust runs it", "35 million dollars", "May 3", "May 28,", "A B C", "共计40人，其中运动员23人", "（英文名：，）", "1,980米；", "ö Ä 9 9", "工程于2003年上", "公元前"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		orig := []rune(s)
		rs := foldRunes(s)
		if len(rs) != len(orig) {
			t.Fatalf("folding changed the length of %q", s)
		}
		check := func(name string, spans [][2]int) {
			for _, e := range spans {
				if e[0] < 0 || e[1] > len(rs) || e[0] >= e[1] {
					t.Fatalf("%s(%q): span %v outside [0,%d) or empty", name, s, e, len(rs))
				}
			}
		}
		check("entities", entities(rs, true))
		check("entities (Han)", entities(rs, false))
		check("properNames", properNames(orig))
		check("speakers", speakers(rs))
		depths := bracketDepths(rs)
		for _, a := range []int{0, len(rs) / 3, len(rs) / 2, len(rs)} {
			bracketShape(rs, depths[a], a, len(rs))
		}
	})
}

// 为什么 at the end of a question is 为 + 什么 ("renamed as what"); before
// what it asks about, it is "why".
func TestWhyOrAsWhat(t *testing.T) {
	for q, kind := range map[string]string{"医院更名为什么？": "thing", "该棱柱被称为什么": "thing", "重庆为什么承办主场活动？": "reason", "为什么？": "reason"} {
		if _, _, got := findQWord(foldRunes(q)); got != kind {
			t.Errorf("findQWord(%q) kind %q, want %q", q, got, kind)
		}
	}
}

// An English "how …" question asks for a number with a unit of the right
// class, or with its counted noun; "when" a date, or a day named alone. A
// Chinese 多少 with no measure word after it wants the kind of amount its
// words name (units_zh.tsv): money is no count of years, an area no
// length; a bare number in digits leaves the unit to the context.
func TestAmounts(t *testing.T) {
	tb := newTable(nil, func(string) string { return "" })
	for _, c := range []struct {
		q, text string
		want    bool
	}{
		{"How long is the main span?", "At 1,280 meters, the main span", true},
		{"How long is the main span?", "the longest until 1964.", false},
		{"How long does the festival last?", "It lasts four days.", true},
		{"How much did the bridge cost to build?", "It cost 35 million dollars.", true},
		{"How much did the bridge cost to build?", "It opened in 1937.", false},
		{"How much is the library budget?", "It approved a $4.5 million budget.", true},
		{"How much is the library budget?", "The council voted 7 to 2.", false},
		{"How many vehicles cross the bridge?", "About 112,000 vehicles cross it.", true},
		{"How many vehicles cross the bridge?", "About 112,000 people cross it.", false},
		{"How tall are the towers?", "They rise 227 meters.", true},
		{"How fast were the winds?", "Winds reached 110 kilometres per hour.", true},
		{"How fast were the winds?", "The storm came in 1990.", false},
		{"When will schools reopen?", "Schools will reopen on Thursday.", true},
		{"When will schools reopen?", "Schools will reopen soon.", false},
		{"工程总投资是多少？", "近五年来中央预算内投资支持川渝", false},
		{"工程总投资是多少？", "总投资300亿元", true},
		{"银行的注册资本是多少？", "注册资本为30亿越南盾", true},
		{"基金会的初始资本是多少？", "初始资本为5000万", true},
		{"学校总占地面积有多大？", "总占地面积1133.87亩", true},
		{"学校总占地面积有多大？", "校舍高55米", false},
		{"卡塞雷斯的陆地面积是多大？", "陆地面积为1750.33km²", true},
		{"松树有多高？", "树高可达55米", true},
		{"松树有多高？", "树龄可达300年", false},
		{"松树有多高？", "树龄可达300", true},
		{"兰比尔的身高体重是多少？", "体重118公斤", true},
		{"学校有多少个校区？", "有3个校区", true},    // a measure word: the old rule
		{"学校有多少学生？", "共有3000名学生", true}, // no unit class named
	} {
		q := analyse(c.q, tb)
		if got := hasKind(q.kind, q.measure, foldRunes(c.text)); got != c.want {
			t.Errorf("%q (measure %q) in %q: %v, want %v", c.q, q.measure, c.text, got, c.want)
		}
	}
}

// An English question word counts as missing from the articles only when
// no word of theirs shares its first letters: "open" stands in "opened".
func TestMissingWords(t *testing.T) {
	src := NewTextSource([]string{"a.txt"}, []string{"# Bridge\n\nThe bridge opened to traffic in 1937.\n"})
	tb := newTable(src.Chunks(), src.Article)
	for q, want := range map[string]float64{
		"When did the bridge open to traffic?": 0,
		"Who is the mayor?":                    1,
	} {
		if got := tb.missingWords(analyse(q, tb)); got != want {
			t.Errorf("missingWords(%q) = %.2f, want %.2f", q, got, want)
		}
	}
	if got := tb.missingWords(analyse("Who is the mayor of the bridge?", tb)); got <= 0 || got >= 1 {
		t.Errorf("one word of two missing: %.2f", got)
	}
}

// table.long rises from 0 at longFrom runes of sentences to 1 at longTo,
// on a log scale, over all the articles together.
func TestTableLong(t *testing.T) {
	// each sentence its own paragraph, made distinct by a number: 31 runes
	line := func(d, i int) string {
		return fmt.Sprintf("川渝两地联合实施了一批重大改革措施，取得了显著成效%03d%03d", d, i)
	}
	mid := math.Sqrt(longFrom * longTo) // halfway on a log scale
	for _, c := range []struct {
		runes float64
		docs  int
		want  float64
	}{
		{200, 1, 0},
		{longFrom, 1, 0},
		{mid, 1, 0.5},
		{mid, 4, 0.5}, // the same length in four articles: their total counts
		{longTo, 1, 1},
		{3 * longTo, 1, 1},
	} {
		n := int(math.Round(c.runes / float64(utf8.RuneCountInString(line(0, 0))) / float64(c.docs)))
		var names, texts []string
		for d := 0; d < c.docs; d++ {
			names = append(names, fmt.Sprint("a", d))
			var b strings.Builder
			for i := 0; i < n; i++ {
				b.WriteString(line(d, i) + "\n\n")
			}
			texts = append(texts, b.String())
		}
		src := NewTextSource(names, texts)
		tb := newTable(src.Chunks(), src.Article)
		var runes int
		for _, s := range tb.sents {
			runes += len(s.rs)
		}
		if math.Abs(tb.long-c.want) > 0.05 {
			t.Errorf("%v runes in %d articles (%d in sentences): long %.3f, want %.2f", c.runes, c.docs, runes, tb.long, c.want)
		}
	}
}

// An answer longer than the model's GrowAt is given as its whole sentence;
// a short one, one a rule found (a quote, a role), or any answer with
// GrowAt 0, as the span.
func TestAnswerTextGrows(t *testing.T) {
	const sentence = "由于上下表面压差的存在，翼尖附近机翼下表面空气会绕流到上表面，形成翼尖涡流，致使翼尖附近区域的升力降低。"
	src := NewTextSource([]string{"a"}, []string{"# 翼尖小翼\n\n" + sentence + "\n"})
	rs := []rune(sentence)
	clause := strings.Index(sentence, "翼尖附近机翼")
	a := utf8.RuneCountInString(sentence[:clause])
	b := a + utf8.RuneCountInString("翼尖附近机翼下表面空气会绕流到上表面，形成翼尖涡流")
	for _, c := range []struct {
		name   string
		growAt int
		a, b   int
		fixed  bool
		want   string
	}{
		{"long span grows", 12, a, b, false, sentence},
		{"short span stays", 30, a, a + 4, false, "翼尖附近"},
		{"never when GrowAt is 0", 0, a, b, false, "翼尖附近机翼下表面空气会绕流到上表面，形成翼尖涡流。"},
		{"a rule's span stays", 12, a, b, true, "翼尖附近机翼下表面空气会绕流到上表面，形成翼尖涡流。"},
		{"a whole sentence is itself", 12, 0, len(rs), false, sentence},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := zeroModel()
			m.GrowAt = c.growAt
			x := NewWithModel(src, m, nil)
			si := -1
			for i := range x.tb.sents {
				if strings.Contains(x.tb.sents[i].text, "翼尖涡流") {
					si = i
				}
			}
			if si < 0 {
				t.Fatal("no sentence")
			}
			q := analyse("为什么翼尖附近的升力降低？", x.tb)
			if got := x.answerText(q, &span{si: si, a: c.a, b: c.b, fixed: c.fixed}); got != c.want {
				t.Errorf("answerText = %q, want %q", got, c.want)
			}
		})
	}
}

// A title is the capitalised words just before a name, at most
// maxTitleWords of them, and no function word.
func TestTitleBefore(t *testing.T) {
	for _, c := range []struct{ text, name, want string }{
		{"said Fire Chief Tom Baker.", "Tom Baker", "Fire Chief "},
		{"Mayor Ellen Cho said", "Ellen Cho", "Mayor "},
		{"In Northfield Tom Baker said", "Tom Baker", "Northfield "},
		{"said Tom Baker.", "Tom Baker", ""},
		{"Council member David Ortiz said", "David Ortiz", ""},
		{"The Deputy Fire Chief Ann Lee said", "Ann Lee", "Deputy Fire Chief "},
	} {
		rs := []rune(c.text)
		i := strings.Index(c.text, c.name)
		i = len([]rune(c.text[:i]))
		if got := string(rs[titleBefore(rs, i):i]); got != c.want {
			t.Errorf("titleBefore(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// An English date is one span: its day and year are no counts of their own
// ("3" of "March 3, 2023" answered "How much electricity…?").
func TestEnglishDateWhole(t *testing.T) {
	text := []rune("the farm started producing power on march 3, 2023, and 48 turbines turn.")
	got := spanTexts(text, entities(text, true))
	if !slices.Contains(got, "march 3, 2023") || slices.Contains(got, "3") || slices.Contains(got, "2023") {
		t.Errorf("entities = %q, want the whole date and no part of it", got)
	}
	if !slices.Contains(got, "48 turbines") {
		t.Errorf("entities = %q, want the count after the date", got)
	}
}

// A clause ends as a sentence; a name or an amount takes no end mark, in
// English by its words, in Chinese by its length.
func TestRenderEndMark(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"110 kilometres per hour", "110 kilometres per hour"},
		{"Fire Chief Tom Baker", "Fire Chief Tom Baker"},
		{"the city has opened two shelters", "the city has opened two shelters."},
		{"548个港口", "548个港口"},
		{"\" said the mayor of the city", "said the mayor of the city."}, // a closing straight quote cut off
		{"the vote passed by 31 to 9, \"", "the vote passed by 31 to 9."},
		{"机场有三条跑道，主跑道是08/26", "机场有三条跑道，主跑道是08/26。"},
		{"两地机场旅客吞吐量突破1.3亿人次", "两地机场旅客吞吐量突破1.3亿人次。"},
	} {
		rs := []rune(c.text)
		if got := render(nil, foldRunes(c.text), rs, 0, len(rs)); got != c.want {
			t.Errorf("render(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// A question is English as its answer's language is told: Latin letters in
// a Chinese question (a species' name) do not make it English, so the
// English-only span rules (tighten) leave it alone.
func TestQuestionEnglish(t *testing.T) {
	tb := newTable(nil, func(string) string { return "" })
	for q, want := range map[string]bool{
		"P. tuckeri的体长有多大？":        false,
		"How fast were the winds?": true,
		"iPad的价格是多少？":              false,
	} {
		if got := analyse(q, tb).english(); got != want {
			t.Errorf("%q: english %v, want %v", q, got, want)
		}
	}
}

// A number after 第 is an ordinal and keeps it: "第二位", not "二位".
func TestRenderOrdinal(t *testing.T) {
	for _, c := range []struct {
		text string
		a, b int
		want string
	}{
		{"她是第二位皇后", 3, 5, "第二位"},
		{"这是第15张单曲", 3, 6, "第15张"},
		{"共有15张单曲", 2, 5, "15张"},
	} {
		rs := []rune(c.text)
		if got := render(nil, foldRunes(c.text), rs, c.a, c.b); got != c.want {
			t.Errorf("render(%q, %d, %d) = %q, want %q", c.text, c.a, c.b, got, c.want)
		}
	}
}
