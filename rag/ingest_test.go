package rag

import (
	"slices"
	"strings"
	"testing"
)

// passageTexts returns the texts of the passages, in order.
func passageTexts(d Document) []string {
	var out []string
	for _, p := range d.Passages {
		out = append(out, p.Text)
	}
	return out
}

func TestIngestDedup(t *testing.T) {
	const (
		a    = "第一段：成渝地区双城经济圈建设已走过五年历程，进入积厚成势、整体跃升新阶段。"
		b    = "第二段：川渝互访游客每年超过1亿人次，带动全国超过10亿人次来川渝畅游。"
		aCut = "第一段：成渝地区双城经济圈建设已走过五年历程，进入积厚" // a repeat cut short by the scraper
	)
	for _, tc := range []struct {
		name       string
		text       string
		want       []string
		duplicates int
	}{
		{"no repeat", a + "\n\n" + b, []string{a, b}, 0},
		{"repeated twice", a + "\n\n" + b + "\n\n" + a + "\n\n" + b, []string{a, b}, 2},
		{"repeated three times", a + "\n\n" + a + "\n\n" + b + "\n\n" + a, []string{a, b}, 2},
		{"repeat with other whitespace", a + "\n\n" + strings.Replace(a, "，", "，\n", 1) + "  \n\n" + b, []string{a, b}, 1},
		{"repeat cut short", a + "\n\n" + b + "\n\n" + aCut, []string{a, b}, 1},
		{"heading between repeats", "# 标题\n\n" + a + "\n\n### 小节\n\n" + a + "\n\n" + b, []string{"标题", a, "小节", b}, 1},
		{"short lines repeated exactly", "好。\n\n好。", []string{"好。"}, 1},
		{"shared prefix is no repeat", a + "\n\n" + a[:len(a)-len("。")] + "，并将继续推进。", []string{a, a[:len(a)-len("。")] + "，并将继续推进。"}, 0},
		// "Each passage once": a copy cut short that comes before the full
		// paragraph leaves the fragment in the index beside the full text.
		{"cut-short copy before the full one", aCut + "\n\n" + a + "\n\n" + b, []string{a, b}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Ingest("x", tc.text)
			got := passageTexts(d)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("passages:\n%q\nwant:\n%q", got, tc.want)
			}
			if d.Stats.Duplicates != tc.duplicates {
				t.Errorf("Stats.Duplicates = %d, want %d", d.Stats.Duplicates, tc.duplicates)
			}
		})
	}
}

// The real article repeats paragraphs two or three times, some cut short;
// each is kept once.
func TestIngestDedupArticle(t *testing.T) {
	d := Ingest("article", readArticle(t))
	if d.Stats.Duplicates < 10 {
		t.Errorf("Stats.Duplicates = %d; the article repeats more than 10 blocks", d.Stats.Duplicates)
	}
	for _, p := range d.Passages {
		for _, q := range d.Passages {
			if p.Paragraph != q.Paragraph && strings.Contains(compactKey(q.Text), compactKey(p.Text)) && p.Kind != KindHeading {
				t.Errorf("paragraph %d (%.40q) is repeated in paragraph %d", p.Paragraph, p.Text, q.Paragraph)
			}
		}
	}
	for _, s := range []string{
		"川渝联动实施了197项改革措施",
		"陈亚军透露，国家发改委将结合国家“十五五”规划编制",
		"其次，还将推动重庆、成都加快转变发展方式",
		"2025年是《成渝地区双城经济圈建设规划纲要》的收官之年",
		"新能源汽车出口5.2万辆",
		"谋划实施一批重大项目",
		"进各项任务举措，扎实推动双城经济圈建设。",
	} {
		n := 0
		for _, p := range d.Passages {
			if strings.Contains(p.Text, s) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q is in %d passages, want 1", s, n)
		}
	}
	if got := d.Stats.Passages + d.Stats.Headings + d.Stats.Duplicates + d.Stats.Dropped; got != d.Stats.Blocks {
		t.Errorf("passages %d + headings %d + duplicates %d + dropped %d = %d, want the %d blocks",
			d.Stats.Passages, d.Stats.Headings, d.Stats.Duplicates, d.Stats.Dropped, got, d.Stats.Blocks)
	}
}

func TestIngestKinds(t *testing.T) {
	for _, tc := range []struct {
		block, kind string
	}{
		// captions end with the photographer's credit
		{"开港。二〇二四年七月四日，忠县，长江上游首个万吨级码头重庆新生港。通讯员 赵军 摄/视觉重庆", KindCaption},
		{"2024年12月27日，川渝高竹新区税费征管服务中心，市民正在办理业务。记者 尹诗语 摄/视觉重庆", KindCaption},
		{"2024年12月24日，重庆西站，旅客登上“复兴号”车厢，准备前往成都。首席记者 龙帆 摄/视觉重庆", KindCaption},
		{"长江上游首个万吨级码头。记者 张三 摄", KindCaption},
		{"重庆西站夜景。新华社记者 王五 摄 / 新华社", KindCaption},
		// the byline
		{"■新重庆-重庆日报记者 唐琴", KindByline},
		{"●本报记者 张三 李四", KindByline},
		{"记者 唐琴", KindByline},
		{"By Sarah Mills, March 3, 2025", KindByline},
		{"By Mary O'Neil", KindByline},
		{"By then, the storm had passed.", KindText},
		{"By Reuters", KindByline},
		{"By Tuesday, most homes had power", KindText},
		{"By Sunday night the river had risen by two metres, and the bridge was closed.", KindText},
		// text that mentions reporters or photos is text
		{"面对记者们热情的提问，国家发展改革委副秘书长陈亚军一一作答。", KindText},
		{"1月9日上午，超过40家媒体的记者早早来到现场架起长枪短炮。", KindText},
		{"记者唐琴在现场拍摄了这张照片。", KindText},
		{"他说，这是记者 唐琴 摄。", KindText},
		{"站在这个重要的时间节点，各路媒体对双城经济圈建设充满好奇与期待。", KindText},
		// a heading-like line without a mark is not a photo caption
		{"共绘高质量发展新蓝图", KindText},
	} {
		d := Ingest("x", "# 标题\n\n"+tc.block+"\n")
		if len(d.Passages) != 2 {
			t.Errorf("%q: %d passages, want a heading and one", tc.block, len(d.Passages))
			continue
		}
		if got := d.Passages[1].Kind; got != tc.kind {
			t.Errorf("%q: kind %q, want %q", tc.block, got, tc.kind)
		}
	}
}

func TestIngestArticleKinds(t *testing.T) {
	text := readArticle(t)
	d := Ingest("article", text)
	if d.Stats.Captions != 4 || d.Stats.Bylines != 1 {
		t.Errorf("captions %d, bylines %d; want 4, 1", d.Stats.Captions, d.Stats.Bylines)
	}
	for _, p := range d.Passages {
		switch p.Kind {
		case KindCaption:
			if !strings.HasSuffix(p.Text, "摄/视觉重庆") {
				t.Errorf("caption %q does not end with the credit", p.Text)
			}
		case KindByline:
			if p.Text != "■新重庆-重庆日报记者 唐琴" {
				t.Errorf("byline %q", p.Text)
			}
		case KindText:
			if strings.HasSuffix(p.Text, "摄/视觉重庆") {
				t.Errorf("caption %q kept as text", p.Text)
			}
		}
	}
	if d.Info.Author != "唐琴" {
		t.Errorf("Info.Author = %q, want 唐琴", d.Info.Author)
	}
	if d.Info.Title != "把习近平总书记的殷殷嘱托 全面落实在重庆大地上" {
		t.Errorf("Info.Title = %q", d.Info.Title)
	}
}

func TestIngestSections(t *testing.T) {
	text := "# 标题\n\n## 副标题\n\n导语一段。\n\n### 第一节\n\n第一节正文。\n\n第一节第二段。\n\n### 第二节\n\n第二节正文。\n"
	d := Ingest("x", text)
	if d.Info.Title != "标题" || d.Info.Subtitle != "副标题" {
		t.Errorf("title %q, subtitle %q", d.Info.Title, d.Info.Subtitle)
	}
	if got := strings.Join(d.Info.Sections, "|"); got != "副标题|第一节|第二节" {
		t.Errorf("sections %q", got)
	}
	want := []struct{ text, section, kind string }{
		{"标题", "", KindHeading},
		{"副标题", "副标题", KindHeading},
		{"导语一段。", "副标题", KindText},
		{"第一节", "第一节", KindHeading},
		{"第一节正文。", "第一节", KindText},
		{"第一节第二段。", "第一节", KindText},
		{"第二节", "第二节", KindHeading},
		{"第二节正文。", "第二节", KindText},
	}
	if len(d.Passages) != len(want) {
		t.Fatalf("passages %q", passageTexts(d))
	}
	for i, w := range want {
		p := d.Passages[i]
		if p.Text != w.text || p.Section != w.section || p.Kind != w.kind || p.Paragraph != i+1 {
			t.Errorf("passage %d = {%q %q %q ¶%d}, want {%q %q %q ¶%d}", i, p.Text, p.Section, p.Kind, p.Paragraph, w.text, w.section, w.kind, i+1)
		}
	}
	if d.Stats.Sections != 3 || d.Stats.Headings != 4 {
		t.Errorf("Stats.Sections = %d, Headings = %d; want 3, 4", d.Stats.Sections, d.Stats.Headings)
	}
}

func TestIngestArticleSections(t *testing.T) {
	d := Ingest("article", readArticle(t))
	if got := strings.Join(d.Info.Sections, "|"); got != "携手打造国家区域发展“第四极”|顶层设计持续发力|川渝携手成绩斐然|并肩共赴下个五年" {
		t.Errorf("sections %q", got)
	}
	for s, section := range map[string]string{
		"川渝联动实施了197项改革措施":  "川渝携手成绩斐然",
		"新能源汽车出口5.2万辆":     "川渝携手成绩斐然",
		"川渝天然气千亿立方米级产能基地":  "顶层设计持续发力",
		"曹俊杰说，以双城经济圈建设五周年": "并肩共赴下个五年",
		"1月9日上午，北京西长安街11号": "携手打造国家区域发展“第四极”",
	} {
		for _, p := range d.Passages {
			if strings.Contains(p.Text, s) && p.Section != section {
				t.Errorf("%q is in section %q, want %q", s, p.Section, section)
			}
		}
	}
}

// Every passage's offsets point at its text in the file, paragraphs count
// up from 1, and passages come in file order.
func TestIngestOffsets(t *testing.T) {
	for name, text := range map[string]string{
		"article": readArticle(t),
		"crlf":    "# 标题\r\n\r\n第一段。\r\n\r\n  第二段，前有空格。  \r\n\r\n\u3000\u3000第三段。\r\n",
		"empty":   "",
		"blank":   "\n\n  \n",
		"one":     "只有一段没有句号",
	} {
		d := Ingest(name, text)
		prevEnd := 0
		for i, p := range d.Passages {
			if p.Start < prevEnd || p.End < p.Start || p.End > len(text) {
				t.Errorf("%s: passage %d has offsets [%d,%d) after %d", name, i, p.Start, p.End, prevEnd)
				continue
			}
			if text[p.Start:p.End] != p.Text {
				t.Errorf("%s: passage %d: file[%d:%d] = %q, Text %q", name, i, p.Start, p.End, text[p.Start:p.End], p.Text)
			}
			if strings.TrimSpace(p.Text) != p.Text || p.Text == "" {
				t.Errorf("%s: passage %d not trimmed: %q", name, i, p.Text)
			}
			if p.Paragraph != i+1 || p.Doc != name {
				t.Errorf("%s: passage %d: paragraph %d, doc %q", name, i, p.Paragraph, p.Doc)
			}
			prevEnd = p.End
		}
	}
}

func TestIngestTruncated(t *testing.T) {
	d := Ingest("x", "完整的一段。\n\n被截断的一段，压茬推\n\n进各项任务举措。\n")
	var got []bool
	for _, p := range d.Passages {
		got = append(got, p.Truncated)
	}
	if len(got) != 3 || got[0] || !got[1] || got[2] {
		t.Errorf("Truncated = %v, want [false true false]", got)
	}
}

func TestIngestURLLine(t *testing.T) {
	text := "# 标题\n\nURL: https://example.com/a.html\n\n正文第一段。\n"
	d := Ingest("a", text)
	if d.Info.URL != "https://example.com/a.html" {
		t.Errorf("URL = %q", d.Info.URL)
	}
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "example.com") {
			t.Errorf("the URL line became a passage: %+v", p)
		}
	}
	if d2 := Ingest("b", "# 标题\n\n原文链接：https://example.com/b\n\n正文。\n"); d2.Info.URL != "https://example.com/b" {
		t.Errorf("原文链接 URL = %q", d2.Info.URL)
	}
}

// An English byline names the author and is no text to answer from.
func TestIngestEnglishByline(t *testing.T) {
	d := Ingest("x", "# Storm Leaves Homes Without Power\n\nBy Sarah Mills, March 3, 2025\n\nA storm swept through Northfield on Sunday night.\n")
	if d.Info.Author != "Sarah Mills" || d.Stats.Bylines != 1 {
		t.Errorf("author %q, bylines %d; want Sarah Mills, 1", d.Info.Author, d.Stats.Bylines)
	}
}

// TestIngestDateline: a news agency's dateline names the author, in the
// first text paragraph only.
func TestIngestDateline(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"# 标题\n\n新华社杭州5月8日电（记者王晓明）距离开幕还有135天。\n", "王晓明"},
		{"本报讯（记者 张三 李四）昨日，新港开港。\n", "张三 李四"},
		{"新华社北京1月9日电（记者王晓明、李华）发布会在京举行。\n", "王晓明、李华"},
		{"本报北京电 (首席记者 赵六) 会议召开。\n", "赵六"},
		{"会议召开。\n\n新华社杭州5月8日电（记者王晓明）距离开幕还有135天。\n", ""},
		{"他说：“我们接到电（记者来电）后出发。”\n", ""},
	} {
		if got := Ingest("x", c.text).Info.Author; got != c.want {
			t.Errorf("%q: author %q, want %q", c.text, got, c.want)
		}
	}
}

// A plain text file's headings are lines of their own: the first short
// line without a mark is the title, a Chinese section number starts a
// section; a Markdown file's plain lines stay text.
func TestIngestPlainHeadings(t *testing.T) {
	for _, c := range []struct {
		name, text, title string
		sections          []string
	}{
		{"notice", "关于开展补贴申报工作的通知\n\n现通知如下。\n\n一、补贴对象\n\n本市老年人。\n\n第二章 总则\n\n（一）每人每月补贴200元；\n", "关于开展补贴申报工作的通知", []string{"一、补贴对象", "第二章 总则"}},
		{"English title", "City Council Approves New Budget\n\nThe council voted on Tuesday.\n", "City Council Approves New Budget", nil},
		{"first paragraph cut short", "第一段：成渝地区双城经济圈建设已走过五年历程，进入积厚\n\n第二段。\n", "x", nil},
		{"one line only", "Hello world\n", "x", nil},
		{"Markdown", "# 标题\n\n一、补贴对象\n\n本市老年人。\n", "标题", nil},
	} {
		d := Ingest("x", c.text)
		if d.Info.Title != c.title || !slices.Equal(d.Info.Sections, c.sections) {
			t.Errorf("%s: title %q sections %q, want %q %q", c.name, d.Info.Title, d.Info.Sections, c.title, c.sections)
		}
	}
}
