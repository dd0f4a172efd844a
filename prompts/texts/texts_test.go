package texts

import (
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// verbRE matches a printf verb: flags, width, precision, verb.
var verbRE = regexp.MustCompile(`%[-+# 0]*[0-9]*(?:\.[0-9]+)?[a-zA-Z%]`)

// leaf is one text of a catalogue, or the length of a list.
type leaf struct {
	path string
	text string
	n    int // list length, -1 for a text
}

// leaves lists the texts of v (a Texts) depth first, in field order.
func leaves(path string, v reflect.Value) []leaf {
	switch v.Kind() {
	case reflect.String:
		return []leaf{{path, v.String(), -1}}
	case reflect.Struct:
		var out []leaf
		for i := range v.NumField() {
			out = append(out, leaves(path+"."+v.Type().Field(i).Name, v.Field(i))...)
		}
		return out
	case reflect.Slice:
		out := []leaf{{path, "", v.Len()}}
		for i := range v.Len() {
			out = append(out, leaves(path+"["+strconv.Itoa(i)+"]", v.Index(i))...)
		}
		return out
	}
	panic("texts: unexpected field kind " + v.Kind().String() + " at " + path)
}

func TestBothLanguagesLoaded(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		if catalogues[lang] == nil {
			t.Errorf("no %s.json", lang)
		}
	}
	if For("fr") != For("en") || For("") != For("en") {
		t.Error("a language without a catalogue does not fall back to English")
	}
	if For("zh").NotFound == For("en").NotFound {
		t.Error("zh and en share a text: the wrong file was loaded")
	}
}

// Every language has every text, with the same printf verbs in the same
// order, and lists of the same length (the same commands, too).
func TestCataloguesComplete(t *testing.T) {
	en := leaves("", reflect.ValueOf(*For("en")))
	for lang, c := range catalogues {
		got := leaves("", reflect.ValueOf(*c))
		if len(got) != len(en) {
			t.Errorf("%s.json has %d texts and list items, en.json %d", lang, len(got), len(en))
			continue
		}
		for i, l := range got {
			e := en[i]
			switch {
			case l.path != e.path:
				t.Fatalf("%s: %s stands where en has %s", lang, l.path, e.path)
			case l.n >= 0 && l.n != e.n:
				t.Errorf("%s %s: %d items, en has %d", lang, l.path, l.n, e.n)
			case l.n < 0 && strings.TrimSpace(l.text) == "":
				t.Errorf("%s %s is empty", lang, l.path)
			case l.n < 0 && !slices.Equal(verbRE.FindAllString(l.text, -1), verbRE.FindAllString(e.text, -1)):
				t.Errorf("%s %s has verbs %q, en %q", lang, l.path, verbRE.FindAllString(l.text, -1), verbRE.FindAllString(e.text, -1))
			}
		}
		for i, cmd := range c.Commands {
			if cmd.Name != For("en").Commands[i].Name {
				t.Errorf("%s command %d is /%s, en has /%s", lang, i, cmd.Name, For("en").Commands[i].Name)
			}
		}
	}
}

// A text is named without its section (texts.For(lang).NotFound), so no two
// sections may use one name: the selector would be ambiguous.
func TestNamesUnique(t *testing.T) {
	seen := map[string]string{}
	top := reflect.TypeFor[Texts]()
	for i := range top.NumField() {
		f := top.Field(i)
		if !f.Anonymous {
			continue
		}
		for j := range f.Type.NumField() {
			name := f.Type.Field(j).Name
			if prev, ok := seen[name]; ok {
				t.Errorf("%s is in both %s and %s", name, prev, f.Name)
			}
			seen[name] = f.Name
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	for name, src := range map[string]string{
		"unknown key":     `{"answer": {"notFond": "x"}}`,
		"unknown section": `{"cli": {}}`,
		"trailing data":   `{} {}`,
		"not an object":   `["x"]`,
	} {
		if _, err := decode([]byte(src)); err == nil {
			t.Errorf("%s: accepted %s", name, src)
		}
	}
	if _, err := decode([]byte(`{"answer": {"notFound": "x"}}` + "\n")); err != nil {
		t.Errorf("a well-formed catalogue was refused: %v", err)
	}
}
