package bot

import "sync"

// sentLog remembers, per chat (or topic), the bot's last message, and per
// question the messages of its answer, so that an edited question can have
// its answer edited in place. In memory and bounded: after a restart, or in
// another replica, an edited question is answered anew.
type sentLog struct {
	mu      sync.Mutex
	last    map[queueKey]int
	answers map[answerRef][]int
}

type answerRef struct {
	chat int64
	msg  int // the question's message id
}

const maxSentLog = 100000

// note records message id as the bot's latest in c's chat (topic).
func (l *sentLog) note(c *conv, id int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.last == nil || len(l.last) > maxSentLog {
		l.last = map[queueKey]int{}
	}
	if id > l.last[c.queueKey()] {
		l.last[c.queueKey()] = id
	}
}

// answered records the messages sent in answer to c's question.
func (l *sentLog) answered(c *conv) {
	if len(c.sentIDs) == 0 || c.replyTo == 0 {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.answers == nil || len(l.answers) > maxSentLog {
		l.answers = map[answerRef][]int{}
	}
	l.answers[answerRef{c.chatID, c.replyTo}] = append([]int(nil), c.sentIDs...)
}

// editable returns the message answering c's question when the answer is a
// single message and still the bot's last one in the chat (topic), else 0.
func (l *sentLog) editable(c *conv) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	ids := l.answers[answerRef{c.chatID, c.replyTo}]
	if len(ids) != 1 || l.last[c.queueKey()] != ids[0] {
		return 0
	}
	return ids[0]
}
