package httpapi

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// The load generator of the benchmarks (test code only: the product has no
// use for it).

// loadQuestions are the questions a load run cycles through: the article's
// example questions from data/ (answerable) and two it does not answer, so
// a run against the real engine exercises both paths.
func loadQuestions() []string {
	qs := []string{"重庆的人口是多少？", "What is this article about?"}
	b, err := os.ReadFile("../../data/article.questions")
	if err != nil {
		return qs
	}
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			qs = append(qs, l)
		}
	}
	return qs
}

// LoadConfig describes one load run against POST /v1/ask.
type LoadConfig struct {
	// URL is the full address of the endpoint, e.g. http://127.0.0.1:8080/v1/ask.
	URL string
	// Token is sent as a bearer token when set.
	Token string
	// Clients is the number of concurrent clients (default 50). Each sends
	// its next request as soon as the previous answer has been read.
	Clients int
	// Duration is how long clients start new requests (default 3 s);
	// requests in flight at the end are finished and counted.
	Duration time.Duration
	// Questions are cycled through (default loadQuestions).
	Questions []string
	// Bodies, when set, are sent as they are instead of Questions.
	Bodies [][]byte
	// Count, when set, ends the run after that many requests (or Duration,
	// whichever comes first).
	Count int
	// PID is the process whose peak RSS is reported (default: this one).
	PID int
}

// LoadResult is what one load run measured.
type LoadResult struct {
	Clients  int
	Elapsed  time.Duration
	Requests int
	// Errors counts transport errors and answers other than 200.
	Errors     int
	FirstError string
	RPS        float64
	P50, P90   time.Duration
	P99, Max   time.Duration
	// PeakRSS is VmHWM of the measured process in bytes (-1 when unknown).
	PeakRSS int64
}

// String is one line for logs and the README.
func (r LoadResult) String() string {
	return fmt.Sprintf("clients=%d elapsed=%s requests=%d errors=%d rps=%.0f p50=%s p90=%s p99=%s max=%s peak_rss=%.1fMB",
		r.Clients, r.Elapsed.Round(time.Millisecond), r.Requests, r.Errors, r.RPS,
		roundDur(r.P50), roundDur(r.P90), roundDur(r.P99), roundDur(r.Max), float64(r.PeakRSS)/(1<<20))
}

func roundDur(d time.Duration) time.Duration { return d.Round(10 * time.Microsecond) }

// LoadTest runs `clients` concurrent clients against the /v1/ask endpoint at
// url for d, with the default questions and no token. See RunLoad.
func LoadTest(ctx context.Context, url string, clients int, d time.Duration) LoadResult {
	return RunLoad(ctx, LoadConfig{URL: url, Clients: clients, Duration: d})
}

// LoadTestHandler serves h on a loopback httptest.Server for the length of
// the run and loads its /v1/ask. Give it NewHandler(Options{Asker: engine})
// to measure the real engine behind the HTTP layer.
func LoadTestHandler(ctx context.Context, h http.Handler, clients int, d time.Duration) LoadResult {
	srv := httptest.NewServer(h)
	defer srv.Close()
	return LoadTest(ctx, srv.URL+"/v1/ask", clients, d)
}

// RunLoad runs one load test and returns its numbers. It sends traffic only
// to c.URL, stops by itself after c.Duration, and stops early when ctx ends.
func RunLoad(ctx context.Context, c LoadConfig) LoadResult {
	if c.Clients <= 0 {
		c.Clients = 50
	}
	if c.Duration <= 0 {
		c.Duration = 3 * time.Second
	}
	if len(c.Questions) == 0 {
		c.Questions = loadQuestions()
	}
	bodies := c.Bodies
	if len(bodies) == 0 {
		bodies = make([][]byte, len(c.Questions))
		for i, q := range c.Questions {
			bodies[i], _ = json.Marshal(AskRequest{Question: q})
		}
	}
	tr := &http.Transport{
		MaxIdleConns:        2 * c.Clients,
		MaxIdleConnsPerHost: 2 * c.Clients,
		IdleConnTimeout:     30 * time.Second,
		DisableCompression:  true,
	}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 2 * time.Minute}

	type clientResult struct {
		lat      []time.Duration
		errors   int
		firstErr string
	}
	results := make([]clientResult, c.Clients)
	start := time.Now()
	deadline := start.Add(c.Duration)
	var wg sync.WaitGroup
	var sent atomic.Int64
	more := func() bool {
		return time.Now().Before(deadline) && ctx.Err() == nil && (c.Count <= 0 || sent.Add(1) <= int64(c.Count))
	}
	for i := range c.Clients {
		wg.Go(func() {
			res := &results[i]
			res.lat = make([]time.Duration, 0, 1024)
			for n := i; more(); n++ {
				t0 := time.Now()
				err := askOnce(ctx, client, c.URL, c.Token, bodies[n%len(bodies)])
				if err != nil {
					res.errors++
					if res.firstErr == "" {
						res.firstErr = err.Error()
					}
					continue
				}
				res.lat = append(res.lat, time.Since(t0))
			}
		})
	}
	wg.Wait()

	out := LoadResult{Clients: c.Clients, Elapsed: time.Since(start), PeakRSS: PeakRSS(c.PID)}
	var all []time.Duration
	for _, r := range results {
		all = append(all, r.lat...)
		out.Errors += r.errors
		if out.FirstError == "" {
			out.FirstError = r.firstErr
		}
	}
	out.Requests = len(all) + out.Errors
	out.RPS = float64(len(all)) / out.Elapsed.Seconds()
	slices.Sort(all)
	out.P50, out.P90, out.P99 = percentile(all, 0.50), percentile(all, 0.90), percentile(all, 0.99)
	if len(all) > 0 {
		out.Max = all[len(all)-1]
	}
	return out
}

func askOnce(ctx context.Context, client *http.Client, url, token string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d: %s", resp.StatusCode, bytes.TrimSpace(b))
	}
	return nil
}

// percentile returns the q-quantile of sorted (nearest rank).
func percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*q+0.999999) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

// PeakRSS returns the peak resident set size (VmHWM) of process pid in bytes,
// or of this process when pid is 0; -1 when /proc does not tell.
func PeakRSS(pid int) int64 {
	path := "/proc/self/status"
	if pid > 0 {
		path = "/proc/" + strconv.Itoa(pid) + "/status"
	}
	f, err := os.Open(path)
	if err != nil {
		return -1
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				return -1
			}
			return kb << 10
		}
	}
	return -1
}
