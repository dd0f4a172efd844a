package norm

import (
	"fmt"
	"strings"
	"testing"
)

func show(vs []Value) string {
	var b []string
	for _, v := range vs {
		s := fmt.Sprintf("%.6g", v.V)
		if v.Kind != Number {
			s += v.Kind.String()[:1]
		}
		if !v.Strong {
			s += "?"
		}
		b = append(b, s)
	}
	return strings.Join(b, " ")
}

func TestNumbers(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"通达全球126个国家和地区的548个港口", "126 548"},
		{"2024年1—11月重庆市汽车出口43.5万辆、增长30%以上", "2024 1 11 435000 30p"},
		{"新能源汽车出口5.2万辆、增长了1.5倍", "52000 1.5"},
		{"全球2/3的iPad、近8000万台笔记本电脑、超1亿台智能手机", "0.666667f 8e+07 1e+08"},
		{"产业规模分别达到1.7万亿、1.2万亿、1.1万亿元", "1.7e+12 1.2e+12 1.1e+12"},
		{"８.６万亿元，５４８个港口", "8.6e+12 548"},
		{"已走过五年历程", "5"},
		{"二〇二四年七月四日", "2024 7 4"},
		{"三分之二的iPad，百分之三十", "0.666667f 30p"},
		{"一体化发展，统一79项税费政策", "1? 1? 79"},
		{"两个发展规划，两地", "2 2"},
		{"川渝1000千伏特高压交流工程", "1000"},
		{"全球前十电子信息制造业聚集地", "10?"},
		{"党的二十大报告", "20"},
		{"1,160 kinds of goods and 435,000 vehicles", "1160 435000"},
		{"5.2 million units, 1.3 billion passengers, 82.6 thousand TEU", "5.2e+06 1.3e+09 82600"},
		{"two-thirds of iPads, one fifth of batteries, a third", "0.666667f 0.2f 0.333333f"},
		{"one hundred and twenty-six countries and five years", "126 5"},
		{"one of the top ten, the first", "1? 10 1?"},
		{"On January 9, 2025, in May 2024, you may go", "1 9 2025 5 2024"},
		{"grew by more than 30 percent, 20 per cent", "30p 20p"},
		{"the fourth growth pole", "4"},
		{"水质稳定达到Ⅱ类", "2"},
	} {
		if got := show(Numbers(tc.in)); got != tc.want {
			t.Errorf("Numbers(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEqual(t *testing.T) {
	v := func(s string) Value { return Numbers(s)[0] }
	for _, tc := range []struct {
		a, b string
		eq   bool
	}{
		{"43.5万", "435,000", true},
		{"43.5万", "435 thousand", true},
		{"2/3", "two-thirds", true},
		{"1/5", "20%", true},
		{"三分之二", "66.7%", true},
		{"548", "549", false},
		{"1.3亿", "1.3 billion", false},
		{"1.3亿", "130 million", true},
		{"30%", "30", true},
	} {
		if got := Equal(v(tc.a), v(tc.b)); got != tc.eq {
			t.Errorf("Equal(%s, %s) = %v", tc.a, tc.b, got)
		}
	}
}

func FuzzNumbers(f *testing.F) {
	for _, s := range []string{"43.5万辆", "二〇二四年", "one hundred and", "1,000,", "百分之", "分之二", "a", "12/0", "９．"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, v := range Numbers(s) {
			if v.Start < 0 || v.End > len(s) || v.Start > v.End {
				t.Fatalf("%q: bad span %+v", s, v)
			}
		}
	})
}

func BenchmarkNumbers(b *testing.B) {
	s := "截至2024年底，西部陆海新通道常态化开行铁海联运班列达到1.5万列，国际铁路联运班列接近1900列，跨境公路班车超过2.2万车次，通达全球126个国家和地区的548个港口。"
	for b.Loop() {
		Numbers(s)
	}
}
