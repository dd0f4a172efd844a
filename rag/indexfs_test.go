package rag

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Every altered file of a saved index is found at open, and the log line
// says what differed; the rebuilt index answers with the article's bytes.
func TestIndexTamperDetected(t *testing.T) {
	article := readArticle(t)
	data := writeArticles(t, map[string]string{"article.txt": article})
	flip := func(rel string, at func(size int64) int64) func(dir string) error {
		return func(dir string) error {
			p := filepath.Join(dir, rel)
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			b[at(int64(len(b)))] ^= 0x01
			return os.WriteFile(p, b, 0o644)
		}
	}
	middle := func(n int64) int64 { return n / 2 }
	zapFile := func(dir string) string {
		m, _ := filepath.Glob(filepath.Join(dir, dirBleve, "store", "*.zap"))
		if len(m) != 1 {
			t.Fatalf("zap segments %v, want one", m)
		}
		rel, _ := filepath.Rel(dir, m[0])
		return rel
	}
	editMeta := func(dir string) error { // the probe of issue 11: a same-length edit
		p := filepath.Join(dir, fileMeta)
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if !bytes.Contains(b, []byte("548个港口")) {
			t.Fatal("meta.json does not hold 548个港口")
		}
		return os.WriteFile(p, bytes.ReplaceAll(b, []byte("548个港口"), []byte("549个港口")), 0o644)
	}
	for _, tc := range []struct {
		name   string
		tamper func(dir string) error
		what   string // in the log line
	}{
		{"same-length edit in meta.json", editMeta, "meta.json differs from the manifest"},
		{"meta.json edited and the manifest made to match", func(dir string) error {
			if err := editMeta(dir); err != nil {
				return err
			}
			return rehash(dir, fileMeta)
		}, "differs from the article's bytes"},
		{"offsets moved in meta.json, manifest made to match", func(dir string) error {
			var meta indexMeta
			b, _ := os.ReadFile(filepath.Join(dir, fileMeta))
			if err := json.Unmarshal(b, &meta); err != nil {
				return err
			}
			meta.Chunks[10].Start++
			b, _ = json.Marshal(meta)
			if err := os.WriteFile(filepath.Join(dir, fileMeta), b, 0o644); err != nil {
				return err
			}
			return rehash(dir, fileMeta)
		}, "differs from the article's bytes"},
		{"one bit of a vector", flip(fileVectors, middle), "vectors.f32 differs from the manifest"},
		{"vectors cut short", func(dir string) error {
			p := filepath.Join(dir, fileVectors)
			fi, _ := os.Stat(p)
			return os.Truncate(p, fi.Size()-4)
		}, "vectors.f32"},
		{"one bit of the full-text segment", func(dir string) error { return flip(zapFile(dir), middle)(dir) }, "differs from the manifest"},
		{"a file added to the full-text index", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, dirBleve, "store", "extra.zap"), []byte("x"), 0o644)
		}, "does not list"},
		{"manifest removed", func(dir string) error { return os.Remove(filepath.Join(dir, fileManifest)) }, "MANIFEST.json"},
		{"manifest garbage", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, fileManifest), []byte("{"), 0o644)
		}, "MANIFEST.json"},
		{"COMPLETE of another index", func(dir string) error {
			return os.WriteFile(filepath.Join(dir, fileComplete), []byte("0123456789abcdef0123\n"), 0o644)
		}, "COMPLETE names another index"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := t.TempDir()
			e := openIn(t, data, root, ChunkParams{}, nil)
			dir := e.Index().Dir
			e.Close()
			if err := tc.tamper(dir); err != nil {
				t.Fatal(err)
			}
			var logs bytes.Buffer
			e2 := openIn(t, data, root, ChunkParams{}, slog.New(slog.NewTextHandler(&logs, nil)))
			if e2.Index().Loaded {
				t.Fatalf("tampered index loaded; logs:\n%s", logs.String())
			}
			if !strings.Contains(logs.String(), "rebuilding") || !strings.Contains(logs.String(), tc.what) {
				t.Errorf("log does not say %q:\n%s", tc.what, logs.String())
			}
			a := ask(t, e2.Engine, "西部陆海新通道通达多少个港口？")
			if !a.Found || !strings.Contains(a.Answer, "548个港口") {
				t.Fatalf("answer %+v", a)
			}
			for _, c := range a.Citations {
				if article[c.Start:c.End] != c.Quote {
					t.Errorf("quote %q is not the article's bytes at %d:%d", c.Quote, c.Start, c.End)
				}
			}
		})
	}
}

// rehash rewrites the manifest entry of rel to match the file.
func rehash(dir, rel string) error {
	p := filepath.Join(dir, fileManifest)
	var m manifest
	b, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	f, _ := os.ReadFile(filepath.Join(dir, rel))
	sum := sha256.Sum256(f)
	for i := range m.Files {
		if m.Files[i].Path == rel {
			m.Files[i].SHA256, m.Files[i].Size = hex.EncodeToString(sum[:]), int64(len(f))
		}
	}
	b, _ = json.Marshal(m)
	return os.WriteFile(p, b, 0o644)
}

// Temporary folders of builds that no live process holds are removed at
// open, with a log line; a folder whose lock is held (a build running) stays.
func TestStaleBuildFoldersRemoved(t *testing.T) {
	data := writeArticles(t, map[string]string{"article.txt": readArticle(t)})
	root := t.TempDir()
	mk := func(name string, lock bool) string {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Join(p, "bleve"), 0o700); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(p, "meta.json"), []byte("{}"), 0o644)
		if lock {
			os.WriteFile(p+".lock", []byte("12345\n"), 0o644)
		}
		return p
	}
	killed := mk("k1"+tmpMark+"12345-aaaa", true)           // lock file, nobody holds it
	old := mk("k2"+tmpMark+"23456-bbbb", false)             // no lock file at all
	orphan := filepath.Join(root, "k3"+tmpMark+"3-cc.lock") // a lock without its folder
	os.WriteFile(orphan, nil, 0o644)
	live := mk("k4"+tmpMark+"34567-dddd", true)
	f, err := os.OpenFile(live+".lock", os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if ok, err := tryLock(f); !ok || err != nil {
		t.Fatalf("tryLock: %v %v", ok, err)
	}

	var logs bytes.Buffer
	e := openIn(t, data, root, ChunkParams{}, slog.New(slog.NewTextHandler(&logs, nil)))
	checkAnswers(t, e)
	for _, p := range []string{killed, killed + ".lock", old, orphan} {
		if _, err := os.Stat(p); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s not removed (%v)", filepath.Base(p), err)
		}
	}
	if _, err := os.Stat(live); err != nil {
		t.Errorf("the folder of a live build was removed: %v", err)
	}
	if n := strings.Count(logs.String(), "removed a temporary index folder"); n != 3 {
		t.Errorf("%d log lines about removed folders, want 3:\n%s", n, logs.String())
	}
}

// A build stopped by its context returns ErrStopped, writes no COMPLETE
// marker and leaves no folder behind; the next open builds and loads.
func TestIndexStopLeavesNothing(t *testing.T) {
	data := writeArticles(t, map[string]string{"article.txt": readArticle(t)})
	for _, at := range []struct {
		name string
		when func(stage string, done, total int) bool
	}{
		{"reading", func(s string, _, _ int) bool { return s == StageRead }},
		{"embedding and indexing", func(s string, _, _ int) bool { return s == StageIndex }},
		{"everything indexed, nothing written yet", func(s string, done, total int) bool { return s == StageIndex && done == total }},
	} {
		t.Run(at.name, func(t *testing.T) {
			root := t.TempDir()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			_, err := Open(ctx, Options{DataDir: data, IndexDir: root, Progress: func(s string, done, total int) {
				if at.when(s, done, total) {
					cancel()
				}
			}})
			if !errors.Is(err, ErrStopped) || !errors.Is(err, context.Canceled) {
				t.Fatalf("Open = %v, want ErrStopped", err)
			}
			deadline := time.Now().Add(10 * time.Second)
			for {
				left, _ := filepath.Glob(filepath.Join(root, "*"))
				if len(left) == 0 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("left behind: %v", left)
				}
				time.Sleep(20 * time.Millisecond)
			}
			e := openIn(t, data, root, ChunkParams{}, nil)
			checkAnswers(t, e)
			e.Close()
			if e := openIn(t, data, root, ChunkParams{}, nil); !e.Index().Loaded {
				t.Error("the index built after the stop is not loaded next time")
			}
		})
	}
}

// An index directory that cannot be written is ErrNotPersisted naming it
// when the index must be saved (`articlebot index`), and an in-memory index
// with a warning otherwise.
func TestIndexMustPersist(t *testing.T) {
	data := writeArticles(t, map[string]string{"article.txt": readArticle(t)})
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	root := filepath.Join(file, "index") // under a regular file: ENOTDIR, even for root
	_, err := Open(context.Background(), Options{DataDir: data, IndexDir: root, MustPersist: true})
	var pe *PersistError
	if !errors.Is(err, ErrNotPersisted) || !errors.As(err, &pe) || pe.Dir != root || !strings.Contains(err.Error(), root) {
		t.Fatalf("Open = %v, want a PersistError naming %s", err, root)
	}
	if _, err := Open(context.Background(), Options{DataDir: data, MustPersist: true}); !errors.Is(err, ErrNotPersisted) {
		t.Errorf("no index directory: %v, want ErrNotPersisted", err)
	}
}

// The offline embedder describes itself: its weights are fitted on the
// corpus and saved with the index, and its vectors are not cached.
func TestEmbedderDescribesItself(t *testing.T) {
	h := DefaultEmbedder()
	var e Embedder = h
	if _, ok := e.(CorpusEmbedder); !ok || cacheVectors(e) {
		t.Fatalf("HashEmbedder: corpus-fitted %v, cached %v", ok, cacheVectors(e))
	}
	if c := (&countingEmbedder{inner: DefaultEmbedder()}); !cacheVectors(c) {
		t.Error("an embedder that says nothing is cached (API embedders resume)")
	}
	if err := h.FitCorpus(context.Background(), []string{"川渝合作", "成渝地区"}); err != nil {
		t.Fatal(err)
	}
	st, err := h.State()
	if err != nil {
		t.Fatal(err)
	}
	h2 := DefaultEmbedder()
	if err := h2.SetState(st); err != nil {
		t.Fatal(err)
	}
	v1, _ := h.Embed(context.Background(), []string{"川渝"})
	v2, _ := h2.Embed(context.Background(), []string{"川渝"})
	for i := range v1[0] {
		if v1[0][i] != v2[0][i] {
			t.Fatal("restored state embeds differently")
		}
	}
	if err := NewHashEmbedder(8, 1, 2).SetState(st); err == nil {
		t.Error("state of 1024 weights accepted by an 8-dimension embedder")
	}
}
