// Package bottest is an in-process fake of the Telegram Bot API for tests:
// an httptest server routing /bot<token>/<method> that parses multipart,
// url-encoded and JSON requests, queues updates for getUpdates, records every
// call, checks sent HTML and lengths like Telegram, and can be scripted to
// fail (429 with retry_after, 403, 400 "can't parse entities").
package bottest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"

	"github.com/go-telegram/bot/models"
)

// Call is one recorded Bot API request.
type Call struct {
	Method string
	Params map[string]string // nested objects are JSON strings, as sent
	At     time.Time
	// Reply is the error this call got ("" when it succeeded).
	Reply string
	// Lost marks a call that was carried out but whose reply was cut
	// (Failure.LostReply): its message exists, the bot did not learn it.
	Lost bool
}

// Int returns an integer parameter (0 when absent).
func (c Call) Int(key string) int64 {
	v, _ := strconv.ParseInt(c.Params[key], 10, 64)
	return v
}

// JSON decodes a nested-object parameter into v.
func (c Call) JSON(key string, v any) error {
	return json.Unmarshal([]byte(c.Params[key]), v)
}

// Failure is a scripted error reply.
type Failure struct {
	Code        int
	Description string
	RetryAfter  int
	MigrateTo   int64 // parameters.migrate_to_chat_id
	// Drop closes the connection without any reply (a network failure);
	// with HTML set, the reply is a proxy's HTML error page instead of JSON.
	Drop bool
	HTML bool
	// LostReply carries the call out (the message is sent) and then closes
	// the connection before replying: the bot cannot know it arrived.
	LostReply bool
}

// Common transport failures.
var (
	BadGateway = Failure{Code: 502, Description: "Bad Gateway", HTML: true}
	Dropped    = Failure{Drop: true}
	LostReply  = Failure{LostReply: true}
)

// Common failures.
var (
	TooManyRequests = func(retryAfter int) Failure {
		return Failure{Code: 429, Description: fmt.Sprintf("Too Many Requests: retry after %d", retryAfter), RetryAfter: retryAfter}
	}
	Forbidden   = Failure{Code: 403, Description: "Forbidden: bot was blocked by the user"}
	ParseError  = Failure{Code: 400, Description: "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0"}
	ThreadError = Failure{Code: 400, Description: "Bad Request: message thread not found"}
)

// startParamRe is what Telegram accepts as a deep-link /start parameter.
var startParamRe = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

type rule struct {
	method string
	match  func(Call) bool
	f      Failure
	times  int
}

type queued struct {
	id  int64
	raw []byte
}

// Server is the fake Bot API.
type Server struct {
	Token string
	Bot   models.User
	// HoldEmpty bounds how long an empty getUpdates is held (default 200ms);
	// a pushed update ends the hold at once.
	HoldEmpty time.Duration

	srv *httptest.Server

	mu        sync.Mutex
	calls     []Call
	queue     []queued
	nextID    int64
	nextMsg   int
	confirmed int64
	delivered map[int64]int
	pushedAt  map[int64]time.Time
	rules     []*rule
	wake      chan struct{} // closed when an update is pushed
	changed   chan struct{} // closed when a call is recorded
}

// NewServer starts a fake for token. The bot user is @test_bot, id 4242.
func NewServer(token string) *Server {
	s := &Server{
		Token:     token,
		Bot:       models.User{ID: 4242, IsBot: true, FirstName: "Test", Username: "test_bot"},
		HoldEmpty: 200 * time.Millisecond,
		nextID:    1000,
		nextMsg:   1,
		delivered: map[int64]int{},
		pushedAt:  map[int64]time.Time{},
		wake:      make(chan struct{}),
		changed:   make(chan struct{}),
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// URL is the base URL to give the bot (TELEGRAM_API_URL).
func (s *Server) URL() string { return s.srv.URL }

// Close stops the server.
func (s *Server) Close() {
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// Push queues an update for getUpdates, assigning update_id when zero, and
// returns its id.
func (s *Server) Push(u models.Update) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if u.ID == 0 {
		s.nextID++
		u.ID = s.nextID
	} else if u.ID > s.nextID {
		s.nextID = u.ID
	}
	raw, err := json.Marshal(&u)
	if err != nil {
		panic(err)
	}
	s.queue = append(s.queue, queued{id: u.ID, raw: raw})
	s.pushedAt[u.ID] = time.Now()
	close(s.wake)
	s.wake = make(chan struct{})
	return u.ID
}

// PushRaw queues an update given as JSON (one the models cannot express)
// and returns the update_id it was given.
func (s *Server) PushRaw(format string) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	id := s.nextID
	s.queue = append(s.queue, queued{id: id, raw: []byte(fmt.Sprintf(format, id))})
	s.pushedAt[id] = time.Now()
	close(s.wake)
	s.wake = make(chan struct{})
	return id
}

// NextMessageID reserves a message id for a message a test sends "as a user".
func (s *Server) NextMessageID() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextMsg++
	return s.nextMsg
}

// PushedAt is when update id was pushed.
func (s *Server) PushedAt(id int64) time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.pushedAt[id]
}

// Delivered tells how many times getUpdates returned update id.
func (s *Server) Delivered(id int64) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.delivered[id]
}

// Confirmed is the highest offset a getUpdates call confirmed: updates
// below it are gone.
func (s *Server) Confirmed() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.confirmed
}

// Fail scripts the next times calls of method matching match (nil: any) to
// fail with f.
func (s *Server) Fail(method string, times int, match func(Call) bool, f Failure) {
	s.mu.Lock()
	s.rules = append(s.rules, &rule{method: method, match: match, f: f, times: times})
	s.mu.Unlock()
}

// Calls returns the recorded calls of method ("" for all), in order.
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if method == "" || c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// Wait blocks until cond holds for the recorded calls or timeout passes, and
// reports whether it held.
func (s *Server) Wait(timeout time.Duration, cond func(calls []Call) bool) bool {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		ok := cond(s.calls)
		ch := s.changed
		s.mu.Unlock()
		if ok {
			return true
		}
		select {
		case <-ch:
		case <-deadline.C:
			s.mu.Lock()
			defer s.mu.Unlock()
			return cond(s.calls)
		}
	}
}

// Count returns how many calls of method were recorded (successful or not).
func Count(calls []Call, method string) int {
	n := 0
	for _, c := range calls {
		if c.Method == method {
			n++
		}
	}
	return n
}

// record stores a call and returns its failure: invalid (Telegram's own
// validation) or scripted.
func (s *Server) record(c Call, invalid *Failure) *Failure {
	s.mu.Lock()
	defer s.mu.Unlock()
	fail := invalid
	if fail != nil {
		c.Reply = fail.Description
	}
	for _, r := range s.rules {
		if fail != nil {
			break
		}
		if r.times > 0 && r.method == c.Method && (r.match == nil || r.match(c)) {
			r.times--
			f := r.f
			fail = &f
			if f.LostReply {
				c.Lost = true
			} else {
				c.Reply = f.Description
			}
			break
		}
	}
	s.calls = append(s.calls, c)
	close(s.changed)
	s.changed = make(chan struct{})
	return fail
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, "/bot")
	token, method, ok2 := strings.Cut(rest, "/")
	if !ok || !ok2 || token != s.Token {
		writeErr(w, Failure{Code: 401, Description: "Unauthorized"})
		return
	}
	params, err := parseParams(r)
	if err != nil {
		writeErr(w, Failure{Code: 400, Description: "Bad Request: " + err.Error()})
		return
	}
	c := Call{Method: method, Params: params, At: time.Now()}
	f := s.record(c, s.check(c))
	if f != nil && !f.LostReply {
		writeErr(w, *f)
		return
	}
	if f != nil { // carry the call out, then cut the connection
		defer writeErr(w, Dropped)
		w = discard{}
	}
	switch method {
	case "getMe":
		writeOK(w, s.Bot)
	case "getUpdates":
		s.getUpdates(w, r, c)
	case "sendMessage", "editMessageText":
		chatID := c.Int("chat_id")
		ct := models.ChatTypeSupergroup
		if chatID > 0 {
			ct = models.ChatTypePrivate
		}
		id := int(c.Int("message_id"))
		if method == "sendMessage" {
			s.mu.Lock()
			s.nextMsg++
			id = s.nextMsg
			s.mu.Unlock()
		}
		bot := s.Bot
		writeOK(w, models.Message{
			ID: id, From: &bot, Date: int(time.Now().Unix()),
			Chat: models.Chat{ID: chatID, Type: ct}, Text: params["text"],
			MessageThreadID: int(c.Int("message_thread_id")),
			IsTopicMessage:  c.Int("message_thread_id") != 0,
		})
	default:
		writeOK(w, true)
	}
}

// check applies Telegram's own validation to sent text: length in UTF-16
// units and well-formed HTML.
func (s *Server) check(c Call) *Failure {
	bad := func(d string) *Failure { return &Failure{Code: 400, Description: "Bad Request: " + d} }
	units := func(k string) int { return len(utf16.Encode([]rune(c.Params[k]))) }
	switch c.Method {
	case "sendMessage", "editMessageText", "sendMessageDraft":
	case "setMyDescription":
		if units("description") > 512 {
			return bad("description is too long")
		}
		return nil
	case "setMyShortDescription":
		if units("short_description") > 120 {
			return bad("short description is too long")
		}
		return nil
	case "answerCallbackQuery":
		if c.Params["callback_query_id"] == "" {
			return bad("query is too old and response timeout expired or query ID is invalid")
		}
		if units("text") > 200 {
			return bad("MESSAGE_TOO_LONG")
		}
		return nil
	case "answerInlineQuery":
		if b := c.Params["button"]; b != "" {
			var btn map[string]json.RawMessage
			if err := json.Unmarshal([]byte(b), &btn); err != nil {
				return bad("can't parse inline query results button")
			}
			var text, start string
			_ = json.Unmarshal(btn["text"], &text)
			_ = json.Unmarshal(btn["start_parameter"], &start)
			if text == "" {
				return bad("BUTTON_TEXT_INVALID")
			}
			// exactly one of web_app and start_parameter (null counts as given)
			if _, wa := btn["web_app"]; wa == (start != "") {
				return bad("BUTTON_TYPE_INVALID")
			}
			if start != "" && !startParamRe.MatchString(start) {
				return bad("START_PARAM_INVALID")
			}
		}
		return nil
	default:
		return nil
	}
	if strings.Contains(c.Params["reply_markup"], `"copy_text":{"text":""}`) {
		return &Failure{Code: 400, Description: "Bad Request: BUTTON_COPY_TEXT_INVALID"}
	}
	text := c.Params["text"]
	if strings.TrimSpace(text) == "" {
		return &Failure{Code: 400, Description: "Bad Request: message text is empty"}
	}
	if c.Params["parse_mode"] == "HTML" {
		plain, err := CheckHTML(text)
		if err != nil {
			return &Failure{Code: 400, Description: "Bad Request: can't parse entities: " + err.Error()}
		}
		text = plain
	}
	if n := len(utf16.Encode([]rune(text))); n > 4096 {
		return &Failure{Code: 400, Description: "Bad Request: message is too long"}
	}
	return nil
}

func (s *Server) getUpdates(w http.ResponseWriter, r *http.Request, c Call) {
	offset := c.Int("offset")
	limit := int(c.Int("limit"))
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	timeout := time.Duration(c.Int("timeout")) * time.Second
	hold := min(timeout, s.HoldEmpty)
	deadline := time.Now().Add(hold)
	for {
		s.mu.Lock()
		if offset > s.confirmed {
			s.confirmed = offset
		}
		if offset > 0 {
			keep := s.queue[:0]
			for _, q := range s.queue {
				if q.id >= offset {
					keep = append(keep, q)
				}
			}
			s.queue = keep
		}
		var out []json.RawMessage
		for _, q := range s.queue {
			if len(out) == limit {
				break
			}
			out = append(out, q.raw)
			s.delivered[q.id]++
		}
		wake := s.wake
		s.mu.Unlock()
		if len(out) > 0 || time.Now().After(deadline) {
			if out == nil {
				out = []json.RawMessage{}
			}
			writeOK(w, out)
			return
		}
		t := time.NewTimer(time.Until(deadline))
		select {
		case <-wake:
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return
		}
		t.Stop()
	}
}

// discard is a ResponseWriter that forgets the reply (LostReply).
type discard struct{}

func (discard) Header() http.Header         { return http.Header{} }
func (discard) Write(p []byte) (int, error) { return len(p), nil }
func (discard) WriteHeader(int)             {}

func writeOK(w http.ResponseWriter, result any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "result": result})
}

func writeErr(w http.ResponseWriter, f Failure) {
	if f.Drop {
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
				return
			}
		}
		panic(http.ErrAbortHandler)
	}
	if f.HTML {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(f.Code)
		_, _ = w.Write([]byte("<html><body><h1>" + f.Description + "</h1></body></html>"))
		return
	}
	body := map[string]any{"ok": false, "error_code": f.Code, "description": f.Description}
	if f.RetryAfter > 0 {
		body["parameters"] = map[string]any{"retry_after": f.RetryAfter}
	}
	if f.MigrateTo != 0 {
		body["parameters"] = map[string]any{"migrate_to_chat_id": f.MigrateTo}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(f.Code)
	_ = json.NewEncoder(w).Encode(body)
}

// parseParams reads multipart, url-encoded or JSON parameters into strings
// (nested values as JSON).
func parseParams(r *http.Request) (map[string]string, error) {
	out := map[string]string{}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "multipart/form-data":
		if err := r.ParseMultipartForm(32 << 20); err != nil && !errors.Is(err, io.EOF) {
			return nil, err
		}
		if r.MultipartForm != nil {
			for k, v := range r.MultipartForm.Value {
				out[k] = v[0]
			}
		}
	case "application/json":
		data, err := io.ReadAll(r.Body)
		if err != nil {
			return nil, err
		}
		if len(bytes.TrimSpace(data)) == 0 {
			return out, nil
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, err
		}
		for k, v := range m {
			var s string
			if json.Unmarshal(v, &s) == nil {
				out[k] = s
			} else {
				out[k] = string(v)
			}
		}
	default:
		if err := r.ParseForm(); err != nil {
			return nil, err
		}
		for k, v := range r.Form {
			out[k] = v[0]
		}
	}
	return out, nil
}

var allowedTags = map[string]bool{
	"b": true, "strong": true, "i": true, "em": true, "u": true, "ins": true,
	"s": true, "strike": true, "del": true, "span": true, "tg-spoiler": true,
	"a": true, "code": true, "pre": true, "blockquote": true, "tg-emoji": true,
}

// CheckHTML validates Telegram HTML (known tags, balanced, valid entities;
// blockquotes do not nest) and returns the text without markup.
func CheckHTML(s string) (string, error) {
	var plain strings.Builder
	var stack []string
	for i := 0; i < len(s); {
		switch s[i] {
		case '<':
			j := strings.IndexByte(s[i:], '>')
			if j < 0 {
				return "", fmt.Errorf("unclosed start tag at byte offset %d", i)
			}
			tag := s[i+1 : i+j]
			if strings.HasPrefix(tag, "/") {
				name := strings.TrimSpace(tag[1:])
				if len(stack) == 0 || stack[len(stack)-1] != name {
					return "", fmt.Errorf("unmatched end tag %q at byte offset %d", name, i)
				}
				stack = stack[:len(stack)-1]
			} else {
				name, _, _ := strings.Cut(tag, " ")
				if !allowedTags[name] {
					return "", fmt.Errorf("unsupported start tag %q at byte offset %d", name, i)
				}
				if name == "blockquote" {
					for _, t := range stack {
						if t == "blockquote" {
							return "", fmt.Errorf("nested blockquote at byte offset %d", i)
						}
					}
				}
				stack = append(stack, name)
			}
			i += j + 1
		case '&':
			j := strings.IndexByte(s[i:], ';')
			if j < 0 || j > 10 {
				return "", fmt.Errorf("unescaped & at byte offset %d", i)
			}
			ent := s[i+1 : i+j]
			switch {
			case ent == "lt":
				plain.WriteByte('<')
			case ent == "gt":
				plain.WriteByte('>')
			case ent == "amp":
				plain.WriteByte('&')
			case ent == "quot":
				plain.WriteByte('"')
			case strings.HasPrefix(ent, "#"):
				plain.WriteByte('?')
			default:
				return "", fmt.Errorf("unsupported entity &%s; at byte offset %d", ent, i)
			}
			i += j + 1
		default:
			plain.WriteByte(s[i])
			i++
		}
	}
	if len(stack) > 0 {
		return "", fmt.Errorf("unclosed tag %q", stack[len(stack)-1])
	}
	return plain.String(), nil
}

// PostWebhook delivers an update to a webhook URL as Telegram does.
func PostWebhook(url, secret string, u models.Update) (*http.Response, error) {
	raw, err := json.Marshal(&u)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
	}
	return http.DefaultClient.Do(req)
}
