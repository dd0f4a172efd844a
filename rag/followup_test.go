package rag

import (
	"context"
	"strings"
	"testing"
)

func TestFollowUpOffline(t *testing.T) {
	e, err := Open(context.Background(), Options{DataDir: "../data"})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	cases := []struct {
		prev, q, want string
	}{
		{"2024年1—11月重庆市汽车出口了多少辆？", "那新能源汽车呢？", "5.2万辆"},
		{"两地电子信息产业规模达到多少？", "装备制造呢？", "1.2万亿"},
	}
	for _, c := range cases {
		a, _ := e.Ask(context.Background(), Request{Question: c.q, History: []Turn{{Question: c.prev, Answer: "…"}}})
		if !a.Found || !strings.Contains(a.Answer, c.want) {
			t.Errorf("%s → %s: got %+v, want %s", c.prev, c.q, a.Answer, c.want)
		}
	}
	// without history the same words are no question the article answers alone
	a, _ := e.Ask(context.Background(), Request{Question: "那新能源汽车呢？"})
	if a.Found && !strings.Contains(a.Answer, "新能源汽车") {
		t.Errorf("no history: %+v", a)
	}
}
