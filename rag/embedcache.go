package rag

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrEmbed means the embedder failed while indexing; what was embedded
// before is cached, so a rerun resumes.
var ErrEmbed = errors.New("embed chunks")

// EmbedBatch is how many texts go to the embedder per call.
const EmbedBatch = 64

// embedAll embeds texts in batches. For embedders whose vectors are cached
// (cacheVectors), every finished batch is appended to a cache file in
// cacheDir, so an interrupted indexing run resumes without embedding the
// same texts again. Each vector goes to put with its text's index, as soon
// as it is known (not in order). It stops between batches when ctx ends.
func embedAll(ctx context.Context, emb Embedder, texts []string, cacheDir string, private bool, progress func(done, total int), put func(i int, v []float32) error) error {
	var cache map[string][]float32
	var w *os.File
	if cacheVectors(emb) && cacheDir != "" {
		path := filepath.Join(cacheDir, "embcache-"+shortHash(emb.ID())+".jsonl")
		cache = readEmbedCache(path)
		_, perm := perms(private)
		if f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, perm); err == nil {
			f.Chmod(perm) // whatever the umask
			w = f
			defer f.Close()
		}
	}
	var todo []int
	for i, t := range texts {
		if v, ok := cache[shortHash(t)]; ok {
			if err := put(i, v); err != nil {
				return err
			}
			continue
		}
		todo = append(todo, i)
	}
	done := len(texts) - len(todo)
	if progress != nil {
		progress(done, len(texts))
	}
	for len(todo) > 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
		n := min(EmbedBatch, len(todo))
		batch := todo[:n]
		todo = todo[n:]
		in := make([]string, n)
		for j, i := range batch {
			in[j] = texts[i]
		}
		vecs, err := emb.Embed(ctx, in)
		if err != nil {
			return fmt.Errorf("%w with %s: %w", ErrEmbed, emb.ID(), err)
		}
		if len(vecs) != n {
			return fmt.Errorf("%w with %s: %d vectors for %d texts", ErrEmbed, emb.ID(), len(vecs), n)
		}
		bw := (*bufio.Writer)(nil)
		if w != nil {
			bw = bufio.NewWriter(w)
		}
		for j, i := range batch {
			if err := put(i, vecs[j]); err != nil {
				return err
			}
			if bw != nil {
				line, _ := json.Marshal(cacheLine{H: shortHash(texts[i]), V: vecs[j]})
				bw.Write(append(line, '\n'))
			}
		}
		if bw != nil {
			bw.Flush()
		}
		done += n
		if progress != nil {
			progress(done, len(texts))
		}
	}
	return nil
}

type cacheLine struct {
	H string    `json:"h"`
	V []float32 `json:"v"`
}

// readEmbedCache reads what earlier runs embedded; a torn last line (the
// run was killed mid-write) is skipped.
func readEmbedCache(path string) map[string][]float32 {
	m := map[string][]float32{}
	f, err := os.Open(path)
	if err != nil {
		return m
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var l cacheLine
		if json.Unmarshal(sc.Bytes(), &l) == nil && l.H != "" && len(l.V) > 0 {
			m[l.H] = l.V
		}
	}
	return m
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:12])
}
