package rag

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"
	"github.com/philippgille/chromem-go"
)

// indexFormat changes whenever the persisted layout or ingestion changes
// meaning, so old indexes are rebuilt instead of misread.
// v2: no sentence ends inside 《》 or brackets; v3: MANIFEST.json,
// vectors.f32 and bleve's offline builder; v4: Markdown table rows are not
// joined, English bylines and news datelines name the author; v5: a plain
// text file's title line and 一、 lines are headings.
const indexFormat = "v5"

const collectionName = "chunks"

// The files of a persisted index directory.
const (
	fileMeta     = "meta.json"
	fileVectors  = "vectors.f32"
	dirBleve     = "bleve"
	fileManifest = "MANIFEST.json"
	fileComplete = "COMPLETE"
)

// Stages of building an index, as Options.Progress names them.
const (
	StageRead  = "reading articles"                 // bytes of article text
	StageIndex = "embedding and full-text indexing" // chunks, counted once by each
)

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

	// dims is the vectors' length; coll is nil until the first vector
	// search when the index was just built on disk (collection).
	dims    int
	vecOnce sync.Once
	vecErr  error
}

// collection returns the vector collection. An index just built on disk
// reads it from vectors.f32 the first time, checked against the manifest.
func (ix *Index) collection() (*chromem.Collection, error) {
	ix.vecOnce.Do(func() {
		if ix.coll != nil {
			return
		}
		man, err := readManifest(ix.Dir)
		if err == nil {
			var vecs [][]float32
			if vecs, err = readVectors(ix.Dir, man, len(ix.Chunks), ix.dims); err == nil {
				err = ix.addVectors(context.Background(), vecs)
			}
		}
		ix.vecErr = err
	})
	if ix.vecErr != nil {
		return nil, fmt.Errorf("vectors: %w", ix.vecErr)
	}
	return ix.coll, nil
}

// indexMeta is what meta.json holds beside the vectors and the bleve index.
type indexMeta struct {
	Format   string     `json:"format"`
	Key      string     `json:"key"`
	Embedder string     `json:"embedder"`
	Dims     int        `json:"dims"`
	Docs     []Document `json:"docs,omitempty"`
	Chunks   []Chunk    `json:"chunks,omitempty"`
	// EmbedderState is a CorpusEmbedder's fitted state.
	EmbedderState json.RawMessage `json:"embedder_state,omitempty"`
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

// fullTextBatch is how many chunks go to bleve at once, and how often
// indexing checks its context and reports progress.
const fullTextBatch = 1000

// build is what buildIndex needs besides the chunks.
type build struct {
	key      string
	emb      Embedder
	dir      string // "" builds in memory only
	cacheDir string // where the embedding cache lives, "" for none
	private  bool
	// background counts work that goes on after a stop (the full-text
	// merge); the build folder is removed once it is done.
	background *sync.WaitGroup
	progress   func(stage string, done, total int)
}

// buildIndex embeds and indexes chunks, and writes them into b.dir unless
// it is "". On disk the full-text index is written by bleve's offline
// builder (one merged segment) and must be reopened read-only by the caller.
func buildIndex(ctx context.Context, b build, docs []Document, chunks []Chunk) (*Index, error) {
	ix := &Index{Key: b.key, Docs: docs, Chunks: chunks, embedder: b.emb, Dir: b.dir}
	ix.byID = make(map[string]int, len(chunks))
	for i, c := range chunks {
		ix.byID[c.ID] = i
	}
	// The vectors and the full-text index do not depend on each other: on
	// two cores they are built side by side, and a failure of one stops the
	// other. Their progress is one stage: embedded plus indexed chunks.
	both, stop := context.WithCancel(ctx)
	defer stop()
	var mu sync.Mutex
	done := [2]int{}
	step := func(k int) func(n, total int) {
		return func(n, _ int) {
			mu.Lock()
			defer mu.Unlock()
			done[k] = n
			b.report(StageIndex, done[0]+done[1], 2*len(chunks))
		}
	}
	var ftErr error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		if b.dir == "" {
			ftErr = ix.fullTextInMemory(both, chunks, step(1))
		} else {
			ftErr = fullTextOnDisk(both, b, chunks, step(1))
		}
		if ftErr != nil {
			stop()
		}
	}()
	vw, vecErr := ix.embedChunks(both, b, step(0))
	if vecErr != nil {
		stop()
	}
	wg.Wait()
	if vw != nil {
		defer vw.close()
	}
	if err := firstError(ctx, vecErr, ftErr); err != nil {
		if ix.bleve != nil {
			ix.bleve.Close()
		}
		return nil, err
	}
	var err error
	if b.dir != "" {
		meta := indexMeta{Format: indexFormat, Key: b.key, Embedder: b.emb.ID(), Docs: docs, Chunks: chunks, Dims: ix.dims}
		if f, ok := b.emb.(CorpusEmbedder); ok {
			if meta.EmbedderState, err = f.State(); err != nil {
				return nil, err
			}
		}
		if err := writeMeta(ctx, filepath.Join(b.dir, fileMeta), meta); err != nil {
			return nil, err
		}
	}
	return ix, nil
}

func (b build) report(stage string, done, total int) {
	if b.progress != nil {
		b.progress(stage, done, total)
	}
}

// embedChunks fits a CorpusEmbedder on the chunks and embeds them: into
// the in-memory collection, or on disk straight into vectors.f32 (read back
// on the first vector search, so `articlebot index` never holds them all).
func (ix *Index) embedChunks(ctx context.Context, b build, progress func(done, total int)) (*vectorWriter, error) {
	texts := make([]string, len(ix.Chunks))
	for i, c := range ix.Chunks {
		texts[i] = embedText(c)
	}
	if f, ok := b.emb.(CorpusEmbedder); ok { // always refit: a broken index may have left stale weights
		if err := f.FitCorpus(ctx, texts); err != nil {
			return nil, err
		}
	}
	if b.dir == "" {
		vecs := make([][]float32, len(texts))
		put := func(i int, v []float32) error { vecs[i] = v; return nil }
		if err := embedAll(ctx, b.emb, texts, b.cacheDir, b.private, progress, put); err != nil {
			return nil, err
		}
		return nil, ix.addVectors(ctx, vecs)
	}
	vw, err := newVectorWriter(filepath.Join(b.dir, fileVectors), len(texts))
	if err != nil {
		return nil, err
	}
	if err := embedAll(ctx, b.emb, texts, b.cacheDir, b.private, progress, vw.put); err != nil {
		return vw, err
	}
	if err := vw.finish(); err != nil {
		return vw, err
	}
	ix.dims = vw.dims
	return vw, nil
}

// firstError is the error that made a two-sided build fail: the caller's
// stop, or the first error that is not the other side being stopped.
func firstError(ctx context.Context, errs ...error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	for _, err := range errs {
		if err != nil && !errors.Is(err, context.Canceled) {
			return err
		}
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// addVectors puts the chunks' vectors into a new in-memory chromem-go
// collection. Only IDs and vectors are stored: the texts are in ix.Chunks.
func (ix *Index) addVectors(ctx context.Context, vecs [][]float32) error {
	var err error
	ix.db = chromem.NewDB()
	ix.coll, err = ix.db.CreateCollection(collectionName, nil, chromemFunc(ix.embedder))
	if err != nil {
		return fmt.Errorf("create vector collection: %w", err)
	}
	// One at a time: AddDocuments' goroutines cost more than they save
	// (only a norm is computed per vector).
	for i, c := range ix.Chunks {
		if err := ix.coll.AddDocument(ctx, chromem.Document{ID: c.ID, Embedding: vecs[i]}); err != nil {
			return fmt.Errorf("add vectors: %w", err)
		}
	}
	return nil
}

// fullTextInMemory indexes the chunks in an in-memory bleve index: scorch,
// as on disk (bleve.NewMemOnly's upsidedown store searches about twice as
// slowly).
func (ix *Index) fullTextInMemory(ctx context.Context, chunks []Chunk, progress func(done, total int)) error {
	var err error
	ix.bleve, err = bleve.NewUsing("", newBleveMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return fmt.Errorf("create full-text index: %w", err)
	}
	batch := ix.bleve.NewBatch()
	for i, c := range chunks {
		if err := batch.Index(c.ID, bleveDoc{Text: c.Text}); err != nil {
			return fmt.Errorf("full-text index %s: %w", c.ID, err)
		}
		if batch.Size() >= fullTextBatch || i == len(chunks)-1 {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := ix.bleve.Batch(batch); err != nil {
				return fmt.Errorf("full-text index: %w", err)
			}
			batch.Reset()
			progress(i+1, len(chunks))
		}
	}
	return nil
}

// fullTextOnDisk writes the full-text index of chunks into b.dir with
// bleve's offline builder, which keeps its scratch files inside b.dir (so a
// killed build leaves nothing elsewhere) and ends with one merged segment.
func fullTextOnDisk(ctx context.Context, b build, chunks []Chunk, progress func(done, total int)) error {
	path := filepath.Join(b.dir, dirBleve)
	if len(chunks) == 0 { // the builder cannot write an empty index
		ix, err := bleve.New(path, newBleveMapping())
		if err != nil {
			return fmt.Errorf("create full-text index: %w", err)
		}
		return ix.Close()
	}
	bld, err := bleve.NewBuilder(path, newBleveMapping(), map[string]interface{}{
		"buildPathPrefix": b.dir,
		"batchSize":       fullTextBatch,
	})
	if err != nil {
		return fmt.Errorf("create full-text index: %w", err)
	}
	for i, c := range chunks {
		if err := bld.Index(c.ID, bleveDoc{Text: c.Text}); err != nil {
			return fmt.Errorf("full-text index %s: %w", c.ID, err)
		}
		if (i+1)%fullTextBatch == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			progress(i+1, len(chunks))
		}
	}
	// The final merge cannot be interrupted; a signal during it is
	// answered at once (the merge goes on in the background and the next
	// open removes the folder: removeStale).
	if err := whileCtx(ctx, b.background, bld.Close); err != nil {
		return fmt.Errorf("full-text index: %w", err)
	}
	progress(len(chunks), len(chunks))
	return nil
}

// whileCtx runs fn and returns its error, or ctx's error as soon as ctx
// ends (fn then finishes in the background, counted by bg).
func whileCtx(ctx context.Context, bg *sync.WaitGroup, fn func() error) error {
	done := make(chan error, 1)
	bg.Add(1)
	go func() {
		defer bg.Done()
		done <- fn()
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// embedText is what a chunk's vector stands for: the chunk's own text.
// Putting the section heading in front measured no better on the dev set
// (vector-only recall@1/@3/@5 of the evidence 17/18/19 of 20 either way, and
// the same end-to-end scores), so the vector stands for what is quoted.
func embedText(c Chunk) string { return c.Text }

// writeMeta writes meta.json one passage and one chunk at a time, so a
// large article never has its whole index as one JSON value in memory. The
// result decodes as indexMeta.
func writeMeta(ctx context.Context, path string, m indexMeta) (err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("write index file: %w", err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("write index file: %w", cerr)
		}
	}()
	w := bufio.NewWriterSize(f, 1<<20)
	put := func(prefix string, v any) {
		if err != nil {
			return
		}
		w.WriteString(prefix)
		var b []byte
		if b, err = json.Marshal(v); err == nil {
			_, err = w.Write(b)
		}
	}
	docs, chunks := m.Docs, m.Chunks
	m.Docs, m.Chunks = nil, nil
	head, err := json.Marshal(m)
	if err != nil {
		return err
	}
	w.Write(head[:len(head)-1]) // without the closing brace
	w.WriteString(`,"docs":[`)
	for i, d := range docs {
		put(sep(i)+`{"Info":`, d.Info)
		put(`,"Stats":`, d.Stats)
		w.WriteString(`,"Passages":[`)
		for j, p := range d.Passages {
			put(sep(j), p)
		}
		w.WriteString("]}")
	}
	w.WriteString(`],"chunks":[`)
	for i, c := range chunks {
		if i%4096 == 0 && err == nil {
			err = ctx.Err()
		}
		put(sep(i), c)
	}
	w.WriteString("]}")
	if err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write index file: %w", err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("write index file: %w", err)
	}
	return nil
}

func sep(i int) string {
	if i == 0 {
		return ""
	}
	return ","
}

// loadIndex opens a complete persisted index from dir and checks it: every
// file against the manifest written when the build completed, and every
// passage and chunk text against the articles' bytes at its offsets
// (files maps an article's name to its text). The error says what differed.
func loadIndex(dir, key string, emb Embedder, files map[string]string) (*Index, error) {
	b, err := os.ReadFile(filepath.Join(dir, fileComplete))
	if err != nil {
		return nil, fmt.Errorf("index incomplete: %w", err)
	}
	if string(b) != key+"\n" {
		return nil, fmt.Errorf("%s names another index (%.40q)", fileComplete, b)
	}
	man, err := readManifest(dir)
	if err != nil {
		return nil, err
	}
	b, err = man.readFile(dir, fileMeta)
	if err != nil {
		return nil, err
	}
	var meta indexMeta
	if err := json.Unmarshal(b, &meta); err != nil {
		return nil, fmt.Errorf("%s: %w", fileMeta, err)
	}
	if meta.Format != indexFormat || meta.Key != key || meta.Embedder != emb.ID() {
		return nil, fmt.Errorf("%s is for format %q, key %q, embedder %q; want %q, %q, %q", fileMeta, meta.Format, meta.Key, meta.Embedder, indexFormat, key, emb.ID())
	}
	if err := checkAgainstArticles(meta.Docs, meta.Chunks, files); err != nil {
		return nil, err
	}
	if f, ok := emb.(CorpusEmbedder); ok {
		if err := f.SetState(meta.EmbedderState); err != nil {
			return nil, fmt.Errorf("%s: %w", fileMeta, err)
		}
	}
	ix := &Index{Key: key, Docs: meta.Docs, Chunks: meta.Chunks, embedder: emb, Dir: dir, Loaded: true}
	ix.byID = make(map[string]int, len(ix.Chunks))
	for i, c := range ix.Chunks {
		ix.byID[c.ID] = i
	}
	ix.dims = meta.Dims
	vecs, err := readVectors(dir, man, len(ix.Chunks), meta.Dims)
	if err != nil {
		return nil, err
	}
	if err := ix.addVectors(context.Background(), vecs); err != nil {
		return nil, err
	}
	if err := man.checkTree(dir, dirBleve); err != nil {
		return nil, err
	}
	if err := ix.openFullText(); err != nil {
		return nil, err
	}
	return ix, nil
}

// openFullText opens ix.Dir's full-text index read-only and checks that it
// holds every chunk.
func (ix *Index) openFullText() error {
	var err error
	ix.bleve, err = bleve.OpenUsing(filepath.Join(ix.Dir, dirBleve), map[string]interface{}{"read_only": true})
	if err != nil {
		return fmt.Errorf("full-text index: %w", err)
	}
	if n, err := ix.bleve.DocCount(); err != nil || int(n) != len(ix.Chunks) {
		ix.Close()
		return fmt.Errorf("full-text index holds %d documents for %d chunks (%v)", n, len(ix.Chunks), err)
	}
	return nil
}

// checkAgainstArticles reports the first passage or chunk whose text is not
// its article's bytes at its offsets, and articles missing or added.
func checkAgainstArticles(docs []Document, chunks []Chunk, files map[string]string) error {
	if len(docs) != len(files) {
		return fmt.Errorf("%s holds %d articles, the data directory %d", fileMeta, len(docs), len(files))
	}
	check := func(what, doc string, start, end int, text string) error {
		t, ok := files[doc]
		switch {
		case !ok:
			return fmt.Errorf("%s: %s belongs to no article (%q)", fileMeta, what, doc)
		case start < 0 || start > end || end > len(t):
			return fmt.Errorf("%s: %s has offsets %d:%d outside its article (%d bytes)", fileMeta, what, start, end, len(t))
		case t[start:end] != text:
			return fmt.Errorf("%s: the text of %s differs from the article's bytes at %d:%d", fileMeta, what, start, end)
		}
		return nil
	}
	for _, d := range docs {
		if _, ok := files[d.Info.Name]; !ok {
			return fmt.Errorf("%s: article %q is not in the data directory", fileMeta, d.Info.Name)
		}
		for _, p := range d.Passages {
			if err := check(fmt.Sprintf("passage %d", p.Paragraph), p.Doc, p.Start, p.End, p.Text); err != nil {
				return err
			}
		}
	}
	for _, c := range chunks {
		if err := check("chunk "+c.ID, c.Doc, c.Start, c.End, c.Text); err != nil {
			return err
		}
	}
	return nil
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

// indexRequest is what openIndex needs.
type indexRequest struct {
	root, key string
	files     map[string]string // article name → text, to check a loaded index
	ingest    func(ctx context.Context) ([]Document, []Chunk, error)
	emb       Embedder
	log       *slog.Logger
	progress  func(stage string, done, total int)
	// mustPersist makes failing to write the index an error (ErrNotPersisted)
	// instead of an in-memory index with a warning.
	mustPersist bool
	private     bool // files 0600 and directories 0700 instead of 0644/0755
}

// openIndex loads the index for key from root, or builds it there. A
// temporary folder left by a killed build is removed; an index that fails
// its check is rebuilt with a log line saying what differed; an unwritable
// root builds in memory with a warning (or fails, with mustPersist).
func openIndex(ctx context.Context, r indexRequest) (*Index, error) {
	var docs []Document
	var chunks []Chunk
	var background sync.WaitGroup
	// buildIn ingests once, however many places the index is tried in.
	buildIn := func(dir string) (*Index, error) {
		if docs == nil {
			var err error
			if docs, chunks, err = r.ingest(ctx); err != nil {
				return nil, err
			}
		}
		return buildIndex(ctx, build{key: r.key, emb: r.emb, dir: dir, cacheDir: r.cacheDir(dir), private: r.private, progress: r.progress, background: &background}, docs, chunks)
	}
	notPersisted := func(dir string, err error) (*Index, error) {
		perr := &PersistError{Dir: dir, Err: err}
		if r.mustPersist {
			return nil, perr
		}
		r.log.Warn("index not saved; building it in memory (set ARTICLEBOT_INDEX_DIR to a writable directory)", "dir", dir, "err", err)
		return buildIn("")
	}
	if r.root == "" {
		if r.mustPersist {
			return nil, &PersistError{Err: errors.New("no index directory is set (ARTICLEBOT_INDEX_DIR)")}
		}
		return buildIn("")
	}
	removeStale(r.root, r.log)
	dir := filepath.Join(r.root, r.key)
	if _, err := os.Stat(dir); err == nil {
		ix, err := loadIndex(dir, r.key, r.emb, r.files)
		if err == nil {
			return ix, nil
		}
		r.log.Warn("saved index failed its check; rebuilding it", "dir", dir, "what", err.Error())
		if err := os.RemoveAll(dir); err != nil {
			return notPersisted(dir, err)
		}
	}
	created, err := mkdirRoot(r.root, r.private)
	if err != nil {
		return notPersisted(r.root, err)
	}
	if created {
		r.log.Debug("created the index directory", "dir", r.root)
	}
	tmp, err := newBuildDir(r.root, r.key)
	if err != nil {
		return notPersisted(r.root, err)
	}
	ix, err := buildIn(tmp.path)
	if err == nil {
		err = tmp.finish(ctx, dir, r.key, r.private)
	}
	if err != nil {
		tmp.abandon(&background, ctx.Err() != nil)
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%w: %w", ErrStopped, ctx.Err())
		}
		if errors.Is(err, ErrEmbed) {
			return nil, err // not the disk's fault: building in memory would not help
		}
		return notPersisted(r.root, err)
	}
	if !tmp.renamed {
		// another process completed the same index first: use its copy
		if loaded, err := loadIndex(dir, r.key, r.emb, r.files); err == nil {
			loaded.Loaded = false
			return loaded, nil
		}
		return notPersisted(dir, errors.New("another process wrote an index that fails its check"))
	}
	ix.Dir = dir
	if err := ix.openFullText(); err != nil {
		return notPersisted(dir, err)
	}
	return ix, nil
}

// cacheDir is where the embedding cache of an index built in dir lives.
func (r indexRequest) cacheDir(dir string) string {
	if dir == "" {
		return ""
	}
	return r.root
}
