package rag

import "unicode"

// DetectLang returns "zh" when the text is mostly Han characters, else "en".
// Only letters count, so numbers and punctuation do not sway it.
func DetectLang(s string) string {
	han, latin := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.IsLetter(r) && r < 0x250:
			latin++
		}
	}
	if han > 0 && han*3 >= latin {
		return "zh"
	}
	if latin == 0 && han == 0 {
		return "zh"
	}
	return "en"
}
