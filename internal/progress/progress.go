// Package progress shows how far a long job has got: a bar on a terminal
// (schollz/progressbar), log lines otherwise. It is the program's one
// progress display; `articlebot index` hands it to the engine, which reports
// its stages (reading the articles, embedding, full-text indexing).
package progress

import (
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// Func is told that done of total units of a stage are finished. Calls for
// one stage come in order; a new stage name ends the previous one.
type Func func(stage string, done, total int)

// Options tune New. The zero value is the program's defaults.
type Options struct {
	// Delay: a stage is shown only once it has run this long, so quick jobs
	// print nothing. Default 300 ms; negative shows every stage at once.
	Delay time.Duration
	// Every: between two log lines at least 10 % of the stage, or this long
	// (default 10 s), passes.
	Every time.Duration
	// Terminal forces the bar (true) or the log lines (false); nil decides
	// by whether w is a terminal.
	Terminal *bool
}

// New returns a Func that draws on w when it is a terminal and logs to log
// otherwise. On a terminal every shown stage also ends with one log line
// (its size and time), so the log says what was done either way. A nil w
// or log reports nothing of that kind.
func New(w io.Writer, log *slog.Logger, o Options) Func {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if o.Delay == 0 {
		o.Delay = 300 * time.Millisecond
	}
	if o.Every <= 0 {
		o.Every = 10 * time.Second
	}
	tty := false
	if o.Terminal != nil {
		tty = *o.Terminal
	} else if f, ok := w.(*os.File); ok {
		tty = term.IsTerminal(int(f.Fd()))
	}
	if w == nil {
		tty = false
	}
	p := &reporter{w: w, log: log, o: o, tty: tty}
	return p.report
}

type reporter struct {
	mu  sync.Mutex
	w   io.Writer
	log *slog.Logger
	o   Options
	tty bool

	stage     string
	total     int
	start     time.Time
	shown     bool
	bar       *progressbar.ProgressBar
	lastLog   time.Time
	lastTenth int
	ended     bool
}

func (p *reporter) report(stage string, done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if stage != p.stage {
		p.end(now)
		p.stage, p.total, p.start, p.shown, p.bar, p.lastTenth, p.ended = stage, total, now, false, nil, -1, false
	}
	if p.ended || total <= 0 {
		return
	}
	p.total = total
	if !p.shown {
		if now.Sub(p.start) < p.o.Delay && done < total {
			return
		}
		if now.Sub(p.start) < p.o.Delay && p.o.Delay > 0 {
			p.ended = true // finished before it was worth showing
			return
		}
		p.shown = true
		if p.tty {
			p.bar = progressbar.NewOptions(total,
				progressbar.OptionSetWriter(p.w),
				progressbar.OptionSetDescription(stage),
				progressbar.OptionShowCount(),
				progressbar.OptionSetPredictTime(true),
				progressbar.OptionThrottle(100*time.Millisecond),
				progressbar.OptionClearOnFinish(),
			)
		}
	}
	if p.bar != nil {
		_ = p.bar.Set(min(done, total))
	} else if tenth := done * 10 / total; done < total && (tenth > p.lastTenth || now.Sub(p.lastLog) >= p.o.Every) {
		p.lastTenth, p.lastLog = tenth, now
		p.log.Info(stage, "done", done, "total", total, "percent", done*100/total)
	}
	if done >= total {
		p.end(now)
	}
}

// end closes the current stage: the bar is cleared and one line logged.
func (p *reporter) end(now time.Time) {
	if p.stage == "" || p.ended || !p.shown {
		p.ended = true
		return
	}
	p.ended = true
	if p.bar != nil {
		_ = p.bar.Finish()
		p.bar = nil
	}
	p.log.Info(p.stage+" done", "total", p.total, "took", now.Sub(p.start).Round(time.Millisecond))
}
