package rag

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// decodeText returns b as UTF-8 text and the encoding it was decoded from
// ("" for UTF-8). UTF-16 needs its byte-order mark; any other text that is
// not UTF-8 is read as GB18030, the superset of GBK and GB2312 that Chinese
// Windows writes. Bytes that are none of these are an error: a NUL byte, a
// control character other than tab, newline, carriage return and form feed,
// or more than a few undecodable sequences.
func decodeText(b []byte) (string, string, error) {
	var enc encoding.Encoding
	name := ""
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		enc, name = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), "UTF-16LE"
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		enc, name = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), "UTF-16BE"
	case !utf8.Valid(b):
		enc, name = simplifiedchinese.GB18030, "GB18030"
	}
	if enc != nil {
		d, err := enc.NewDecoder().Bytes(b)
		if err != nil {
			return "", "", fmt.Errorf("not UTF-8, and not %s either: %v", name, err)
		}
		if bad := bytes.Count(d, []byte(string(utf8.RuneError))); bad > 0 && bad*200 > utf8.RuneCount(d) {
			return "", "", fmt.Errorf("not UTF-8, and %d undecodable sequences as %s: binary or an unknown encoding", bad, name)
		}
		b = d
	}
	if i := bytes.IndexFunc(b, isBinaryRune); i >= 0 {
		r, _ := utf8.DecodeRune(b[i:])
		return "", "", fmt.Errorf("binary, not text (control character %U at byte %d)", r, i)
	}
	return string(b), name, nil
}

func isBinaryRune(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f') || r == 0x7F
}
