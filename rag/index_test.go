package rag

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testEngine is an Engine whose Close may be called more than once
// (bleve panics on a second Close).
type testEngine struct {
	*Engine
	closed bool
}

func (e *testEngine) Close() {
	if !e.closed {
		e.closed = true
		e.Engine.Close()
	}
}

// openIn opens the engine over dataDir with its index under indexDir and
// closes it when the test ends unless the test closed it.
func openIn(t *testing.T, dataDir, indexDir string, p ChunkParams, log *slog.Logger) *testEngine {
	t.Helper()
	e, err := Open(context.Background(), Options{DataDir: dataDir, IndexDir: indexDir, Chunking: p, Log: log})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	te := &testEngine{Engine: e}
	t.Cleanup(te.Close)
	return te
}

// checkAnswers asks a question the article answers and fails unless the
// engine finds it.
func checkAnswers(t *testing.T, e *testEngine) {
	t.Helper()
	a := ask(t, e.Engine, "西部陆海新通道的货值超过了多少？")
	if !a.Found || !strings.Contains(a.Answer, "1400亿") {
		t.Errorf("engine does not answer: %+v", a)
	}
}

func TestIndexPersistence(t *testing.T) {
	article := readArticle(t)
	data := writeArticles(t, map[string]string{"article.txt": article})
	root := t.TempDir()

	e1 := openIn(t, data, root, ChunkParams{}, nil)
	info1 := e1.Index()
	if info1.Loaded {
		t.Fatal("first Open loaded an index from an empty directory")
	}
	if info1.Dir != filepath.Join(root, info1.Key) {
		t.Errorf("index dir %q, want %q", info1.Dir, filepath.Join(root, info1.Key))
	}
	for _, f := range []string{"meta.json", fileVectors, "COMPLETE", "bleve"} {
		if _, err := os.Stat(filepath.Join(info1.Dir, f)); err != nil {
			t.Errorf("index lacks %s: %v", f, err)
		}
	}
	checkAnswers(t, e1)
	a1 := ask(t, e1.Engine, "川渝互访游客每年有多少人次？")
	e1.Close()

	t.Run("unchanged inputs load", func(t *testing.T) {
		e := openIn(t, data, root, ChunkParams{}, nil)
		if !e.Index().Loaded || e.Index().Key != info1.Key {
			t.Fatalf("second Open: loaded %v, key %s (first %s)", e.Index().Loaded, e.Index().Key, info1.Key)
		}
		if e.Index().Chunks != info1.Chunks || len(e.Docs()) != 1 || e.Docs()[0].Author != "唐琴" {
			t.Errorf("loaded index differs: %d chunks (built %d), docs %+v", e.Index().Chunks, info1.Chunks, e.Docs())
		}
		a2 := ask(t, e.Engine, "川渝互访游客每年有多少人次？")
		a1.TookMS, a2.TookMS = 0, 0
		if a1.Answer != a2.Answer || a1.Found != a2.Found || len(a2.Citations) != len(a1.Citations) || a2.Citations[0] != a1.Citations[0] {
			t.Errorf("loaded index answers differently:\n%+v\n%+v", a1, a2)
		}
	})

	t.Run("changed chunk params rebuild", func(t *testing.T) {
		p := ChunkParams{MaxRunes: 120, Overlap: 0}
		e := openIn(t, data, root, p, nil)
		if e.Index().Loaded || e.Index().Key == info1.Key {
			t.Fatalf("changed chunking: loaded %v, key %s", e.Index().Loaded, e.Index().Key)
		}
		checkAnswers(t, e)
		e.Close()
		if e := openIn(t, data, root, p, nil); !e.Index().Loaded {
			t.Error("rebuilt index with other chunk params not loaded the next time")
		}
	})

	t.Run("changed embedder rebuilds", func(t *testing.T) {
		e, err := Open(context.Background(), Options{DataDir: data, IndexDir: root, Embedder: NewHashEmbedder(512, 1, 2)})
		if err != nil {
			t.Fatal(err)
		}
		defer e.Close()
		if e.Index().Loaded || e.Index().Key == info1.Key {
			t.Fatalf("changed embedder: loaded %v", e.Index().Loaded)
		}
	})

	t.Run("changed text rebuilds", func(t *testing.T) {
		data2 := writeArticles(t, map[string]string{"article.txt": article + "\n\n新增的一段：川渝合作再上新台阶。\n"})
		e := openIn(t, data2, root, ChunkParams{}, nil)
		if e.Index().Loaded || e.Index().Key == info1.Key {
			t.Fatalf("changed text: loaded %v, key %s", e.Index().Loaded, e.Index().Key)
		}
		checkAnswers(t, e)
	})

	t.Run("renamed article rebuilds", func(t *testing.T) {
		data3 := writeArticles(t, map[string]string{"other.txt": article})
		e := openIn(t, data3, root, ChunkParams{}, nil)
		if e.Index().Loaded {
			t.Fatal("renamed article loaded the old index")
		}
		if a := ask(t, e.Engine, "西部陆海新通道的货值超过了多少？"); len(a.Citations) == 0 || a.Citations[0].Doc != "other" {
			t.Errorf("citations %+v, want doc other", a.Citations)
		}
	})
}

// A corrupt or partial index is rebuilt with a log line, never an error,
// and the rebuilt index holds the article.
func TestIndexCorruptRebuilt(t *testing.T) {
	data := writeArticles(t, map[string]string{"article.txt": readArticle(t)})
	for _, tc := range []struct {
		name    string
		corrupt func(dir string) error
	}{
		{"corrupt meta.json", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "meta.json"), []byte(`{"format":"v1","key":`), 0o644)
		}},
		{"meta.json of another key", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, "meta.json"), []byte(`{"format":"v1","key":"other"}`), 0o644)
		}},
		{"missing meta.json", func(dir string) error { return os.Remove(filepath.Join(dir, "meta.json")) }},
		{"truncated vectors", func(dir string) error {
			p := filepath.Join(dir, fileVectors)
			fi, err := os.Stat(p)
			if err != nil {
				return err
			}
			return os.Truncate(p, fi.Size()/2)
		}},
		{"empty vectors", func(dir string) error { return os.Truncate(filepath.Join(dir, fileVectors), 0) }},
		{"garbage vectors", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, fileVectors), bytes.Repeat([]byte{0xff}, 4096), 0o644)
		}},
		{"missing bleve", func(dir string) error { return os.RemoveAll(filepath.Join(dir, "bleve")) }},
		{"missing COMPLETE (interrupted build)", func(dir string) error { return os.Remove(filepath.Join(dir, "COMPLETE")) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			e := openIn(t, data, root, ChunkParams{}, nil)
			dir := e.Index().Dir
			e.Close()
			if err := tc.corrupt(dir); err != nil {
				t.Fatal(err)
			}
			var logs bytes.Buffer
			log := slog.New(slog.NewTextHandler(&logs, nil))
			e2 := openIn(t, data, root, ChunkParams{}, log)
			if e2.Index().Loaded {
				t.Error("corrupt index loaded")
			}
			checkAnswers(t, e2)
			if !strings.Contains(logs.String(), "rebuild") {
				t.Errorf("no log line about the rebuild; logs:\n%s", logs.String())
			}
			e2.Close()
			e3 := openIn(t, data, root, ChunkParams{}, nil)
			if !e3.Index().Loaded {
				t.Error("the rebuilt index is not loaded the next time")
			}
			if e3.Index().Chunks != e2.Index().Chunks || e3.Index().Chunks == 0 {
				t.Errorf("rebuilt index has %d chunks, loaded again %d", e2.Index().Chunks, e3.Index().Chunks)
			}
			checkAnswers(t, e3)
		})
	}
}

// An index directory that cannot be created still gives a working engine,
// in memory.
func TestIndexUnwritableDir(t *testing.T) {
	data := writeArticles(t, map[string]string{"article.txt": readArticle(t)})
	// A path under a regular file cannot be a directory, even for root.
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	e := openIn(t, data, filepath.Join(file, "index"), ChunkParams{}, slog.New(slog.NewTextHandler(&logs, nil)))
	if e.Index().Loaded || e.Index().Dir != "" {
		t.Errorf("index loaded %v in %q, want built in memory", e.Index().Loaded, e.Index().Dir)
	}
	checkAnswers(t, e)
	if !strings.Contains(logs.String(), "level=WARN") {
		t.Errorf("no warning about the unwritable directory; logs:\n%s", logs.String())
	}
}

func TestOpenMissingData(t *testing.T) {
	for _, dir := range []string{filepath.Join(t.TempDir(), "nope"), t.TempDir()} {
		_, err := Open(context.Background(), Options{DataDir: dir})
		if err == nil || !strings.Contains(err.Error(), "ARTICLEBOT_DATA") {
			t.Errorf("Open(%q): err = %v, want ErrNoData naming ARTICLEBOT_DATA", dir, err)
		}
	}
}
