package bot

import "strings"

// uiLang picks the language of the bot's own texts: the user's Telegram
// language_code, else the language of what they wrote.
func uiLang(languageCode, text string) string {
	lc := strings.ToLower(languageCode)
	switch {
	case strings.HasPrefix(lc, "zh"):
		return "zh"
	case lc != "":
		return "en"
	case strings.TrimSpace(text) != "":
		return detectLang(text)
	}
	return "en"
}
