package rag

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Options configure an Engine.
type Options struct {
	// DataDir holds the articles: every .txt and .md file is one article,
	// named by its file name without extension.
	DataDir string
	// IndexDir is where indexes persist; "" keeps the index in memory.
	IndexDir string
	// Embedder embeds chunks and questions; nil means the offline
	// HashEmbedder.
	Embedder Embedder
	Chunking ChunkParams
	Log      *slog.Logger
	// Progress, when set, is told how many chunks are embedded so far.
	Progress func(done, total int)
	// RetrieveMode is RetrieveFused (default), RetrieveVector or RetrieveBM25.
	RetrieveMode string
}

// Engine answers questions about the articles of a data directory. It is
// safe for concurrent use and keeps no conversation state.
type Engine struct {
	ix    *Index
	files map[string]string // article name → file text, for offsets
	mode  string
	log   *slog.Logger
}

// DefaultEmbedder is the offline embedder's configuration, chosen by
// measuring retrieval on the dev set (README).
func DefaultEmbedder() *HashEmbedder { return NewHashEmbedder(1024, 1, 2) }

// ErrNoData means the data directory is missing or holds no article.
var ErrNoData = errors.New("no article found")

// LoadArticles reads every .txt and .md file of dir, sorted by name.
func LoadArticles(dir string) (names, texts []string, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: data directory %q: %v (set ARTICLEBOT_DATA or --data to a folder holding the article as .txt or .md)", ErrNoData, dir, errors.Unwrap(err))
	}
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if e.IsDir() || (ext != ".txt" && ext != ".md") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, nil, fmt.Errorf("read article: %w", err)
		}
		names = append(names, strings.TrimSuffix(e.Name(), filepath.Ext(e.Name())))
		texts = append(texts, string(b))
	}
	if len(names) == 0 {
		return nil, nil, fmt.Errorf("%w: %q has no .txt or .md file (set ARTICLEBOT_DATA or --data to the folder holding the article)", ErrNoData, dir)
	}
	sort.Sort(byName{names, texts})
	return names, texts, nil
}

type byName struct{ n, t []string }

func (b byName) Len() int           { return len(b.n) }
func (b byName) Less(i, j int) bool { return b.n[i] < b.n[j] }
func (b byName) Swap(i, j int) {
	b.n[i], b.n[j] = b.n[j], b.n[i]
	b.t[i], b.t[j] = b.t[j], b.t[i]
}

// Open reads the articles of opts.DataDir and loads their index from
// opts.IndexDir, building it when the articles, the embedder or the chunking
// changed.
func Open(ctx context.Context, opts Options) (*Engine, error) {
	names, texts, err := LoadArticles(opts.DataDir)
	if err != nil {
		return nil, err
	}
	examples := map[string][]string{}
	for _, n := range names {
		if b, err := os.ReadFile(filepath.Join(opts.DataDir, n+".questions")); err == nil {
			for _, l := range strings.Split(string(b), "\n") {
				if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
					examples[n] = append(examples[n], l)
				}
			}
		}
	}
	return OpenTexts(ctx, names, texts, examples, opts)
}

// OpenTexts is Open for articles already in memory.
func OpenTexts(ctx context.Context, names, texts []string, examples map[string][]string, opts Options) (*Engine, error) {
	if opts.Log == nil {
		opts.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opts.Embedder == nil {
		opts.Embedder = DefaultEmbedder()
	}
	if opts.Chunking.MaxRunes == 0 {
		opts.Chunking = DefaultChunkParams
	}
	if opts.RetrieveMode == "" {
		opts.RetrieveMode = RetrieveFused
	}
	key := indexKey(names, texts, opts.Embedder.ID(), opts.Chunking)
	e := &Engine{files: make(map[string]string, len(names)), mode: opts.RetrieveMode, log: opts.Log}
	for i, n := range names {
		e.files[n] = texts[i]
	}
	// Ingestion is cheap and deterministic; it runs only when the index must
	// be built, since a loaded index carries its documents and chunks.
	build := func() ([]Document, []Chunk) {
		docs := make([]Document, len(names))
		var chunks []Chunk
		for i, n := range names {
			docs[i] = Ingest(n, texts[i])
			docs[i].Info.Examples = examples[n]
			cs := ChunkPassages(docs[i].Passages, opts.Chunking)
			docs[i].Info.Chunks = len(cs)
			chunks = append(chunks, cs...)
		}
		return docs, chunks
	}
	ix, err := openIndex(ctx, opts.IndexDir, key, build, opts.Embedder, opts.Log, opts.Progress)
	if err != nil {
		return nil, err
	}
	if ix.Loaded {
		// examples may have changed without changing the index key
		for i := range ix.Docs {
			ix.Docs[i].Info.Examples = examples[ix.Docs[i].Info.Name]
		}
	}
	e.ix = ix

	return e, nil
}

// Close releases index files.
func (e *Engine) Close() error { return e.ix.Close() }

// Docs describes the articles.
func (e *Engine) Docs() []DocInfo {
	out := make([]DocInfo, len(e.ix.Docs))
	for i, d := range e.ix.Docs {
		out[i] = d.Info
	}
	return out
}

// IndexInfo says what the engine's index holds and where.
type IndexInfo struct {
	Key    string
	Dir    string
	Loaded bool
	Chunks int
	Docs   []Document
}

// Index describes the loaded index.
func (e *Engine) Index() IndexInfo {
	return IndexInfo{Key: e.ix.Key, Dir: e.ix.Dir, Loaded: e.ix.Loaded, Chunks: len(e.ix.Chunks), Docs: e.ix.Docs}
}

// Chunks returns the index's chunks in article order. The slice is shared:
// callers must not modify it.
func (e *Engine) Chunks() []Chunk { return e.ix.Chunks }

// Article returns the text of the named article file, the bytes citation
// offsets point into ("" for an unknown name).
func (e *Engine) Article(name string) string { return e.files[name] }
