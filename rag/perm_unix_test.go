//go:build unix

package rag

import (
	"io/fs"
	"path/filepath"
	"syscall"
	"testing"
)

// The index is readable by other users whatever the umask (directories
// 0755, files 0644), or its owner's only with PrivateIndex (0700, 0600).
// The umask is the process's: this test must not run in parallel.
func TestIndexPermissionsWhateverUmask(t *testing.T) {
	data := writeArticles(t, map[string]string{"article.txt": readArticle(t)})
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	for _, tc := range []struct {
		private   bool
		dir, file fs.FileMode
	}{{false, 0o755, 0o644}, {true, 0o700, 0o600}} {
		root := filepath.Join(t.TempDir(), "index")
		e := openIn(t, data, root, ChunkParams{}, nil)
		if tc.private {
			e.Close()
			root = filepath.Join(t.TempDir(), "index")
			e2, err := OpenTexts(t.Context(), []string{"article"}, []string{readArticle(t)}, nil, Options{IndexDir: root, PrivateIndex: true})
			if err != nil {
				t.Fatal(err)
			}
			defer e2.Close()
		}
		n := 0
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				t.Fatal(err)
			}
			fi, _ := d.Info()
			want := tc.file
			if d.IsDir() {
				want = tc.dir
			}
			if fi.Mode().Perm() != want {
				t.Errorf("private %v: %s is %v, want %v", tc.private, path, fi.Mode().Perm(), want)
			}
			n++
			return nil
		})
		if n < 8 {
			t.Errorf("only %d entries under %s", n, root)
		}
	}
}
