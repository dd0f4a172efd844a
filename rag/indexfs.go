package rag

import (
	"bufio"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// ErrNotPersisted means the index could not be written to the index
// directory: a full disk (ENOSPC), a read-only file system (EROFS), no
// permission (EACCES), or another write error. The error is a *PersistError
// naming the directory; errors.Is also finds the system error where the
// writing library kept it.
var ErrNotPersisted = errors.New("index not saved")

// ErrStopped means building the index was stopped (its context ended, e.g.
// by SIGINT). Nothing of the build is left as a complete index.
var ErrStopped = errors.New("index build stopped")

// PersistError is ErrNotPersisted for one directory.
type PersistError struct {
	Dir string
	Err error
}

func (e *PersistError) Error() string {
	if e.Dir == "" {
		return "cannot save the index: " + e.Err.Error()
	}
	return fmt.Sprintf("cannot save the index in %s: %v", e.Dir, e.Err)
}

// Unwrap gives ErrNotPersisted and the cause.
func (e *PersistError) Unwrap() []error { return []error{ErrNotPersisted, e.Err} }

// Permissions of what the index writes: readable by other users (an index
// built by root serves a container's nonroot user), or private.
func perms(private bool) (dir, file fs.FileMode) {
	if private {
		return 0o700, 0o600
	}
	return 0o755, 0o644
}

// mkdirRoot creates the index root when missing, with perms regardless of
// the umask, and says whether it did.
func mkdirRoot(root string, private bool) (bool, error) {
	if fi, err := os.Stat(root); err == nil && fi.IsDir() {
		return false, nil
	}
	dirPerm, _ := perms(private)
	if err := os.MkdirAll(root, dirPerm); err != nil {
		return false, err
	}
	return true, os.Chmod(root, dirPerm)
}

// A build writes into a temporary folder "<key>.tmp-<pid>-<random>" beside
// the final one, and holds an flock on "<folder>.lock" (created before the
// folder, removed after it is renamed into place) for as long as it runs.
// The kernel drops the lock when the process dies, however it dies, so any
// later open can tell a live build from one that was killed.
const tmpMark = ".tmp-"

type buildDir struct {
	path    string
	lock    *os.File
	renamed bool
}

func newBuildDir(root, key string) (*buildDir, error) {
	var rnd [6]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return nil, err
	}
	path := filepath.Join(root, key+tmpMark+strconv.Itoa(os.Getpid())+"-"+hex.EncodeToString(rnd[:]))
	lock, err := os.OpenFile(path+".lock", os.O_CREATE|os.O_EXCL|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if ok, err := tryLock(lock); err != nil || !ok {
		lock.Close()
		os.Remove(path + ".lock")
		return nil, fmt.Errorf("lock %s: %v", path+".lock", err)
	}
	fmt.Fprintf(lock, "%d\n", os.Getpid())
	if err := os.Mkdir(path, 0o700); err != nil {
		lock.Close()
		os.Remove(path + ".lock")
		return nil, err
	}
	return &buildDir{path: path, lock: lock}, nil
}

// finish completes a built folder: manifest, permissions, the COMPLETE
// marker (last, and never once ctx has ended), then the rename into dir.
// When dir already exists another process won the race: the folder is
// removed and renamed stays false.
func (b *buildDir) finish(ctx context.Context, dir, key string, private bool) error {
	if err := writeManifest(b.path); err != nil {
		return err
	}
	if err := setPerms(b.path, private); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	_, filePerm := perms(private)
	if err := writeFileSync(filepath.Join(b.path, fileComplete), []byte(key+"\n"), filePerm); err != nil {
		return err
	}
	if err := os.Rename(b.path, dir); err != nil {
		if _, serr := os.Stat(dir); serr != nil {
			return err
		}
		os.RemoveAll(b.path)
	} else {
		b.renamed = true
	}
	b.unlock()
	return nil
}

// abandon removes the folder of a failed or stopped build, once the work
// still writing into it (bg) is done. If the process ends first, the lock
// dies with it and the next open removes the folder (removeStale).
func (b *buildDir) abandon(bg *sync.WaitGroup, stopped bool) {
	remove := func() {
		bg.Wait()
		os.RemoveAll(b.path)
		b.unlock()
	}
	if stopped { // answer the stop at once
		go remove()
		return
	}
	remove() // nothing runs in the background when the build was not stopped
}

func (b *buildDir) unlock() {
	os.Remove(b.lock.Name())
	b.lock.Close()
}

// removeStale removes the temporary folders and lock files in root that no
// live process holds (left by builds that were killed), with a log line each.
func removeStale(root string, log *slog.Logger) {
	entries, err := os.ReadDir(root)
	if err != nil || !canLock {
		return
	}
	done := map[string]bool{}
	for _, e := range entries {
		if !strings.Contains(e.Name(), tmpMark) {
			continue
		}
		base := filepath.Join(root, strings.TrimSuffix(e.Name(), ".lock"))
		if done[base] {
			continue
		}
		done[base] = true
		lock, err := os.OpenFile(base+".lock", os.O_RDWR, 0)
		if err == nil {
			ok, _ := tryLock(lock)
			if !ok { // a live build
				lock.Close()
				continue
			}
		}
		// No lock file: the folder of an older version, or the lock was
		// already removed; either way no build owns it.
		var pid []byte
		if lock != nil {
			pid, _ = io.ReadAll(io.LimitReader(lock, 20))
		}
		rmErr := os.RemoveAll(base)
		if rmErr == nil {
			rmErr = os.Remove(base + ".lock")
			if errors.Is(rmErr, fs.ErrNotExist) {
				rmErr = nil
			}
		}
		if lock != nil {
			lock.Close()
		}
		if rmErr != nil {
			log.Warn("cannot remove a temporary index folder left by a stopped build", "dir", base, "err", rmErr)
			continue
		}
		log.Info("removed a temporary index folder left by a stopped build", "dir", base, "pid", strings.TrimSpace(string(pid)))
	}
}

// setPerms gives every directory and file under dir the index permissions.
func setPerms(dir string, private bool) error {
	dirPerm, filePerm := perms(private)
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.Chmod(path, dirPerm)
		}
		return os.Chmod(path, filePerm)
	})
}

func writeFileSync(path string, b []byte, perm fs.FileMode) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, perm)
	if err != nil {
		return err
	}
	if err := f.Chmod(perm); err != nil { // whatever the umask
		f.Close()
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// The manifest lists every file of a complete index with its size and
// SHA-256. Every file is hashed in full at open (measured: well under a
// millisecond for the article's index; docs/reliability.md).
type manifest struct {
	Format string          `json:"format"`
	Files  []manifestEntry `json:"files"`
	byPath map[string]manifestEntry
}

type manifestEntry struct {
	Path   string `json:"path"` // slash-separated, relative to the index folder
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

func writeManifest(dir string) error {
	m := manifest{Format: indexFormat}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		sum, size, err := hashFile(path)
		if err != nil {
			return err
		}
		m.Files = append(m.Files, manifestEntry{Path: filepath.ToSlash(rel), Size: size, SHA256: sum})
		return nil
	})
	if err != nil {
		return err
	}
	sort.Slice(m.Files, func(i, j int) bool { return m.Files[i].Path < m.Files[j].Path })
	b, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return err
	}
	return writeFileSync(filepath.Join(dir, fileManifest), b, 0o644)
}

func readManifest(dir string) (*manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, fileManifest))
	if err != nil {
		return nil, err
	}
	var m manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", fileManifest, err)
	}
	if m.Format != indexFormat {
		return nil, fmt.Errorf("%s: format %q, want %q", fileManifest, m.Format, indexFormat)
	}
	m.byPath = make(map[string]manifestEntry, len(m.Files))
	for _, f := range m.Files {
		m.byPath[f.Path] = f
	}
	return &m, nil
}

func (m *manifest) entry(rel string) (manifestEntry, error) {
	e, ok := m.byPath[rel]
	if !ok {
		return e, fmt.Errorf("%s does not list %s", fileManifest, rel)
	}
	return e, nil
}

func (e manifestEntry) check(sum string, size int64) error {
	if size != e.Size {
		return fmt.Errorf("%s has %d bytes, the manifest says %d", e.Path, size, e.Size)
	}
	if sum != e.SHA256 {
		return fmt.Errorf("%s differs from the manifest (SHA-256 %.12s…, want %.12s…)", e.Path, sum, e.SHA256)
	}
	return nil
}

// readFile reads a small file of the index and checks it.
func (m *manifest) readFile(dir, rel string) ([]byte, error) {
	e, err := m.entry(rel)
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(b)
	if err := e.check(hex.EncodeToString(sum[:]), int64(len(b))); err != nil {
		return nil, err
	}
	return b, nil
}

// checkTree checks every file the manifest lists under sub, and that sub
// holds no file the manifest does not list.
func (m *manifest) checkTree(dir, sub string) error {
	seen := 0
	err := filepath.WalkDir(filepath.Join(dir, sub), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		e, err := m.entry(filepath.ToSlash(rel))
		if err != nil {
			return err
		}
		sum, size, err := hashFile(path)
		if err != nil {
			return err
		}
		seen++
		return e.check(sum, size)
	})
	if err != nil {
		return err
	}
	for _, f := range m.Files {
		if strings.HasPrefix(f.Path, sub+"/") {
			seen--
		}
	}
	if seen != 0 {
		return fmt.Errorf("%s/ lacks files the manifest lists", sub)
	}
	return nil
}

func hashFile(path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// vectors.f32: "ABVEC1\n", the count and the dimensions as little-endian
// uint32, then every vector's float32s, little-endian, in chunk order.
const vectorsMagic = "ABVEC1\n"

// vectorWriter writes vectors.f32 from vectors given in any order.
type vectorWriter struct {
	f       *os.File
	n, dims int
	written int
	buf     []byte
}

const vectorsHeader = len(vectorsMagic) + 8

func newVectorWriter(path string, n int) (*vectorWriter, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return nil, err
	}
	return &vectorWriter{f: f, n: n}, nil
}

// put writes vector i.
func (w *vectorWriter) put(i int, v []float32) error {
	if w.dims == 0 {
		w.dims = len(v)
		w.buf = make([]byte, 4*w.dims)
	}
	if len(v) != w.dims || w.dims == 0 {
		return fmt.Errorf("vector %d has %d dimensions, not %d", i, len(v), w.dims)
	}
	for j, x := range v {
		binary.LittleEndian.PutUint32(w.buf[4*j:], math.Float32bits(x))
	}
	if _, err := w.f.WriteAt(w.buf, int64(vectorsHeader)+int64(i)*int64(len(w.buf))); err != nil {
		return err
	}
	w.written++
	return nil
}

// finish writes the header and syncs; every vector must have been put.
func (w *vectorWriter) finish() error {
	if w.written != w.n {
		return fmt.Errorf("%d of %d vectors written", w.written, w.n)
	}
	hdr := make([]byte, vectorsHeader)
	copy(hdr, vectorsMagic)
	binary.LittleEndian.PutUint32(hdr[len(vectorsMagic):], uint32(w.n))
	binary.LittleEndian.PutUint32(hdr[len(vectorsMagic)+4:], uint32(w.dims))
	if _, err := w.f.WriteAt(hdr, 0); err != nil {
		return err
	}
	return w.f.Sync()
}

func (w *vectorWriter) close() error { return w.f.Close() }

// readVectors reads and checks vectors.f32: n vectors of dims float32s,
// all in one allocation.
func readVectors(dir string, m *manifest, n, dims int) ([][]float32, error) {
	e, err := m.entry(fileVectors)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(dir, fileVectors))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := sha256.New()
	r := bufio.NewReaderSize(io.TeeReader(f, h), 1<<20)
	var hdr [vectorsHeader]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("%s: %w", fileVectors, err)
	}
	gotN := int(binary.LittleEndian.Uint32(hdr[len(vectorsMagic):]))
	gotDims := int(binary.LittleEndian.Uint32(hdr[len(vectorsMagic)+4:]))
	if string(hdr[:len(vectorsMagic)]) != vectorsMagic || gotN != n || gotDims != dims || (n > 0 && dims == 0) {
		return nil, fmt.Errorf("%s holds %d vectors of %d dimensions for %d chunks of %d", fileVectors, gotN, gotDims, n, dims)
	}
	if e.Size != int64(vectorsHeader)+int64(n)*int64(dims)*4 {
		return nil, fmt.Errorf("%s: the manifest's size %d does not fit %d vectors", fileVectors, e.Size, n)
	}
	slab := make([]float32, n*dims)
	buf := make([]byte, 64<<10)
	for i := 0; i < len(slab); {
		k := min(len(buf)/4, len(slab)-i)
		if _, err := io.ReadFull(r, buf[:4*k]); err != nil {
			return nil, fmt.Errorf("%s: %w", fileVectors, err)
		}
		for j := range k {
			slab[i+j] = math.Float32frombits(binary.LittleEndian.Uint32(buf[4*j:]))
		}
		i += k
	}
	if err := drainCheck(r, h, e); err != nil {
		return nil, err
	}
	vecs := make([][]float32, n)
	for i := range vecs {
		vecs[i] = slab[i*dims : (i+1)*dims : (i+1)*dims]
	}
	return vecs, nil
}

// drainCheck reads what is left of r (bytes beyond the vectors make the
// hash differ) and checks the hash and size against the manifest.
func drainCheck(r io.Reader, h hash.Hash, e manifestEntry) error {
	rest, err := io.Copy(io.Discard, r)
	if err != nil {
		return err
	}
	size := e.Size + rest
	return e.check(hex.EncodeToString(h.Sum(nil)), size)
}
