package guard

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// root is the repository, from this package's directory.
const root = "../.."

// sourceFiles parses every non-test Go file of the repository outside
// vendor/ and testdata/.
func sourceFiles(t *testing.T) (*token.FileSet, map[string]*ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	files := map[string]*ast.File{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "vendor", "testdata", ".git":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		files[filepath.ToSlash(rel)] = f
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 20 {
		t.Fatalf("found only %d Go files under %s", len(files), root)
	}
	return fset, files
}

// isErrorCall reports whether e is x.Error() with no arguments.
func isErrorCall(e ast.Expr) bool {
	c, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(c.Args) != 0 {
		return false
	}
	s, ok := c.Fun.(*ast.SelectorExpr)
	return ok && s.Sel.Name == "Error"
}

// textMatchers are the functions that decide something from a string.
var textMatchers = map[string]bool{
	"strings.Contains": true, "strings.HasPrefix": true, "strings.HasSuffix": true,
	"strings.EqualFold": true, "strings.Index": true, "strings.Compare": true,
	"strings.Cut": true, "strings.CutPrefix": true, "strings.CutSuffix": true,
	"strings.ContainsAny": true, "strings.Count": true,
	"bytes.Contains": true, "regexp.MatchString": true,
}

// errorTextChecks lists where err.Error() is compared or matched.
func errorTextChecks(fset *token.FileSet, files map[string]*ast.File) []string {
	var bad []string
	report := func(n ast.Node, what string) {
		p := fset.Position(n.Pos())
		rel, _ := filepath.Rel(root, p.Filename)
		bad = append(bad, fmt.Sprintf("%s:%d: %s", filepath.ToSlash(rel), p.Line, what))
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if (n.Op == token.EQL || n.Op == token.NEQ) && (isErrorCall(n.X) || isErrorCall(n.Y)) {
					report(n, "err.Error() compared with "+n.Op.String())
				}
			case *ast.SwitchStmt:
				if n.Tag != nil && isErrorCall(n.Tag) {
					report(n, "switch on err.Error()")
				}
			case *ast.CallExpr:
				s, ok := n.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				if x, ok := s.X.(*ast.Ident); ok && textMatchers[x.Name+"."+s.Sel.Name] {
					for _, a := range n.Args {
						if isErrorCall(a) {
							report(n, x.Name+"."+s.Sel.Name+" on err.Error()")
						}
					}
				}
				if s.Sel.Name == "MatchString" && len(n.Args) == 1 && isErrorCall(n.Args[0]) {
					report(n, "regexp match on err.Error()")
				}
			}
			return true
		})
	}
	sort.Strings(bad)
	return bad
}

// Errors are values: behaviour never hangs on the wording of a message
// (issue 13, item 1). Use errors.Is / errors.As with a sentinel or a type.
func TestNoErrorTextComparison(t *testing.T) {
	fset, files := sourceFiles(t)
	for _, b := range errorTextChecks(fset, files) {
		t.Error(b)
	}
}

// The guard itself finds each form it looks for.
func TestErrorTextGuardFinds(t *testing.T) {
	src := `package p
import ("regexp"; "strings")
var re = regexp.MustCompile("x")
func f(err error) bool {
	if err.Error() == "x" { return true }
	if "y" != (err.Error()) { return true }
	switch err.Error() { case "z": return true }
	_ = re.MatchString(err.Error())
	return strings.HasPrefix(err.Error(), "cannot reach") || strings.Contains(err.Error(), "TOKEN")
}
func ok(err error) string { return "failed: " + err.Error() }
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join(root, "x.go"), src, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got := errorTextChecks(fset, map[string]*ast.File{"x.go": f}); len(got) != 6 {
		t.Errorf("found %d, want 6:\n%s", len(got), strings.Join(got, "\n"))
	}
}

// selfDocumenting are the methods of the standard interfaces (error,
// fmt.Stringer, errors' Unwrap/Is/As): their meaning is the interface's.
var selfDocumenting = map[string]bool{"Error": true, "String": true, "Unwrap": true, "Is": true, "As": true}

// undocumented lists the exported names without a doc comment: functions,
// methods of exported types (but selfDocumenting), types, constants and
// variables (a comment on a parenthesised group covers its members).
func undocumented(fset *token.FileSet, files map[string]*ast.File) []string {
	var bad []string
	report := func(n ast.Node, name string) {
		p := fset.Position(n.Pos())
		rel, _ := filepath.Rel(root, p.Filename)
		bad = append(bad, fmt.Sprintf("%s:%d: %s has no doc comment", filepath.ToSlash(rel), p.Line, name))
	}
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() || d.Doc != nil {
					continue
				}
				if d.Recv != nil {
					recv := receiverType(d.Recv)
					if ast.IsExported(recv) && !selfDocumenting[d.Name.Name] {
						report(d, recv+"."+d.Name.Name)
					}
					continue
				}
				report(d, d.Name.Name)
			case *ast.GenDecl:
				if d.Tok == token.IMPORT {
					continue
				}
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() && s.Doc == nil && d.Doc == nil {
							report(s, s.Name.Name)
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if n.IsExported() && s.Doc == nil && d.Doc == nil && s.Comment == nil {
								report(s, n.Name)
							}
						}
					}
				}
			}
		}
	}
	sort.Strings(bad)
	return bad
}

func receiverType(l *ast.FieldList) string {
	if l == nil || len(l.List) == 0 {
		return ""
	}
	t := l.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// Every exported name says what it is for (issue 13, item 7).
func TestExportedNamesDocumented(t *testing.T) {
	fset, files := sourceFiles(t)
	for _, b := range undocumented(fset, files) {
		t.Error(b)
	}
}

func TestDocGuardFinds(t *testing.T) {
	src := `package p
func A() {}
// B is documented.
func B() {}
type T struct{}
func (T) M() {}
func (*T) String() string { return "" }
type u struct{}
func (u) N() {}
const C = 1
// Group.
const (
	D = 2
)
var V, W int
func c() {}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join(root, "x.go"), src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	got := undocumented(fset, map[string]*ast.File{"x.go": f})
	want := []string{"A", "T", "T.M", "C", "V", "W"}
	if len(got) != len(want) {
		t.Errorf("found %d, want %d (%v):\n%s", len(got), len(want), want, strings.Join(got, "\n"))
	}
}
