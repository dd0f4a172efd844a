package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"articlebot/prompts/texts"
	"articlebot/rag/extract"
)

// An English article is answered in English, from its own sentences; the
// language is told per article, so a Chinese one beside it keeps Chinese.
func TestEnglishArticle(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"port.txt": "# New Harbour Opens\n\nThe new harbour of Riverton opened on 4 July 2024. It has 8 berths and can handle 6 million tonnes a year.\n\nThe harbour master, Ann Lee, said the port will bring 2,000 jobs to the town.\n",
		"rail.txt": "# 城际铁路通车\n\n2024年12月24日，成渝城际铁路正式通车。首日共开行列车36趟。\n",
	})
	x := openAnswerer(t, dir)
	for _, c := range []struct{ q, fact, lang string }{
		{"How many berths does the harbour have?", "8 berths", "en"},
		{"How many jobs will the port bring?", "2,000 jobs", "en"},
		{"When did the new harbour open?", "4 July 2024", "en"},
		{"城际铁路首日开行了多少趟列车？", "36趟", "zh"},
	} {
		a := ask(t, x, c.q)
		if !a.Found || len(a.Citations) == 0 || !strings.Contains(a.Citations[0].Quote, c.fact) {
			t.Errorf("%s: %+v, want %q cited", c.q, a, c.fact)
			continue
		}
		if a.Lang != c.lang {
			t.Errorf("%s: lang %q, want %q", c.q, a.Lang, c.lang)
		}
		if !strings.Contains(a.Answer, c.fact) {
			t.Logf("%s: answer %q (the fact is %q)", c.q, a.Answer, c.fact)
		}
	}
}

// "What is the article about" gets the overview: the title and the first
// sentence of each section, each cited verbatim.
func TestOverview(t *testing.T) {
	x := articleEngine(t)
	file := readArticle(t)
	for _, q := range []string{"这篇文章讲了什么？", "总结一下", "What is this article about?"} {
		a := ask(t, x, q)
		if !a.Found || len(a.Citations) < 2 {
			t.Errorf("%s: %+v, want an overview with citations", q, a)
			continue
		}
		for _, c := range a.Citations {
			if !hasQuoteAt(file, c) {
				t.Errorf("%s: citation %q not at its offsets", q, c.Quote)
			}
		}
		if q == "What is this article about?" && a.Lang != "en" {
			t.Errorf("%s: lang %q", q, a.Lang)
		}
	}
}

// Citations of a refusal are related passages only above the similarity
// floor, so a question about something else shows none.
func TestRefusalRelated(t *testing.T) {
	x := articleEngine(t)
	a := ask(t, x, "明天成都的天气怎么样？")
	if a.Found {
		t.Fatalf("weather question answered: %+v", a)
	}
	if strings.Count(a.Answer, texts.For("zh").NotFound) != 1 {
		t.Errorf("refusal %q does not say it once", a.Answer)
	}
	for _, c := range a.Related {
		t.Logf("related: %s", c.Quote)
	}
}

// "X是谁" answers with the role the article gives X; a sentence that is
// itself a question is never the answer.
func TestWhoIsAndNoEcho(t *testing.T) {
	x := articleEngine(t)
	for q, want := range map[string]string{"陈亚军是谁？": "国家发展改革委副秘书长陈亚军", "李文清是谁？": "四川省副省长李文清"} {
		if a := ask(t, x, q); !a.Found || !strings.Contains(a.Answer, want) {
			t.Errorf("%s: %q, want %q", q, a.Answer, want)
		}
	}
	if a := ask(t, x, "谁说川渝联动实施了197项改革措施？"); !a.Found || !strings.HasPrefix(a.Answer, "陈新武") {
		t.Errorf("speaker question: %q, want the name first", a.Answer)
	}
	if a := ask(t, x, "王五是谁？"); a.Found {
		t.Errorf("unknown person answered: %q", a.Answer)
	}
	a := ask(t, x, "川渝如何推动西部陆海新通道建设？")
	for _, c := range a.Citations {
		if strings.HasSuffix(strings.TrimSpace(c.Quote), "？") {
			t.Errorf("cites a question: %q", c.Quote)
		}
	}
}

// wantNot is what an answer must hold and must not.
type wantNot struct{ want, not string }

// expectAnswers asks x each question and checks its answer is found, holds
// want and does not hold not.
func expectAnswers(t *testing.T, x *extract.Answerer, cases map[string]wantNot) {
	t.Helper()
	for q, c := range cases {
		if a := ask(t, x, q); !a.Found || !strings.Contains(a.Answer, c.want) || strings.Contains(a.Answer, c.not) {
			t.Errorf("%s: %q, want %q and not %q", q, a.Answer, c.want, c.not)
		}
	}
}

// Answers from articles of shapes the seed article lacks. A role stands
// inside the name's brackets: "…电（记者王晓明）" gives 记者 no role
// "新华社…电", and the answer names the reporter. A Markdown table row
// answers as its label and value, a list item without its marker; "X说了
// 什么" gets the quote X's speech verb opens, not the text after the 说 of
// 说明会, and "What did X say?" the quote before "said X". "How fast"
// wants a speed with its rate, "when" a day named without a number, and
// "Who is X?" the title in capitals before X.
func TestArticleShapes(t *testing.T) {
	for _, c := range []struct {
		name, file, text string
		answers          map[string]wantNot
	}{
		{"a role in brackets", "games.md", "# 亚运会筹备进入冲刺阶段\n\n新华社杭州5月8日电（记者王晓明）距离亚运会开幕还有135天。\n\n杭州亚组委副秘书长陈伟强介绍，本届亚运会共设40个大项。\n", map[string]wantNot{
			"记者是谁？":  {"王晓明", "电记者"},
			"陈伟强是谁？": {"杭州亚组委副秘书长陈伟强", "（"},
			// the dateline names the author
			"作者是谁？":    {"王晓明", "陈伟强"},
			"谁写的这篇报道？": {"王晓明", "陈伟强"},
		}},
		{"Markdown list, table and quote", "earnings.md", "# 星辰科技发布第三季度财报\n\n星辰科技10月28日发布第三季度报告，营业收入86.3亿元。\n\n## 主要业务\n\n公司业务分为三大板块：\n\n- 智能终端：收入52.1亿元，占总营收的60.4%；\n- 云服务：收入23.8亿元，同比增长41%；\n- 芯片设计：收入10.4亿元。\n\n董事长刘建华在业绩说明会上说：“云服务已经成为公司增长最快的业务，我们将继续加大投入。”\n\n## 研发\n\n| 项目 | 数值 |\n| --- | --- |\n| 研发投入 | 12.5亿元 |\n| 专利申请 | 1320件 |\n\n公司计划明年在成都新建研发中心。\n", map[string]wantNot{
			"研发投入多少？":   {"12.5亿元", "|"},
			"专利申请有多少件？": {"1320件", "|"},
			"云服务收入多少？":  {"23.8亿元", "- "},
			"刘建华说了什么？":  {"云服务已经成为公司增长最快的业务", "明会"},
		}},
		{"English quote, rate and day", "storm.md", "# Storm Leaves 20,000 Homes Without Power\n\nBy Sarah Mills, March 3, 2025\n\nA storm swept through Northfield on Sunday night.\n\nWinds reached 110 kilometres per hour at the airport.\n\n\"We have not seen a storm like this in twenty years,\" said Fire Chief Tom Baker.\n\nThe power company said it expects to restore electricity to most homes by Wednesday.\n\n- Schools will reopen on Thursday.\n- The city has opened two shelters.\n", map[string]wantNot{
			"What did Tom Baker say?":   {"We have not seen a storm like this in twenty years", "\""},
			"How fast were the winds?":  {"110 kilometres per hour", "airport"},
			"When will schools reopen?": {"Thursday", "Sunday"},
			"Who is Tom Baker?":         {"Fire Chief Tom Baker", "seen"},
			"Who wrote the article?":    {"Sarah Mills", "Baker"},
			// restored is restore's: the stem matches
			"When will power be restored?": {"Wednesday", "Thursday"},
		}},
		{"a rule's answer under a heading that names it", "games.md", "# 亚运会筹备进入冲刺阶段\n\n## 陈伟强\n\n杭州亚组委副秘书长陈伟强介绍，本届亚运会共设40个大项。\n", map[string]wantNot{
			// the role (whoIs), not the section's sentences (sectionAnswer)
			"陈伟强是谁？": {"杭州亚组委副秘书长陈伟强", "40个大项"},
		}},
		{"English speaker after a quote", "study.md", "# Short Walks After Meals Lower Blood Sugar, Study Finds\n\nResearchers at the University of Limerick have found that a walk of just two to five minutes after eating can lower blood sugar levels.\n\nThe team reviewed seven studies that compared the effects of sitting, standing and walking on heart health and blood sugar. The studies involved a total of 116 participants.\n\n## What they found\n\nLight walking after a meal led to a more gradual rise and fall in blood sugar than sitting still. Standing also helped, but less than walking.\n\n\"Even a short walk can make a difference,\" said Aidan Buffey, the study's lead author. He recommended walking within 60 to 90 minutes after a meal, when blood sugar tends to peak.\n\n## Why it matters\n\nAbout 37 million Americans have diabetes, according to the Centers for Disease Control and Prevention. Sharp spikes in blood sugar are thought to raise the risk of type 2 diabetes and heart disease.\n\nThe findings were published in the journal Sports Medicine.\n", map[string]wantNot{
			// a capitalised word after an opening quote starts the sentence,
			// and the speech verb and the closing quote are no part of a name
			"Who led the study?": {"Aidan Buffey", "Even"},
			"Who said that even a short walk can make a difference?": {"Aidan Buffey", "said"},
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			expectAnswers(t, openAnswerer(t, writeArticles(t, map[string]string{c.file: c.text})), c.answers)
		})
	}
}

// Several articles are summed up one by one: each one's title and first
// sentence, cited, under a head that counts them; an English question gets
// the Chinese articles in their own words.
func TestOverviewOfSeveral(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"a.md":  "# 亚运会筹备进入冲刺阶段\n\n距离亚运会开幕还有135天。\n\n## 场馆\n\n全部56个竞赛场馆已完成验收。\n",
		"b.md":  "# 星辰科技发布财报\n\n星辰科技第三季度营业收入86.3亿元。\n\n## 研发\n\n研发投入12.5亿元。\n",
		"c.txt": "星辰科技计划明年在成都新建研发中心。\n",
	})
	x := openAnswerer(t, dir)
	for q, lang := range map[string]string{"这篇文章讲了什么？": "zh", "What is this article about?": "en", "有哪些文章？": "zh", "Which articles are there?": "en"} {
		a := ask(t, x, q)
		if !a.Found || len(a.Citations) != 3 || !strings.HasPrefix(a.Answer, fmt.Sprintf(texts.For(lang).OverviewMany, 3)) {
			t.Fatalf("%s: %+v, want the 3 articles counted, one citation each", q, a)
		}
		for _, want := range []string{"《亚运会筹备进入冲刺阶段》：距离亚运会开幕还有135天。 [", "《星辰科技发布财报》：星辰科技第三季度营业收入86.3亿元。 [", "\n星辰科技计划明年在成都新建研发中心。 ["} {
			if !strings.Contains(a.Answer, want) {
				t.Errorf("%s: %q lacks %q", q, a.Answer, want)
			}
		}
	}
}

// An article without sections is summed up by the first sentence of each
// paragraph; an English one's title is not put in Chinese title marks.
func TestOverviewByParagraph(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"port.txt": "# New Harbour Opens\n\nThe new harbour of Riverton opened on 4 July 2024. It has 8 berths.\n\nThe harbour master, Ann Lee, said the port will bring 2,000 jobs. Work starts soon.\n\nA second pier is planned for 2027.\n",
	})
	a := ask(t, openAnswerer(t, dir), "What is this article about?")
	if !a.Found || len(a.Citations) != 3 {
		t.Fatalf("overview %+v, want the first sentence of each of the 3 paragraphs", a)
	}
	if !strings.HasPrefix(a.Answer, "New Harbour Opens. ") || strings.Contains(a.Answer, "《") {
		t.Errorf("overview head %q", a.Answer)
	}
	for i, want := range []string{"opened on 4 July 2024", "Ann Lee", "second pier"} {
		if !strings.Contains(a.Citations[i].Quote, want) {
			t.Errorf("citation %d %q, want the sentence with %q", i+1, a.Citations[i].Quote, want)
		}
	}
}

// An article with no heading has only its file's name for a title: the
// overview does not announce it as one.
func TestOverviewWithoutTitle(t *testing.T) {
	for text, head := range map[string]string{
		"The council voted 7 to 2 on Tuesday to approve the budget.\n\nThe building will have three floors.\n": texts.For("en").Overview,
		// a plain text file's first line, short and without a mark, is its title
		"City Council Approves New Library Budget\n\nThe council voted 7 to 2 on Tuesday to approve the budget.\n\nThe building will have three floors.\n": "City Council Approves New Library Budget. " + texts.For("en").Overview,
	} {
		a := ask(t, openAnswerer(t, writeArticles(t, map[string]string{"report.txt": text})), "What is this article about?")
		if !a.Found || strings.Contains(a.Answer, "report") || !strings.HasPrefix(a.Answer, head) {
			t.Errorf("overview %q, want it to start %q without the file name", a.Answer, head)
		}
	}
}

// "X说了什么" gets what X said, not X and the verb; "为什么" answered only by
// the question's own claim says the article gives no reason; "X说了什么" is
// no overview question although it holds the cue 说了什么.
func TestWhatSaidAndNoReason(t *testing.T) {
	x := articleEngine(t)
	for q, c := range map[string]struct{ want, not string }{
		"陈新武说了什么？":         {"197项改革措施", "陈新武提出"},
		"李文清说了什么？":         {"现代化产业体系", "李文清提出"},
		"五年来川渝实施了多少项改革措施？": {"197项", "了197项"},
	} {
		a := ask(t, x, q)
		if !a.Found || !strings.Contains(a.Answer, c.want) || strings.Contains(a.Answer, c.not) {
			t.Errorf("%s: %q, want %q and not %q", q, a.Answer, c.want, c.not)
		}
	}
	a := ask(t, x, "重庆为什么承办世界环境日主场活动？")
	if a.Found || a.Answer != texts.For("zh").NoReason || len(a.Related) == 0 || !strings.Contains(a.Related[0].Quote, "世界环境日") {
		t.Errorf("reason the article does not give: %+v", a)
	}
	for q, overview := range map[string]bool{"李文清说了什么？": false, "文章的主要内容是什么？": true, "请帮我总结一下这篇文章": true, "这篇报道讲了什么？": true} {
		if got := strings.Contains(ask(t, x, q).Answer, texts.For("zh").Overview); got != overview {
			t.Errorf("%s: overview %v, want %v", q, got, overview)
		}
	}
}

// English "Who is X?" gets the role the article gives X beside the name (or
// the sentence naming X), "What did X say?" what follows X's speech verb.
func TestEnglishWhoAndWhatSaid(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"port.txt": "# New Harbour Opens\n\nThe new harbour of Riverton opened on 4 July 2024. It was designed by the engineer Maria Gomez.\n\nThe harbour master, Ann Lee, said that the port will bring 2,000 jobs to the town. Work on a second pier was begun by Tom Hart in May.\n",
	})
	x := openAnswerer(t, dir)
	answersStartWith(t, x, map[string]string{
		"Who is Ann Lee?":       "The harbour master, Ann Lee",
		"Who is Maria Gomez?":   "the engineer Maria Gomez",
		"Who is Tom Hart?":      "Work on a second pier was begun by Tom Hart in May.",
		"What did Ann Lee say?": "the port will bring 2,000 jobs to the town",
	})
	if a := ask(t, x, "Who is Bob Smith?"); a.Found {
		t.Errorf("unknown person answered: %q", a.Answer)
	}
}

// "什么是X" / "X是什么" / "What is X?" get the sentence that defines X: the
// first with X as its subject.
func TestWhatIs(t *testing.T) {
	dir := writeArticles(t, map[string]string{
		"a.txt": "# 冠夫姓\n\n魏晋以后，冠夫姓的习俗逐渐流行。冠夫姓（或从夫姓），指女性结婚后改用丈夫的姓氏的习俗。现代国家的法律多不强制。\n",
		"c.txt": "# 佩内塔\n\n弗拉维娅·佩内塔（Flavia Pennetta），义大利职业女子网球运动员。她生于布林迪西。\n",
		"b.txt": "# The Golden Gate Bridge\n\nMany visitors come every year. The Golden Gate Bridge is a suspension bridge in California. It opened in 1937.\n",
	})
	x := openAnswerer(t, dir)
	answersStartWith(t, x, map[string]string{
		"什么是冠夫姓？":                         "冠夫姓（或从夫姓），指女性结婚后改用丈夫的姓氏的习俗",
		"冠夫姓是什么？":                         "冠夫姓（或从夫姓），指女性结婚后改用丈夫的姓氏的习俗",
		"冠夫姓指的是什么？":                       "冠夫姓（或从夫姓），指女性结婚后改用丈夫的姓氏的习俗",
		"What is the Golden Gate Bridge?": "The Golden Gate Bridge is a suspension bridge in California",
		"弗拉维娅·佩内塔是谁？":                     "弗拉维娅·佩内塔（Flavia Pennetta），义大利职业女子网球运动员",
	})
}

// answersStartWith asks each question and wants an answer starting with its
// text.
func answersStartWith(t *testing.T, x *extract.Answerer, cases map[string]string) {
	t.Helper()
	for q, want := range cases {
		if a := ask(t, x, q); !a.Found || !strings.HasPrefix(a.Answer, want) {
			t.Errorf("%s: %q, want it to start with %q", q, a.Answer, want)
		}
	}
}

// Articles by different authors have no one author: "作者是谁？" is not
// answered with one of them.
func TestWhoWroteSeveral(t *testing.T) {
	x := openAnswerer(t, writeArticles(t, map[string]string{
		"a.md": "# 新港开港\n\n新华社重庆1月9日电（记者王晓明）新港今天开港。\n",
		"b.md": "# 城际铁路通车\n\n本报讯（记者 张三）城际铁路今天通车。\n",
	}))
	for _, name := range []string{"王晓明 [", "张三 ["} {
		if a := ask(t, x, "作者是谁？"); strings.HasPrefix(a.Answer, name) {
			t.Errorf("作者是谁？ answered %q, one of two authors", a.Answer)
		}
	}
	if a := ask(t, x, "新港开港那篇报道的记者是谁？"); strings.HasPrefix(a.Answer, "张三") {
		t.Errorf("answered %q", a.Answer)
	}
}

// An English "who" question is not answered with its own words, nor with a
// day: neither is a person (the old answers were "Vento Energy" and
// "Tuesday").
func TestWhoNotEchoNorDay(t *testing.T) {
	x := openAnswerer(t, writeArticles(t, map[string]string{
		"farm.md": "# Wind Farm Opens\n\nThe Northfield Wind Farm, built off the coast of Norway, started producing power on March 3, 2023. The project was developed by Vento Energy and cost 1.2 billion euros.\n\nConstruction took three years. Chief engineer Lars Holm said the biggest challenge was the winter storms.\n",
		"tram.md": "# City Council Approves New Tram Line\n\nThe city council of Westbury voted on Tuesday to approve a new tram line linking the central station with the university campus. The vote passed by 31 to 9.\n",
	}))
	for q, bad := range map[string]string{
		"Who is the chief executive of Vento Energy?": "Vento Energy [",
		"Who will build the tram line?":               "Tuesday [",
	} {
		if a := ask(t, x, q); strings.HasPrefix(a.Answer, bad) {
			t.Errorf("%s: answered %q", q, a.Answer)
		}
	}
}

// Articles without a sentence of text have no overview: "not found", not
// an empty list under its head.
func TestOverviewOfSeveralWithoutText(t *testing.T) {
	x := openAnswerer(t, writeArticles(t, map[string]string{
		"a.md": "# 亚运会筹备进入冲刺阶段\n\n## 场馆\n",
		"b.md": "# 星辰科技发布财报\n\n## 研发\n",
	}))
	if a := ask(t, x, "这篇文章讲了什么？"); a.Found || a.Answer != texts.For("zh").NotFound {
		t.Errorf("%+v, want not found", a)
	}
}

// A plain text notice: its first line is the title, "一、…" lines are
// section headings, and a question that a heading names gets its section.
func TestPlainTextSections(t *testing.T) {
	x := openAnswerer(t, writeArticles(t, map[string]string{"notice.txt": "关于开展养老服务补贴申报工作的通知\n\n为完善养老服务体系，现就补贴申报工作通知如下。\n\n一、补贴对象\n\n本市户籍、年满80周岁的老年人。\n\n二、补贴标准\n\n（一）80周岁至89周岁的老年人，每人每月补贴200元；\n\n（二）90周岁及以上的老年人，每人每月补贴400元。\n\n三、申报时间\n\n申报时间为2025年3月1日至4月30日。\n"}))
	if d := x.Docs(); len(d) != 1 || d[0].Title != "关于开展养老服务补贴申报工作的通知" || len(d[0].Sections) != 3 {
		t.Fatalf("docs %+v, want the title and 3 sections", d)
	}
	expectAnswers(t, x, map[string]wantNot{
		"补贴对象是谁？":      {"年满80周岁的老年人", "一、"},
		"补贴标准是什么？":     {"200元；", "为完善"},
		"90岁老人每月补贴多少？": {"400元", "200元"},
		"申报时间是什么时候？":   {"2025年3月1日至4月30日", "补贴标准"},
	})
	if a := ask(t, x, "补贴标准是什么？"); len(a.Citations) != 2 || !strings.Contains(a.Answer, "400元") {
		t.Errorf("%+v, want both items of the section, each cited", a)
	}
}

// An FAQ's question, a paragraph of its own, names what the paragraph after
// it answers: a question it asks gets that answer (the question paragraph
// is no candidate, and the answer need not repeat its words), without the
// 答： label and with each sentence quoted once.
func TestFAQ(t *testing.T) {
	x := openAnswerer(t, writeArticles(t, map[string]string{"faq.md": "# 居民医保常见问题解答\n\n问：城乡居民医保每年什么时候缴费？\n\n答：每年9月1日至12月31日为集中缴费期，缴纳的是次年的医保费用。\n\n问：2025年个人缴费标准是多少？\n\n答：2025年城乡居民医保个人缴费标准为每人每年380元。\n\n问：在外地住院能报销吗？\n\n答：可以。办理异地就医备案后，在备案地定点医院住院可以直接结算。\n"}))
	expectAnswers(t, x, map[string]wantNot{
		"居民医保什么时候缴费？": {"9月1日至12月31日", "380元"},
		"外地住院能报销吗？":   {"可以", "答："},
	})
	if a := ask(t, x, "外地住院能报销吗？"); len(a.Citations) != 1 {
		t.Errorf("%+v, want its answer quoted once", a)
	}
}
