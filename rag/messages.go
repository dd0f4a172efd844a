package rag

// messages are the engine's own sentences, in the question's language.
var messages = map[string]map[string]string{
	"zh": {
		"notFound":      "文章中没有提到这一点。",
		"emptyQuestion": "问题是空的，请输入一个关于文章的问题。",
		"tooLong":       "问题太长了，请简短提问（500字以内）。",
		"otherLanguage": "离线模式无法翻译问题：文章是中文的，请用中文提问。",
	},
	"en": {
		"notFound":      "The article does not say.",
		"emptyQuestion": "The question is empty: please ask something about the article.",
		"tooLong":       "The question is too long: please keep it under 500 characters.",
		"otherLanguage": "Offline, I can only answer questions asked in Chinese: the article is in Chinese, and translating your question needs a language model. Please ask in Chinese, for example \"西部陆海新通道通达多少个港口？\", or configure an LLM (OPENAI_BASE_URL).",
	},
}

func msg(lang, key string) string {
	if m, ok := messages[lang]; ok {
		return m[key]
	}
	return messages["en"][key]
}
