package rag

// messages are the engine's own sentences for end users, in the question's
// language. Operator advice (configuring an LLM, say) never goes here: it
// belongs in the log.
var messages = map[string]map[string]string{
	"zh": {
		"notFound":      "文章中没有提到这一点。",
		"emptyQuestion": "问题是空的，请输入一个关于文章的问题。",
		"tooLong":       "问题太长了，请简短提问。",
		"otherLanguage": "请用中文提问：这篇文章是中文的，我用文章的原话回答。",
		"example":       "例如：",
		"overview":      "这篇文章主要讲：",
	},
	"en": {
		"notFound":      "The article does not say.",
		"emptyQuestion": "The question is empty: please ask something about the article.",
		"tooLong":       "The question is too long: please ask it in fewer words.",
		"otherLanguage": "Please ask in Chinese: the article is in Chinese, and I answer with its own words.",
		"example":       "For example: ",
		"overview":      "The article is about:",
	},
}

// Message returns the user-facing text key in lang (English for a language
// without a catalogue).
func Message(lang, key string) string {
	if m, ok := messages[lang]; ok {
		return m[key]
	}
	return messages["en"][key]
}

func msg(lang, key string) string { return Message(lang, key) }
