package testkit

import (
	"path/filepath"
	"sync"
	"testing"
)

func TestSyncBuffer(t *testing.T) {
	var b SyncBuffer
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { b.Write([]byte("ab")); _ = b.String() })
	}
	wg.Wait()
	if got := b.String(); len(got) != 16 {
		t.Fatalf("got %q", got)
	}
}

func TestFiles(t *testing.T) {
	dir := WriteFiles(t, map[string]string{"a.txt": "文章", "b.txt": ""})
	if got := ReadFile(t, filepath.Join(dir, "a.txt")); got != "文章" {
		t.Fatalf("read %q", got)
	}
	if got := ReadFile(t, filepath.Join(dir, "b.txt")); got != "" {
		t.Fatalf("read %q", got)
	}
}
