package rag

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"
	"github.com/philippgille/chromem-go"
)

// indexFormat changes whenever the persisted layout or ingestion changes
// meaning, so old indexes are rebuilt instead of misread.
const indexFormat = "v2" // v2: no sentence ends inside 《》 or brackets

const collectionName = "chunks"

// Index is the searchable form of the articles: chunk vectors in a chromem-go
// collection and BM25 over CJK bigrams in bleve.
type Index struct {
	Key    string
	Docs   []Document
	Chunks []Chunk
	byID   map[string]int

	embedder Embedder
	db       *chromem.DB
	coll     *chromem.Collection
	bleve    bleve.Index
	// Dir is where the index lives on disk, "" when it is memory only.
	Dir string
	// Loaded is true when the index was read from disk instead of built.
	Loaded bool
}

// indexMeta is what meta.json holds beside the vectors and the bleve index.
type indexMeta struct {
	Format   string     `json:"format"`
	Key      string     `json:"key"`
	Embedder string     `json:"embedder"`
	Docs     []Document `json:"docs"`
	Chunks   []Chunk    `json:"chunks"`
	HashIDF  []float32  `json:"hash_idf,omitempty"`
}

// indexKey hashes what the index depends on: the articles' names and texts,
// the embedder and the chunking parameters.
func indexKey(names, texts []string, embedderID string, p ChunkParams) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00", indexFormat, embedderID, p)
	for i := range names {
		fmt.Fprintf(h, "%s\x00%d\x00", names[i], len(texts[i]))
		h.Write([]byte(texts[i]))
	}
	return hex.EncodeToString(h.Sum(nil))[:20]
}

// chromemFunc adapts an Embedder to chromem-go for single query texts.
// chromem-go's nil function means OpenAI over the network, so never pass nil.
func chromemFunc(e Embedder) chromem.EmbeddingFunc {
	return func(ctx context.Context, text string) ([]float32, error) {
		v, err := e.Embed(ctx, []string{text})
		if err != nil {
			return nil, err
		}
		return v[0], nil
	}
}

func newBleveMapping() mapping.IndexMapping {
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = cjk.AnalyzerName
	m.ScoringModel = bleveindex.BM25Scoring
	dm := bleve.NewDocumentStaticMapping()
	text := bleve.NewTextFieldMapping()
	text.Analyzer = cjk.AnalyzerName
	text.Store = false
	text.IncludeTermVectors = false
	dm.AddFieldMappingsAt("text", text)
	m.DefaultMapping = dm
	return m
}

type bleveDoc struct {
	Text string `json:"text"`
}

// buildIndex embeds and indexes chunks. dir "" builds in memory only.
func buildIndex(ctx context.Context, key string, docs []Document, chunks []Chunk, emb Embedder, dir string, progress func(done, total int)) (*Index, error) {
	ix := &Index{Key: key, Docs: docs, Chunks: chunks, embedder: emb, Dir: dir}
	ix.byID = make(map[string]int, len(chunks))
	for i, c := range chunks {
		ix.byID[c.ID] = i
	}
	texts := make([]string, len(chunks))
	for i, c := range chunks {
		texts[i] = embedText(c)
	}
	if h, ok := emb.(*HashEmbedder); ok { // always refit: a broken index may have left stale weights
		h.Fit(texts)
	}
	vecs, err := embedAll(ctx, emb, texts, dir, progress)
	if err != nil {
		return nil, err
	}
	ix.db = chromem.NewDB()
	ix.coll, err = ix.db.CreateCollection(collectionName, nil, chromemFunc(emb))
	if err != nil {
		return nil, fmt.Errorf("create vector collection: %w", err)
	}
	cdocs := make([]chromem.Document, len(chunks))
	for i, c := range chunks {
		cdocs[i] = chromem.Document{ID: c.ID, Embedding: vecs[i], Content: c.Text}
	}
	if len(cdocs) > 0 {
		if err := ix.coll.AddDocuments(ctx, cdocs, runtime.NumCPU()); err != nil {
			return nil, fmt.Errorf("add vectors: %w", err)
		}
	}
	if dir == "" {
		// scorch in memory, as on disk: bleve.NewMemOnly's upsidedown store
		// searches about twice as slowly.
		ix.bleve, err = bleve.NewUsing("", newBleveMapping(), scorch.Name, scorch.Name, nil)
	} else {
		ix.bleve, err = bleve.New(filepath.Join(dir, "bleve"), newBleveMapping())
	}
	if err != nil {
		return nil, fmt.Errorf("create full-text index: %w", err)
	}
	b := ix.bleve.NewBatch()
	for _, c := range chunks {
		if err := b.Index(c.ID, bleveDoc{Text: c.Text}); err != nil {
			return nil, fmt.Errorf("full-text index %s: %w", c.ID, err)
		}
		if b.Size() >= 1000 {
			if err := ix.bleve.Batch(b); err != nil {
				return nil, fmt.Errorf("full-text index: %w", err)
			}
			b.Reset()
		}
	}
	if err := ix.bleve.Batch(b); err != nil {
		return nil, fmt.Errorf("full-text index: %w", err)
	}
	if dir != "" {
		meta := indexMeta{Format: indexFormat, Key: key, Embedder: emb.ID(), Docs: docs, Chunks: chunks}
		if h, ok := emb.(*HashEmbedder); ok {
			meta.HashIDF = h.IDF
		}
		if err := writeJSON(filepath.Join(dir, "meta.json"), meta); err != nil {
			return nil, err
		}
		if err := ix.db.ExportToFile(filepath.Join(dir, "vectors.gob"), false, ""); err != nil {
			return nil, fmt.Errorf("write vectors: %w", err)
		}
	}
	return ix, nil
}

// embedText is what a chunk's vector stands for: its section gives short
// chunks context ("顶层设计持续发力").
func embedText(c Chunk) string { return c.Text }

func writeJSON(path string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", filepath.Base(path), err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("write index file: %w", err)
	}
	return nil
}

// loadIndex opens a complete persisted index from dir.
func loadIndex(dir, key string, emb Embedder) (*Index, error) {
	if _, err := os.Stat(filepath.Join(dir, "COMPLETE")); err != nil {
		return nil, fmt.Errorf("index incomplete: %w", err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "meta.json"))
	if err != nil {
		return nil, err
	}
	var meta indexMeta
	if err := json.Unmarshal(b, &meta); err != nil {
		return nil, fmt.Errorf("meta.json: %w", err)
	}
	if meta.Format != indexFormat || meta.Key != key || meta.Embedder != emb.ID() {
		return nil, errors.New("meta.json does not match the inputs")
	}
	if h, ok := emb.(*HashEmbedder); ok {
		if len(meta.HashIDF) != h.Dims {
			return nil, errors.New("meta.json: IDF does not match the embedder")
		}
		h.IDF = meta.HashIDF
	}
	ix := &Index{Key: key, Docs: meta.Docs, Chunks: meta.Chunks, embedder: emb, Dir: dir, Loaded: true}
	ix.byID = make(map[string]int, len(ix.Chunks))
	for i, c := range ix.Chunks {
		ix.byID[c.ID] = i
	}
	ix.db = chromem.NewDB()
	if err := ix.db.ImportFromFile(filepath.Join(dir, "vectors.gob"), ""); err != nil {
		return nil, fmt.Errorf("vectors: %w", err)
	}
	ix.coll = ix.db.GetCollection(collectionName, chromemFunc(emb))
	if ix.coll == nil || ix.coll.Count() != len(ix.Chunks) {
		return nil, errors.New("vectors do not match the chunks")
	}
	ix.bleve, err = bleve.OpenUsing(filepath.Join(dir, "bleve"), map[string]interface{}{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("full-text index: %w", err)
	}
	if n, err := ix.bleve.DocCount(); err != nil || int(n) != len(ix.Chunks) {
		ix.bleve.Close()
		return nil, errors.New("full-text index does not match the chunks")
	}
	return ix, nil
}

// Close releases the full-text index files.
func (ix *Index) Close() error {
	if ix == nil || ix.bleve == nil {
		return nil
	}
	err := ix.bleve.Close()
	ix.bleve = nil // a second Close must not reach bleve, which panics
	return err
}

// openIndex loads the index for key from root, or builds it there. A corrupt
// or partial index is rebuilt with a log line; an unwritable root builds in
// memory with a warning, so the engine always comes up.
func openIndex(ctx context.Context, root, key string, ingest func() ([]Document, []Chunk), emb Embedder, log *slog.Logger, progress func(int, int)) (*Index, error) {
	var docs []Document
	var chunks []Chunk
	// build ingests once, however many places the index is tried in.
	build := func(dir string) (*Index, error) {
		if docs == nil {
			docs, chunks = ingest()
		}
		return buildIndex(ctx, key, docs, chunks, emb, dir, progress)
	}
	inMemory := func(msg string, args ...any) (*Index, error) {
		log.Warn(msg+"; building the index in memory (set ARTICLEBOT_INDEX_DIR to a writable directory)", args...)
		return build("")
	}
	if root == "" {
		return build("")
	}
	dir := filepath.Join(root, key)
	if _, err := os.Stat(dir); err == nil {
		ix, err := loadIndex(dir, key, emb)
		if err == nil {
			return ix, nil
		}
		log.Warn("index unreadable, rebuilding it", "dir", dir, "err", err)
		if err := os.RemoveAll(dir); err != nil {
			return inMemory("cannot remove the broken index", "dir", dir, "err", err)
		}
	}
	if err := os.MkdirAll(root, 0o755); err != nil {
		return inMemory("index directory not writable", "dir", root, "err", err)
	}
	tmp, err := os.MkdirTemp(root, key+".tmp-"+strconv.Itoa(os.Getpid())+"-")
	if err != nil {
		return inMemory("index directory not writable", "dir", root, "err", err)
	}
	ix, err := build(tmp)
	if err != nil {
		os.RemoveAll(tmp)
		if ctx.Err() != nil || errors.Is(err, ErrEmbed) {
			return nil, err // not the disk's fault: building in memory would not help
		}
		return inMemory("cannot write the index", "dir", root, "err", err)
	}
	// Close the writable bleve index, mark complete, move into place, reopen
	// read-only. MkdirTemp made the directory 0700: open it to other users,
	// or an index built by root is unreadable to the container's nonroot user.
	ix.bleve.Close()
	if err := os.Chmod(tmp, 0o755); err != nil {
		log.Warn("cannot open the index directory to other users", "dir", tmp, "err", err)
	}
	if err := os.WriteFile(filepath.Join(tmp, "COMPLETE"), []byte(key+"\n"), 0o644); err != nil {
		os.RemoveAll(tmp)
		return inMemory("cannot write the index", "dir", root, "err", err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		// Another process may have won the race: use its index.
		os.RemoveAll(tmp)
	}
	loaded, err := loadIndex(dir, key, emb)
	if err != nil {
		return inMemory("index written but unreadable", "dir", dir, "err", err)
	}
	loaded.Loaded = false
	return loaded, nil
}
