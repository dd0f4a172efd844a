package rag

import (
	"os"
	"strings"
	"testing"
)

// wrap breaks every line of text after width runes, as a PDF copy does.
func wrap(text string, width int) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		rs := []rune(l)
		for len(rs) > width {
			out = append(out, string(rs[:width]))
			rs = rs[width:]
		}
		out = append(out, string(rs))
	}
	return strings.Join(out, "\n")
}

// wrapWords breaks every line of text at the last space before width, as
// a mail client does.
func wrapWords(text string, width int) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		line := ""
		for _, w := range strings.Fields(l) {
			if line != "" && len(line)+1+len(w) > width {
				out = append(out, line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

func TestUnwrapLines(t *testing.T) {
	zh := "# 川渝合作\n\n截至2024年底，铁海联运班列达到1.5万列，货值超过2000亿元\n\n西部陆海新通道通达全球127个国家和地区的548个港口，成为川渝跻身开放前沿的重要支点。五年来，川渝联动实施了197项改革措施，全力打造跨区域协作样板。\n\n四川省副省长李文清出席发布会并回答记者提问，介绍了两地在产业协作方面取得的新进展和新成效。"
	en := "The new line links the two cities in under an hour and carries about forty thousand passengers on a normal working day, twice as many as planned.\n\nTrains run every nine minutes at peak times, and the fare was cut by a fifth last spring after a long public consultation."
	cases := []struct {
		name, in, want string
		joined         bool
	}{
		{"Chinese wrapped at 20", wrap(zh, 20), zh, true},
		{"Chinese wrapped at 33", wrap(zh+"\n\n"+zh, 33), zh + "\n\n" + zh, true},
		{"English wrapped at 40", wrapWords(en, 40), en, true},
		{"unwrapped text is left alone", zh, zh, false},
		{"a wrap before a decimal", "截至2024年底，西部陆海新通道常态化开行的铁海联运班列达到\n1.5万列，货值超过2000亿元，通达全球127个国家和地区的\n548个港口，成为川渝跻身开放前沿的重要支点和关键\n通道，两地合作不断深化拓展并取得一系列重要成果和\n显著成效。", "截至2024年底，西部陆海新通道常态化开行的铁海联运班列达到1.5万列，货值超过2000亿元，通达全球127个国家和地区的548个港口，成为川渝跻身开放前沿的重要支点和关键通道，两地合作不断深化拓展并取得一系列重要成果和显著成效。", true},
		{"digits split in a Chinese text", "截至2024年底，西部陆海新通道常态化开行的铁海联运班列达到1\n.5万列，货值超过2000亿元，通达全球127个国家和地区的\n548个港口，成为川渝跻身开放前沿的重要支点和关键\n通道，两地合作不断深化拓展并取得一系列重要成果和\n显著成效。", "截至2024年底，西部陆海新通道常态化开行的铁海联运班列达到1.5万列，货值超过2000亿元，通达全球127个国家和地区的548个港口，成为川渝跻身开放前沿的重要支点和关键通道，两地合作不断深化拓展并取得一系列重要成果和显著成效。", true},
		{"one paragraph per line", "第一段说了一件事。\n第二段又说了一件事。\n第三段还说了一件事。\n第四段也说了一件事。\n第五段最后说了一件事。", "", false},
		{"headings over paragraphs", "携手打造增长极\n川渝两地联合推出了多项改革措施，成效显著。\n顶层设计持续发力\n两地机场旅客吞吐量突破1.3亿人次。\n并肩共赴下个五年\n2025年，重庆将承办世界环境日国家主场活动。", "", false},
		{"a list stays a list", "本次会议明确的重点任务包括以下几个方面的\n内容，需要各地认真落实推进并按时完成\n一、加快建设现代化基础设施体系并完善\n二、推动产业协同发展形成现代产业体系\n三、深化体制机制改革打造一流营商环境\n四、共建共享公共服务提升人民群众生活", "本次会议明确的重点任务包括以下几个方面的内容，需要各地认真落实推进并按时完成\n一、加快建设现代化基础设施体系并完善\n二、推动产业协同发展形成现代产业体系\n三、深化体制机制改革打造一流营商环境\n四、共建共享公共服务提升人民群众生活", true},
		{"CRLF", strings.ReplaceAll(wrap(zh, 20), "\n", "\r\n"), strings.ReplaceAll(zh, "\n\n", "\r\n\r\n"), true},
		{"a Markdown table stays a table", "研发情况如下：\n\n| 项目 | 数值 |\n| --- | --- |\n| 研发投入 | 12.5亿元 |\n| 研发人员 | 6800人 |\n| 专利申请 | 1320件 |\n\n公司员工总数为2.1万人。", "", false},
		{"a table inside wrapped text", wrap(zh, 20) + "\n\n| 项目 | 数值 |\n| --- | --- |\n| 研发投入 | 12.5亿元 |\n", zh + "\n\n| 项目 | 数值 |\n| --- | --- |\n| 研发投入 | 12.5亿元 |\n", true},
	}
	for _, c := range cases {
		got, n := unwrapLines(c.in)
		want := c.want
		if want == "" {
			want = c.in
		}
		if (n > 0) != c.joined || got != want {
			t.Errorf("%s: joined %d lines\n got %q\nwant %q", c.name, n, got, want)
		}
	}
}

// The seed article has no hard wraps: it must reach the index as it is;
// wrapped at any width, it must come back as it was.
func TestUnwrapSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../data/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	if _, n := unwrapLines(text); n != 0 {
		t.Errorf("joined %d lines of the seed article", n)
	}
	for _, width := range []int{24, 30, 37, 41, 60} {
		if got, _ := unwrapLines(wrap(text, width)); got != text {
			t.Errorf("wrapped at %d, unwrapped: %d bytes against %d, or other bytes", width, len(got), len(text))
		}
	}
}

func FuzzUnwrapLines(f *testing.F) {
	f.Add("第一行没有句号\n第二行也没有\n第三行\n第四行\n第五行。")
	f.Add("a\r\nb\r\n\r\nc")
	f.Fuzz(func(t *testing.T, s string) {
		got, n := unwrapLines(s)
		if n == 0 && got != s {
			t.Fatalf("no line joined but the text changed: %q → %q", s, got)
		}
		if strings.Count(got, "\n") != strings.Count(s, "\n")-n {
			t.Fatalf("joined %d lines, but %q has %d newlines against %d", n, got, strings.Count(got, "\n"), strings.Count(s, "\n"))
		}
	})
}
