package bot

import "strings"

// uiTexts are the bot's own words in one language. Format verbs are noted.
type uiTexts struct {
	Sources, Related, Paragraph, Ungrounded string
	// Unsupported warns under an LLM answer with claims no passage supports.
	Unsupported string
	// After a refusal with no related passage: what the article covers.
	Covers, TryAsking string
	// Start: %s title line; how to ask follows.
	StartIntro, StartHowTo, StartExamples string
	Help                                  string
	AskUsage                              string
	Reset                                 string
	SourcesTitle, SourcesSections         string
	SourcesFrom                           string
	NonText                               string
	Trimmed                               string // %d max characters
	RateLimited                           string // %d seconds
	NotAllowed                            string
	Error                                 string
	Panic                                 string
	InlineTitle                           string
	Regenerate                            string // the 🔁 button
	QuotaQuestions                        string // %d limit, %d reset hour
	TokensUsedUp                          string // the day's LLM tokens are used: offline answer
	Usage                                 string // %d questions, %s limit, %d tokens, %s limit, %d reset hour
	UsageTotal                            string // %d users, %d questions, %d tokens
	Unlimited                             string
	Description                           string // %s title — subtitle, %s bot username
	ShortDescription                      string // %s title
	NArticles                             string // %d articles
	InlineOpenChat                        string
	Greeting                              string // %s title, %s example, %s bot username
	Thanks                                string // a vote was recorded
	Asked                                 string // prefix for a question asked by button
	Commands                              [][2]string
	GenericExamples                       []string
}

var textsEN = uiTexts{
	Sources:         "Sources",
	Related:         "Related passages:",
	Covers:          "The article covers:",
	TryAsking:       "You could ask, for example:",
	Paragraph:       "¶%d",
	Ungrounded:      "This answer could not be matched to the article; check it against the sources.",
	Unsupported:     "Part of this answer is not backed by the article; check it against the sources.",
	StartIntro:      "I answer questions about this article, quoting it verbatim:",
	StartHowTo:      "How to ask:\n• Private chat: just write your question.\n• Groups: /ask <question>, mention me, or reply to my message.\n• Any chat: type @%s <question> to insert a cited fact.\n\n/sources shows the article's sections, /reset forgets our conversation, /help explains more.",
	StartExamples:   "Try one of these:",
	Help:            "Ask a question about the article and I answer with numbered sources [n], quoted verbatim below the answer (tap to expand).\n\n• Private chat: write your question.\n• Groups: /ask <question>, mention me, or reply to my message.\n• Inline: @%s <question> in any chat.\n\nCommands: /start, /ask, /sources, /reset, /help.\nFollow-up questions use our recent conversation; /reset starts over.",
	AskUsage:        "Usage: /ask <your question about the article>\nFor example: /ask %s",
	Reset:           "Done: I have forgotten this conversation.",
	SourcesTitle:    "Article",
	SourcesSections: "Sections",
	SourcesFrom:     "Source",
	NonText:         "I can only read text. Please type your question about the article.",
	Trimmed:         "Your question was too long; I used its first %d characters.",
	RateLimited:     "You are asking too quickly. Please try again in %d s.",
	NotAllowed:      "Sorry, this bot is private and not available in this chat.",
	Error:           "Sorry, I could not answer that right now. Please try again.",
	Panic:           "Sorry, something went wrong on my side. Please try again.",
	InlineTitle:     "Answer from the article",
	Regenerate:      "Rephrase",
	QuotaQuestions:  "You have asked your %d questions for today. The count starts again at %02d:00.",
	TokensUsedUp:    "Today's language-model budget is used up: this is the offline answer.",
	Usage:           "Today: %d questions (limit %s), %d language-model tokens (limit %s). The day starts at %02d:00.",
	UsageTotal:      "Everyone today: %d users, %d questions, %d tokens.",
	Unlimited:       "none",
	Description: "I answer questions about this article and quote it verbatim, with where each quote stands:\n\n" +
		"%s\n\nIn a private chat, just write your question (the article is in Chinese: Chinese questions work best). " +
		"In groups: /ask <question>, mention me, or reply to my message. In any chat: @%s <question>.",
	ShortDescription: "Questions about “%s”, answered with verbatim quotes from the article.",
	NArticles:        "%d articles",
	InlineOpenChat:   "Ask in a private chat",
	Greeting:         "Hello! I answer questions about the article “%s”, quoting it verbatim.\n\nAsk me with /ask <question> (for example: /ask %s), mention @%s, or reply to one of my messages. Other messages here I leave alone.",
	Thanks:           "Thanks for the feedback!",
	Asked:            "Question",
	Commands: [][2]string{
		{"start", "What this bot is and how to ask"},
		{"ask", "Ask a question about the article"},
		{"sources", "The article's title, sections and source"},
		{"reset", "Forget this conversation"},
		{"usage", "Your questions today"},
		{"help", "How to use the bot"},
	},
	GenericExamples: []string{"What is the article about?", "Who is quoted in the article?", "What numbers does the article give?"},
}

var textsZH = uiTexts{
	Sources:         "来源",
	Related:         "相关段落：",
	Covers:          "文章涉及：",
	TryAsking:       "可以这样问：",
	Paragraph:       "第%d段",
	Ungrounded:      "这个回答无法与文章原文对应，请对照来源核实。",
	Unsupported:     "这个回答有部分内容在文章中找不到依据，请对照来源核实。",
	StartIntro:      "我回答关于这篇文章的问题，并逐字引用原文：",
	StartHowTo:      "提问方式：\n• 私聊：直接发送问题。\n• 群组：/ask <问题>、@我，或回复我的消息。\n• 任何聊天：输入 @%s <问题> 插入带出处的事实。\n\n/sources 查看文章章节，/reset 清除对话，/help 查看帮助。",
	StartExamples:   "试试这些问题：",
	Help:            "就文章提问，我会给出带编号来源 [n] 的回答，原文引用在回答下方（点击展开）。\n\n• 私聊：直接发送问题。\n• 群组：/ask <问题>、@我，或回复我的消息。\n• 内联：在任何聊天中输入 @%s <问题>。\n\n命令：/start、/ask、/sources、/reset、/help。\n追问会参考最近的对话；/reset 重新开始。",
	AskUsage:        "用法：/ask <关于文章的问题>\n例如：/ask %s",
	Reset:           "好的，我已忘记这段对话。",
	SourcesTitle:    "文章",
	SourcesSections: "章节",
	SourcesFrom:     "来源",
	NonText:         "我只能阅读文字。请输入关于文章的问题。",
	Trimmed:         "你的问题太长，我只使用了前 %d 个字符。",
	RateLimited:     "提问太频繁了，请 %d 秒后再试。",
	NotAllowed:      "抱歉，这是私有机器人，不在此聊天中提供服务。",
	Error:           "抱歉，暂时无法回答，请稍后再试。",
	Panic:           "抱歉，我这边出了点问题，请再试一次。",
	InlineTitle:     "来自文章的回答",
	Regenerate:      "换个说法",
	QuotaQuestions:  "你今天的 %d 个问题已经用完，%02d:00 重新计算。",
	TokensUsedUp:    "今天的语言模型额度已用完，以下是离线回答。",
	Usage:           "今天：%d 个问题（上限 %s），%d 个语言模型 token（上限 %s）。每天 %02d:00 重新计算。",
	UsageTotal:      "今天所有人：%d 位用户，%d 个问题，%d 个 token。",
	Unlimited:       "无",
	Description: "我回答关于这篇文章的问题，逐字引用原文并注明出处：\n\n" +
		"%s\n\n私聊：直接发送问题。群组：/ask <问题>、@我，或回复我的消息。任何聊天：@%s <问题>。",
	ShortDescription: "关于《%s》的问答，逐字引用原文。",
	NArticles:        "%d 篇文章",
	InlineOpenChat:   "在私聊中提问",
	Greeting:         "大家好！我回答关于《%s》的问题，并逐字引用原文。\n\n提问方式：/ask <问题>（例如：/ask %s）、@%s，或回复我的消息。群里的其他消息我不会打扰。",
	Thanks:           "感谢反馈！",
	Asked:            "问题",
	Commands: [][2]string{
		{"start", "介绍与提问方式"},
		{"ask", "就文章提问"},
		{"sources", "文章标题、章节与来源"},
		{"reset", "清除本次对话"},
		{"usage", "今天的提问次数"},
		{"help", "使用帮助"},
	},
	GenericExamples: []string{"这篇文章讲了什么？", "文章引用了谁的话？", "文章中提到了哪些数字？"},
}

func texts(lang string) *uiTexts {
	if lang == "zh" {
		return &textsZH
	}
	return &textsEN
}

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
