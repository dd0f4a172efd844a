package eval

import (
	"articlebot/rag"

	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeAsker answers from a table keyed by question; unknown questions get
// found=false.
type fakeAsker map[string]rag.Answer

func (f fakeAsker) Ask(_ context.Context, req rag.Request) (rag.Answer, error) {
	if a, ok := f[req.Question]; ok {
		if a.Error == "fail" {
			return rag.Answer{}, errors.New("boom")
		}
		a.Question = req.Question
		return a, nil
	}
	return rag.Answer{Question: req.Question, Answer: "文章中没有提到这一点。"}, nil
}

func strp(s string) *string { return &s }

func evFound(answer string, quotes ...string) rag.Answer {
	a := rag.Answer{Answer: answer, Found: true, Mode: rag.ModeExtractive}
	for i, q := range quotes {
		a.Citations = append(a.Citations, rag.Citation{N: i + 1, Doc: "article", Quote: q})
	}
	return a
}

func evNotFound(answer string, quotes ...string) rag.Answer {
	a := evFound(answer, quotes...)
	a.Found = false
	return a
}

func TestEvalNorm(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Ⅱ类", "ii类"},
		{"ⅠⅢⅣⅫ", "iiiiivxii"},
		{"ⅱ", "ii"},
		{"ＧＤＰ １２３", "gdp123"},
		{"1，2", "1,2"},
		{"a b\tc\nd\u3000e\u00a0f", "abcdef"},
		{"“川渝一盘棋”", "“川渝一盘棋”"},
		{"……", "......"},
		{"Xichang'an", "xichang'an"},
		{"１．２万亿", "1.2万亿"},
		{"m²", "m2"},
	} {
		if got := Norm(tc.in); got != tc.want {
			t.Errorf("Norm(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEvalSupports(t *testing.T) {
	for _, tc := range []struct {
		quote, evidence string
		want            bool
	}{
		{"年均水质稳定达到Ⅱ类。", "年均水质稳定达到Ⅱ类", true},
		{"年均水质稳定达到 II 类。", "年均水质稳定达到Ⅱ类", true}, // NFKC
		{"货值超过1400亿元", "货值超过1400亿元", true},
		{"abcdefghij", "abcdefghiz", true},  // 8 of 9 bigrams
		{"abcdefg", "abcdxyz", false},       // 3 of 6
		{"abcdefgh", "abcdefgXYZ", false},   // 6 of 9 bigrams: 0.67
		{"abcdefghXY", "abcdefghXYZ", true}, // 9 of 10 bigrams
		{"anything", "", true},              // empty evidence is in every quote
		{"", "x", false},                    // no bigrams, not contained
		{"x", "x", true},                    // contained
		{"1，2，3", "1,2,3", true},            // '，' is ','
		{"川渝互访游客", "川渝互访游客每年超过1亿人次", false}, // 5 of 13
	} {
		if got := Supports(tc.quote, tc.evidence); got != tc.want {
			t.Errorf("Supports(%q, %q) = %v, want %v", tc.quote, tc.evidence, got, tc.want)
		}
	}
}

// evalFixture is a small question set and a fake rag.Asker covering every
// verdict of score.py.
func evalFixture() ([]Question, fakeAsker) {
	qs := []Question{
		{ID: "n1", Q: "几年？", Lang: "zh", Type: "number", Answerable: true, Answers: []string{"五年", "5年"}, Evidence: strp("已走过五年历程")},
		{ID: "n2", Q: "多少辆？", Lang: "zh", Type: "number", Answerable: true, Answers: []string{"5.2万"}, Evidence: strp("新能源汽车出口5.2万辆")},
		{ID: "n3", Q: "多少件？", Lang: "zh", Type: "number", Answerable: true, Answers: []string{"626"}, Evidence: strp("互评政策措施626件")},
		{ID: "f1", Q: "几类？", Lang: "zh", Type: "fact", Answerable: true, Answers: []string{"II类"}, Evidence: strp("年均水质稳定达到Ⅱ类")},
		{ID: "f2", Q: "什么？", Lang: "zh", Type: "fact", Answerable: true, Answers: []string{"川渝一盘棋"}, Evidence: strp("要坚持“川渝一盘棋”")},
		{ID: "f3", Q: "哪些？\n第二行", Lang: "zh", Type: "fact", Answerable: true, Answers: []string{"一单制"}, Evidence: strp("探索铁海联运“一单制”“一箱制”")},
		{ID: "p1", Q: "谁？", Lang: "zh", Type: "person", Answerable: true, Answers: []string{"曹俊杰"}, Evidence: strp("常务副市长曹俊杰")},
		{ID: "c1", Q: "How many?", Lang: "en", Type: "crosslingual", Answerable: true, Answers: []string{"27,000", "2.7万"}, Evidence: strp("已汇聚高新技术企业2.7万家")},
		{ID: "u1", Q: "GDP？", Lang: "zh", Type: "unanswerable"},
		{ID: "u2", Q: "大学？", Lang: "zh", Type: "unanswerable"},
		{ID: "u3", Q: "Mayor?", Lang: "en", Type: "unanswerable"},
	}
	asker := fakeAsker{
		// right answer, right citation
		"几年？": evFound("已走过五年历程 [1]", "一路风雨兼程。", "成渝地区双城经济圈建设已走过五年历程，进入新阶段。"),
		// right answer, citation without the evidence
		"多少辆？": evFound("出口5.2万辆 [1]", "2024年1—11月重庆市汽车出口43.5万辆"),
		// found=false although the article holds it (false-no)
		"多少件？": evNotFound("文章中没有提到这一点。", "互评政策措施626件"),
		// roman numeral and full-width answer, NFKC on both sides
		"几类？": evFound("稳定达到Ⅱ类 [1]", "长江干流川渝段国控断面年均水质稳定达到 Ⅱ 类。"),
		// confident wrong answer (wrong), citation holds the evidence
		"什么？": evFound("加强成渝区域协同发展 [1]", "要坚持“川渝一盘棋”，加强成渝区域协同发展。"),
		// the question's newline is sent as a space
		"哪些？ 第二行": evFound("探索铁海联运“一单制”“一箱制” [1]", "推进改革创新，探索铁海联运“一单制”“一箱制”，实现物流运输"),
		// the rag.Asker fails: counts as not found
		"谁？": {Error: "fail"},
		// English answer holding the number with a comma
		"How many?": evFound("27,000 high-tech enterprises [1]", "已汇聚高新技术企业2.7万家"),
		// refused
		"GDP？": evNotFound("文章中没有提到这一点。"),
		// answered although unanswerable
		"大学？": evFound("65个优势学科 [1]", "高校65个优势学科"),
	}
	return qs, asker
}

func TestEvaluate(t *testing.T) {
	qs, asker := evalFixture()
	r := Evaluate(context.Background(), asker, qs)
	want := map[string]Stats{
		"number":       {Answer: Ratio{2, 3}, Cite: Ratio{1, 3}, FalseNo: Ratio{1, 3}, Wrong: Ratio{0, 3}},
		"fact":         {Answer: Ratio{2, 3}, Cite: Ratio{3, 3}, FalseNo: Ratio{0, 3}, Wrong: Ratio{1, 3}},
		"person":       {Answer: Ratio{0, 1}, Cite: Ratio{0, 1}, FalseNo: Ratio{1, 1}, Wrong: Ratio{0, 1}},
		"crosslingual": {Answer: Ratio{1, 1}, Cite: Ratio{1, 1}, FalseNo: Ratio{0, 1}, Wrong: Ratio{0, 1}},
		"unanswerable": {Refuse: Ratio{2, 3}},
	}
	if len(r.ByType) != len(want) {
		t.Errorf("types %v, want %d types", r.ByType, len(want))
	}
	for typ, w := range want {
		if got := r.ByType[typ]; got == nil || *got != w {
			t.Errorf("%s: got %+v, want %+v", typ, got, w)
		}
	}
	all := Stats{Answer: Ratio{5, 8}, Cite: Ratio{5, 8}, Refuse: Ratio{2, 3}, FalseNo: Ratio{2, 8}, Wrong: Ratio{1, 8}}
	if r.All != all {
		t.Errorf("ALL: got %+v, want %+v", r.All, all)
	}
	var ids []string
	for _, m := range r.Misses {
		ids = append(ids, m.ID)
	}
	if got, want := strings.Join(ids, ","), "n3,f2,p1,u2"; got != want {
		t.Errorf("misses %s, want %s", got, want)
	}
	if r.Misses[3].Got != "ANSWERED: 65个优势学科 [1]" {
		t.Errorf("unanswerable miss reads %q", r.Misses[3].Got)
	}
	if !strings.HasPrefix(r.Misses[2].Got, "ERROR: ") {
		t.Errorf("failed question's miss reads %q", r.Misses[2].Got)
	}
	for m, want := range map[string]float64{"answer": 5.0 / 8, "cite": 5.0 / 8, "refuse": 2.0 / 3, "false-no": 2.0 / 8, "wrong": 1.0 / 8} {
		if got := r.Rate(m); got != want {
			t.Errorf("Rate(%s) = %v, want %v", m, got, want)
		}
	}

	zh := r.Filter(func(q Question) bool { return q.Lang == "zh" && q.Answerable })
	if zh.Questions != 7 || zh.All.Answer != (Ratio{4, 7}) || zh.All.Refuse.Total != 0 {
		t.Errorf("filtered: %d questions, %+v", zh.Questions, zh.All)
	}
	if zh.Rate("refuse") != 1 {
		t.Errorf("refuse with no unanswerable question = %v, want 1 (as score.py)", zh.Rate("refuse"))
	}
	if (Report{}).Rate("wrong") != 0 {
		t.Error("wrong with nothing counted should be 0 (as score.py)")
	}
}

func TestEvalWrite(t *testing.T) {
	qs, asker := evalFixture()
	r := Evaluate(context.Background(), asker, qs)
	r.Wall = 1234 * time.Millisecond
	var b bytes.Buffer
	r.Write(&b, true)
	want := `crosslingual  answer 1/1  cite 1/1  false-no 0/1  wrong 0/1
fact          answer 2/3  cite 3/3  false-no 0/3  wrong 1/3
number        answer 2/3  cite 1/3  false-no 1/3  wrong 0/3
person        answer 0/1  cite 0/1  false-no 1/1  wrong 0/1
unanswerable  refuse 2/3
ALL           answer 5/8  cite 5/8  refuse 2/3  false-no 2/8  wrong 1/8
MISS | n3 | 多少件？ | 文章中没有提到这一点。
MISS | f2 | 什么？ | 加强成渝区域协同发展 [1]
MISS | p1 | 谁？ | ERROR: boom
MISS | u2 | 大学？ | ANSWERED: 65个优势学科 [1]
questions 11  wall 1.23s  answer 0.62  cite 0.62  refuse 0.67  wrong 0.12
`
	if b.String() != want {
		t.Errorf("Write:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	r.Write(&b, false)
	if strings.Contains(b.String(), "MISS") {
		t.Error("misses printed without showMisses")
	}
}

func TestReadEvalFile(t *testing.T) {
	qs, err := ReadFile("../../testdata/dev.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) != 27 {
		t.Fatalf("%d questions, want 27", len(qs))
	}
	var answerable, withEvidence int
	for _, q := range qs {
		if q.ID == "" || q.Q == "" || q.Type == "" || q.Lang == "" {
			t.Errorf("incomplete question %+v", q)
		}
		if q.Answerable {
			answerable++
			if q.Evidence != nil && len(q.Answers) > 0 {
				withEvidence++
			}
		} else if q.Evidence != nil {
			t.Errorf("%s: unanswerable with evidence", q.ID)
		}
	}
	if answerable != 23 || withEvidence != 23 {
		t.Errorf("%d answerable, %d with evidence and answers; want 23, 23", answerable, withEvidence)
	}

	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte("{\"id\":\"a\",\"q\":\"x\"}\n\n{not json\n"), 0o644)
	if _, err := ReadFile(bad); err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("bad file: err = %v, want one naming line 3", err)
	}
	if _, err := ReadFile(filepath.Join(dir, "missing.jsonl")); err == nil {
		t.Error("missing file: no error")
	}
}

// The fake command for TestEvalMatchesScorePy: the test binary re-executed
// with RAG_FAKE_ASK=1 answers the stdin lines from the fixture as JSON Lines.
func init() {
	if os.Getenv("RAG_FAKE_ASK") != "1" {
		return
	}
	_, asker := evalFixture()
	data, _ := io.ReadAll(os.Stdin)
	enc := json.NewEncoder(os.Stdout)
	for _, l := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		a, err := asker.Ask(context.Background(), rag.Request{Question: l})
		if err != nil {
			// Evaluate shows an rag.Asker's error as the answer of the miss.
			a = rag.Answer{Question: l, Answer: "ERROR: " + err.Error(), Error: err.Error(), Citations: []rag.Citation{}}
		}
		enc.Encode(a)
	}
	os.Exit(0)
}

// TestEvalMatchesScorePy runs score.py on the same fixture and compares its
// output with Write's, line for line (the wall time aside). It needs python3
// and the shared scorer beside the repository; it is skipped without them.
func TestEvalMatchesScorePy(t *testing.T) {
	score := filepath.Join("..", "..", "shared", "eval", "score.py")
	if _, err := os.Stat(score); err != nil {
		t.Skip("score.py not found:", err)
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	qs, asker := evalFixture()
	dir := t.TempDir()
	var qf bytes.Buffer
	for _, q := range qs {
		b, _ := json.Marshal(q)
		qf.Write(append(b, '\n'))
	}
	qpath := filepath.Join(dir, "q.jsonl")
	os.WriteFile(qpath, qf.Bytes(), 0o644)
	cmd := exec.Command(py, score, "--show", "--questions", qpath, "--", os.Args[0])
	cmd.Env = append(os.Environ(), "RAG_FAKE_ASK=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, out)
	}
	r := Evaluate(context.Background(), asker, qs)
	var b bytes.Buffer
	r.Write(&b, true)
	dropWall := func(s string) string {
		lines := strings.Split(strings.TrimSpace(s), "\n")
		last := strings.Fields(lines[len(lines)-1])
		if len(last) > 3 && last[2] == "wall" {
			last[3] = "-"
		}
		lines[len(lines)-1] = strings.Join(last, " ")
		return strings.Join(lines, "\n")
	}
	if got, want := dropWall(b.String()), dropWall(string(out)); got != want {
		t.Errorf("Write differs from score.py:\n%s\nscore.py:\n%s", got, want)
	}
}

// TestEvalNormMatchesPython compares Norm with Python's NFKC-based norm
// on the dev set and tricky strings; skipped without python3.
func TestEvalNormMatchesPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	in := []string{"Ⅱ类", "ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹⅺⅻ", "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ", "ＡＢＣ　ｄｅｆ", "1，2", "……", "“一单制”“一箱制”", "m² x³", "2024年1—11月", "Xichang'an 27,000"}
	qs, _ := ReadFile("../../testdata/dev.jsonl")
	for _, q := range qs {
		in = append(in, q.Q)
		in = append(in, q.Answers...)
		if q.Evidence != nil {
			in = append(in, *q.Evidence)
		}
	}
	if b, err := os.ReadFile("../../data/article.txt"); err == nil {
		in = append(in, strings.Split(string(b), "\n")...)
	}
	js, _ := json.Marshal(in)
	cmd := exec.Command(py, "-c", `import json,sys,unicodedata
def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(s.split()).lower().replace("，", ",")
print(json.dumps([norm(s) for s in json.load(sys.stdin)]))`)
	cmd.Stdin = bytes.NewReader(js)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, s := range in {
		if got := Norm(s); got != want[i] {
			t.Errorf("Norm(%q) = %q, Python %q", s, got, want[i])
		}
	}
}
