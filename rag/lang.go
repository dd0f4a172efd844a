package rag

import "unicode"

// DetectLang returns "zh" when the text is mostly Han characters, else "en"
// (the language the engine speaks to anyone it cannot answer in Chinese).
// Only letters count, so numbers and punctuation do not sway it; a text
// without letters ("？", "2024") counts as Chinese, the article's language.
func DetectLang(s string) string {
	han, other := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.IsLetter(r):
			other++ // Latin, Cyrillic, kana, Hangul…
		}
	}
	if han > 0 && han*3 >= other {
		return "zh"
	}
	if other == 0 {
		return "zh"
	}
	return "en"
}
