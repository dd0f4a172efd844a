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
	// Progress, when set, is told how far building the index has got:
	// stage is StageRead (bytes of article text) or StageIndex (chunks
	// embedded plus chunks indexed, out of twice the chunks). Calls do not
	// overlap.
	Progress func(stage string, done, total int)
	// MustPersist makes an index that cannot be written to IndexDir an
	// error (ErrNotPersisted, naming the directory) instead of an in-memory
	// index with a warning: for `articlebot index`, whose job is the saved
	// index.
	MustPersist bool
	// PrivateIndex writes the index for its owner only (directories 0700,
	// files 0600). Otherwise it is readable by other users whatever the
	// umask (0755, 0644), so an index built by root serves another user.
	PrivateIndex bool
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

// ErrNotText means a file of the data directory is not text (a binary
// file, or bytes that are neither UTF-8, UTF-16 nor GB18030).
var ErrNotText = errors.New("not a text file")

// LoadArticles reads every .txt and .md file of dir, sorted by name, as
// ReadArticles does.
func LoadArticles(dir string) (names, texts []string, err error) {
	files, err := ReadArticles(dir)
	if err != nil {
		return nil, nil, err
	}
	for _, f := range files {
		names = append(names, f.Name)
		texts = append(texts, f.Text)
	}
	return names, texts, nil
}

// ArticleFile is one article of the data directory, decoded to UTF-8.
type ArticleFile struct {
	Name string // the file name without its extension
	Path string
	Text string
	// Encoding is the file's encoding when it was not UTF-8 ("GB18030",
	// "UTF-16LE", "UTF-16BE"); offsets are then in the UTF-8 Text.
	Encoding string
	// Unwrapped is how many hard line wraps were joined (unwrapLines);
	// offsets are then in the joined Text.
	Unwrapped int
}

// ReadArticles reads every .txt and .md file of dir, sorted by name. A file
// that is not UTF-8 is decoded as UTF-16 (with a byte-order mark) or
// GB18030 (which covers GBK and GB2312); a file that is not text is
// ErrNotText, naming it. Hard line wraps are joined (unwrapLines).
func ReadArticles(dir string) ([]ArticleFile, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("%w: data directory %q: %v (set ARTICLEBOT_DATA or --data to a folder holding the article as .txt or .md)", ErrNoData, dir, errors.Unwrap(err))
	}
	var files []ArticleFile
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if e.IsDir() || (ext != ".txt" && ext != ".md") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read article: %w", err)
		}
		text, enc, err := decodeText(b)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrNotText, path, err)
		}
		text, joined := unwrapLines(text)
		files = append(files, ArticleFile{Name: strings.TrimSuffix(e.Name(), filepath.Ext(e.Name())), Path: path, Text: text, Encoding: enc, Unwrapped: joined})
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%w: %q has no .txt or .md file (set ARTICLEBOT_DATA or --data to the folder holding the article)", ErrNoData, dir)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	return files, nil
}

// Open reads the articles of opts.DataDir and loads their index from
// opts.IndexDir, building it when the articles, the embedder or the chunking
// changed.
func Open(ctx context.Context, opts Options) (*Engine, error) {
	files, err := ReadArticles(opts.DataDir)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(files))
	texts := make([]string, len(files))
	byName := map[string]ArticleFile{}
	for i, f := range files {
		names[i], texts[i] = f.Name, f.Text
		byName[f.Name] = f
		if f.Encoding != "" && opts.Log != nil {
			opts.Log.Info("article is not UTF-8: decoded", "file", f.Path, "encoding", f.Encoding)
		}
		if f.Unwrapped > 0 && opts.Log != nil {
			opts.Log.Info("article is hard-wrapped: joined its broken lines", "file", f.Path, "lines", f.Unwrapped)
		}
	}
	examples := map[string][]string{}
	for _, n := range names {
		if b, err := os.ReadFile(filepath.Join(opts.DataDir, n+".questions")); err == nil {
			examples[n] = listLines(string(b))
		}
	}
	e, err := OpenTexts(ctx, names, texts, examples, opts)
	if err != nil {
		return nil, err
	}
	for i := range e.ix.Docs {
		f := byName[e.ix.Docs[i].Info.Name]
		e.ix.Docs[i].Info.Encoding, e.ix.Docs[i].Info.Unwrapped = f.Encoding, f.Unwrapped
	}
	return e, nil
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
	total := 0
	for _, t := range texts {
		total += len(t)
	}
	build := func(ctx context.Context) ([]Document, []Chunk, error) {
		docs := make([]Document, len(names))
		var chunks []Chunk
		read := 0
		for i, n := range names {
			var err error
			docs[i], err = ingest(ctx, n, texts[i], func(done, _ int) {
				if opts.Progress != nil {
					opts.Progress(StageRead, read+done, total)
				}
			})
			if err != nil {
				return nil, nil, err
			}
			read += len(texts[i])
			docs[i].Info.Examples = examples[n]
			cs := ChunkPassages(docs[i].Passages, opts.Chunking)
			docs[i].Info.Chunks = len(cs)
			chunks = append(chunks, cs...)
		}
		return docs, chunks, nil
	}
	ix, err := openIndex(ctx, indexRequest{
		root: opts.IndexDir, key: key, files: e.files, ingest: build, emb: opts.Embedder,
		log: opts.Log, progress: opts.Progress, mustPersist: opts.MustPersist, private: opts.PrivateIndex,
	})
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
