// Package norm finds the numbers written in Chinese or English text and
// normalises them to values, so that a claim and a passage can be compared
// by what they say rather than how: "43.5万" = "435,000" = "435 thousand",
// "2/3" = "三分之二" = "two-thirds", "５.２万" = "52,000", "二〇二四年" = 2024,
// "百分之三十" = "30%" = "30 percent", "January 9" holds 1 and 9.
//
// The functions are pure and allocate little; they need no dictionary.
//
//	for _, v := range norm.Numbers("2024年1—11月重庆市汽车出口43.5万辆、增长30%以上") {
//		fmt.Println(v.V, v.Kind) // 2024 number, 1 number, 11 number, 435000 number, 30 percent
//	}
//	norm.Contains(norm.Numbers(passage), claimValue) // does the passage hold it?
package norm

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a value measures.
type Kind uint8

// Kinds of values.
const (
	Number   Kind = iota // a count, amount, year, day …
	Percent              // V is the percentage: 30% → 30
	Fraction             // V is the ratio: 2/3 → 0.666…
)

func (k Kind) String() string {
	switch k {
	case Percent:
		return "percent"
	case Fraction:
		return "fraction"
	}
	return "number"
}

// Value is one number found in a text.
type Value struct {
	V    float64 // the value with its scale applied: 43.5万 → 435000
	Kind Kind
	// Start and End are the byte offsets of the number's text.
	Start, End int
	// Strong marks a number that is surely meant as one: written with digits,
	// a Chinese numeral of two or more characters or before a measure word
	// ("五年", "两个"), an English number word other than "one". A lone "一"
	// (一体化, 统一), "one", "first" and bare month names are weak: worth
	// finding in a passage, not worth requiring of a claim.
	Strong bool
}

// Fold maps full-width ASCII (digits, letters, ％ ／ ．) to ASCII and
// lowercases, a dictionary-free subset of NFKC that keeps byte offsets
// meaningful only for ASCII input; Numbers folds rune by rune itself.
func Fold(s string) string {
	return strings.Map(func(r rune) rune { return unicode.ToLower(foldRune(r)) }, s)
}

func foldRune(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		return r - 0xFEE0
	}
	return r
}

// Numbers returns the numbers of s in order. Ranges ("1—11月", "1 to 11")
// give both ends. Thousands separators ("435,000") and scale words (万, 亿,
// 万亿, thousand, million, billion) are applied.
func Numbers(s string) []Value {
	var out []Value
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		r = foldRune(r)
		switch {
		case r >= '0' && r <= '9':
			v, end := arabic(s, i)
			out = append(out, v)
			i = end
		case r >= 'Ⅰ' && r <= 'Ⅻ' || r >= 'ⅰ' && r <= 'ⅻ':
			// Roman numeral characters (Ⅱ类 water quality)
			v := float64(r-'Ⅰ') + 1
			if r >= 'ⅰ' {
				v = float64(r-'ⅰ') + 1
			}
			out = append(out, Value{V: v, Kind: Number, Start: i, End: i + n, Strong: true})
			i += n
		case isHanDigit(r):
			v, end, ok := chinese(s, i)
			if ok {
				out = append(out, v)
			}
			if end <= i {
				end = i + n
			}
			i = end
		case isASCIILetter(s[i]) && (i == 0 || !isASCIILetterAt(s, i-1)):
			// English number words are read in ASCII only: a full-width
			// letter (ｙ) folds to one but its bytes are not letters
			j := i
			for j < len(s) && (isASCIILetter(s[j]) || s[j] == '-') {
				j++
			}
			vs, end := english(s, i, j)
			out = append(out, vs...)
			i = max(end, i+n)
		default:
			i += n
		}
	}
	return out
}

// Contains reports whether vs holds a value equal to v (see Equal).
func Contains(vs []Value, v Value) bool {
	for _, w := range vs {
		if Equal(v, w) {
			return true
		}
	}
	return false
}

// Equal reports whether two values say the same: equal numbers (to a
// relative 1e-6), or a percentage and a fraction that agree (20% and 1/5,
// 66.7% and 2/3 to half a percent).
func Equal(a, b Value) bool {
	if a.Kind == b.Kind || (a.Kind != Percent && b.Kind != Percent) {
		return close(a.V, b.V, 1e-6)
	}
	if a.Kind == Percent {
		a, b = b, a
	}
	// b is a percentage, a a fraction or plain number
	return close(a.V*100, b.V, 5e-3) || close(a.V, b.V, 1e-6)
}

func close(x, y, rel float64) bool {
	d := math.Abs(x - y)
	return d <= rel*math.Max(math.Abs(x), math.Abs(y)) || d < 1e-9
}

// ---- Arabic digits -------------------------------------------------------

// arabic reads digits at s[i:] (ASCII or full-width): thousands separators,
// a decimal part, "/n" fractions, then a scale or percent sign.
func arabic(s string, i int) (Value, int) {
	start := i
	var intPart, frac float64
	fracDiv := 1.0
	j := i
	digits := func() (float64, int) { // reads a digit run, returns value and count
		v, c := 0.0, 0
		for j < len(s) {
			d, n, ok := digitAt(s, j)
			if !ok {
				break
			}
			v = v*10 + float64(d)
			c++
			j += n
		}
		return v, c
	}
	intPart, _ = digits()
	// thousands separators: ",ddd" repeated (ASCII comma only: "，" separates clauses)
	for j+3 < len(s) && s[j] == ',' && allDigits(s[j+1:j+4]) && (j+4 == len(s) || !isDigitByte(s[j+4])) {
		j++
		v, _ := digits()
		intPart = intPart*1000 + v
	}
	v := intPart
	// decimal part
	if k, n := decimalPoint(s, j); n > 0 {
		if d, _, ok := digitAt(s, k); ok {
			_ = d
			j = k
			for j < len(s) {
				d, n, ok := digitAt(s, j)
				if !ok {
					break
				}
				frac = frac*10 + float64(d)
				fracDiv *= 10
				j += n
			}
			v += frac / fracDiv
		}
	}
	val := Value{V: v, Kind: Number, Start: start, Strong: true}
	// fraction "2/3"
	if j < len(s) {
		if r, n := utf8.DecodeRuneInString(s[j:]); foldRune(r) == '/' {
			k := j + n
			if _, _, ok := digitAt(s, k); ok {
				j = k
				den, _ := digits()
				if den != 0 {
					val.V, val.Kind = v/den, Fraction
				}
			}
		}
	}
	// Chinese scale or percent sign directly after, or an English scale word
	scale, end := scaleAfter(s, j)
	val.V *= scale
	j = end
	if j < len(s) {
		if r, n := utf8.DecodeRuneInString(s[j:]); foldRune(r) == '%' || r == '‰' {
			if r == '‰' {
				val.V /= 10
			}
			val.Kind = Percent
			j += n
		} else if k, ok := englishPercent(s, j); ok {
			val.Kind = Percent
			j = k
		}
	}
	val.End = j
	return val, j
}

func digitAt(s string, i int) (int, int, bool) {
	if i >= len(s) {
		return 0, 0, false
	}
	if c := s[i]; c >= '0' && c <= '9' {
		return int(c - '0'), 1, true
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r >= '０' && r <= '９' {
		return int(r - '０'), n, true
	}
	return 0, 0, false
}

func decimalPoint(s string, i int) (int, int) {
	if i < len(s) && s[i] == '.' {
		return i + 1, 1
	}
	if strings.HasPrefix(s[i:], "．") {
		return i + len("．"), len("．")
	}
	return i, 0
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return true
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// scaleAfter reads 万, 亿, 万亿, 千, 百 (a Chinese scale directly after
// digits) or " thousand/million/billion/trillion" and returns the factor.
func scaleAfter(s string, j int) (float64, int) {
	f := 1.0
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		var m float64
		switch r {
		case '万':
			m = 1e4
		case '亿':
			m = 1e8
		case '千':
			// "1000千伏" is kilovolts, not a scale: only before 万/亿 or not followed by 伏/米/克/瓦
			if k := j + n; k < len(s) && strings.ContainsRune("伏米克瓦", firstRune(s[k:])) {
				return f, j
			}
			m = 1e3
		case '百':
			if k := j + n; k < len(s) && strings.ContainsRune("分", firstRune(s[k:])) {
				return f, j
			}
			m = 1e2
		default:
			if f == 1 {
				if k, m := englishScale(s, j); k > j {
					return m, k
				}
			}
			return f, j
		}
		f *= m
		j += n
	}
	return f, j
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

var engScales = []struct {
	w string
	m float64
}{{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}, {"mn", 1e6}, {"bn", 1e9}}

// englishScale reads an optional space and a scale word at s[j:].
func englishScale(s string, j int) (int, float64) {
	k := j
	for k < len(s) && (s[k] == ' ' || s[k] == '-') {
		k++
	}
	for _, sc := range engScales {
		if hasWordAt(s, k, sc.w) {
			return k + len(sc.w), sc.m
		}
	}
	return j, 1
}

func englishPercent(s string, j int) (int, bool) {
	k := j
	for k < len(s) && s[k] == ' ' {
		k++
	}
	for _, w := range []string{"percent", "per cent", "pct"} {
		if hasWordAt(s, k, w) {
			return k + len(w), true
		}
	}
	return j, false
}

// hasWordAt reports whether s[k:] starts with the word w (ASCII, any case),
// not followed by a letter.
func hasWordAt(s string, k int, w string) bool {
	if k+len(w) > len(s) || !strings.EqualFold(s[k:k+len(w)], w) {
		return false
	}
	return k+len(w) == len(s) || !isASCIILetter(s[k+len(w)])
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isASCIILetterAt(s string, i int) bool { return isASCIILetter(s[i]) }

// ---- Chinese numerals ----------------------------------------------------

var hanDigit = map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

var hanUnit = map[rune]float64{'十': 10, '百': 100, '千': 1000, '万': 1e4, '亿': 1e8}

func isHanDigit(r rune) bool {
	if _, ok := hanDigit[r]; ok {
		return true
	}
	_, ok := hanUnit[r]
	return ok
}

// measure words after which a single Chinese numeral is surely a number.
const measureWords = "年个项家次人倍台辆条所月日号天名艘位座种批列件亿万千百十届期岁周轮点成章节部架支只队组户场元吨亩"

// chinese reads a Chinese numeral at s[i:]: 二十, 一百二十六, 三分之二,
// 百分之三十, 二〇二四 (digit by digit), 1.2万亿 is handled by arabic.
// ok is false for text that only looks like one (a lone 万 or 亿).
func chinese(s string, i int) (Value, int, bool) {
	start := i
	// 百分之X: a percentage
	if strings.HasPrefix(s[i:], "百分之") {
		v, end, ok := chinese(s, i+len("百分之"))
		if ok {
			return Value{V: v.V, Kind: Percent, Start: start, End: end, Strong: true}, end, true
		}
	}
	runes := []rune{}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isHanDigit(r) {
			break
		}
		runes = append(runes, r)
		j += n
	}
	// X分之Y: a fraction
	if strings.HasPrefix(s[j:], "分之") && len(runes) > 0 {
		den, _ := hanValue(runes)
		num, end, ok := chinese(s, j+len("分之"))
		if ok && den != 0 && num.Kind == Number {
			return Value{V: num.V / den, Kind: Fraction, Start: start, End: end, Strong: true}, end, true
		}
	}
	v, ok := hanValue(runes)
	if !ok {
		return Value{}, j, false
	}
	strong := len(runes) >= 2
	if len(runes) == 1 && runes[0] != '一' && j < len(s) && strings.ContainsRune(measureWords, firstRune(s[j:])) {
		strong = true
	}
	if len(runes) == 1 && runes[0] == '两' && j < len(s) {
		// 两地, 两省市: still the number two, though not a measure word
		strong = strong || strings.ContainsRune("地省市国岸翼核", firstRune(s[j:]))
	}
	return Value{V: v, Kind: Number, Start: start, End: j, Strong: strong}, j, true
}

// hanValue evaluates Chinese numeral characters. Digit strings without units
// (二〇二四) read digit by digit. A lone unit (万, 亿, 百, 千) is no number,
// but a lone 十 is ten (前十).
func hanValue(rs []rune) (float64, bool) {
	if len(rs) == 0 {
		return 0, false
	}
	hasUnit := false
	for _, r := range rs {
		if _, ok := hanUnit[r]; ok {
			hasUnit = true
		}
	}
	if !hasUnit {
		if len(rs) == 1 {
			return float64(hanDigit[rs[0]]), true
		}
		v := 0.0
		for _, r := range rs {
			v = v*10 + float64(hanDigit[r])
		}
		return v, true
	}
	if len(rs) == 1 && rs[0] != '十' {
		return 0, false
	}
	var total, section, num float64
	for _, r := range rs {
		if d, ok := hanDigit[r]; ok {
			num = float64(d)
			continue
		}
		u := hanUnit[r]
		switch {
		case u >= 1e4:
			section += num
			if section == 0 {
				section = 1
			}
			total = (total + section) * u
			section = 0
		default:
			if num == 0 {
				num = 1 // 十 = 一十
			}
			section += num * u
		}
		num = 0
	}
	return total + section + num, true
}

// ---- English number words ------------------------------------------------

var engSmall = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var engOrdinal = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20,
}

// denominators of "two-thirds", "one fifth", "a quarter"
var engDenom = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
	"ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}

var engMonth = map[string]float64{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// english reads number words starting with the word s[i:j] ("twenty-five",
// "one hundred and twenty-six", "two-thirds", "5 million" is arabic's).
// It returns the values and where reading stopped.
func english(s string, i, j int) ([]Value, int) {
	word := strings.ToLower(strings.Trim(s[i:j], "-"))
	if m, ok := engMonth[word]; ok {
		// a month name counts next to a number ("January 9", "April 2024")
		// and, capitalised, on its own (weak: "May" is also a verb)
		if s[i] >= 'A' && s[i] <= 'Z' && (len(word) > 3 || word == "may") {
			strong := nextIsDigit(s, j) || prevIsDigit(s, i)
			if word == "may" && !strong {
				return nil, j
			}
			return []Value{{V: m, Kind: Number, Start: i, End: j, Strong: strong}}, j
		}
		return nil, j
	}
	if o, ok := engOrdinal[word]; ok {
		return []Value{{V: o, Kind: Number, Start: i, End: j, Strong: o > 1}}, j
	}
	// a compound like "twenty-five" or "two-thirds"
	parts := strings.Split(word, "-")
	if _, ok := engSmall[parts[0]]; !ok && parts[0] != "a" && parts[0] != "an" && parts[0] != "half" && parts[0] != "hundred" {
		return nil, j
	}
	// fractions: "two-thirds", "one fifth", "a third", "half"
	if len(parts) == 1 && (word == "half") {
		return []Value{{V: 0.5, Kind: Fraction, Start: i, End: j, Strong: false}}, j
	}
	numWord := parts[0]
	if numWord == "a" || numWord == "an" {
		// "a third", "a quarter", "a hundred"
		k := skipSpaces(s, j)
		w, e := wordAt(s, k)
		if d, ok := engDenom[w]; ok && w != "second" {
			return []Value{{V: 1 / d, Kind: Fraction, Start: i, End: e, Strong: true}}, e
		}
		if w == "hundred" || w == "thousand" || w == "million" || w == "billion" {
			numWord = "one"
			j = k
			parts = []string{"one"}
			_ = e
		} else {
			return nil, j
		}
	}
	if len(parts) == 2 {
		if d, ok := engDenom[parts[1]]; ok {
			if n, ok := engSmall[parts[0]]; ok && n > 0 {
				return []Value{{V: n / d, Kind: Fraction, Start: i, End: j, Strong: true}}, j
			}
		}
	}
	if numWord != "hundred" && len(parts) == 1 {
		// "one fifth", "two thirds"
		k := skipSpaces(s, j)
		if w, e := wordAt(s, k); e > k {
			if d, ok := engDenom[w]; ok && w != "second" && w != "fourth" || (ok && strings.HasSuffix(w, "s")) {
				n := engSmall[numWord]
				if n > 0 {
					return []Value{{V: n / d, Kind: Fraction, Start: i, End: e, Strong: true}}, e
				}
			}
		}
	}
	// cardinal: words joined by spaces, hyphens, "and"
	total, cur := 0.0, 0.0
	words := 0
	end := i
	k := i
	for {
		w, e := wordAt(s, k)
		if e == k {
			break
		}
		sub := strings.Split(w, "-")
		ok := true
		for _, p := range sub {
			if p == "" {
				continue
			}
			if v, isSmall := engSmall[p]; isSmall {
				cur += v
			} else if p == "hundred" {
				if cur == 0 {
					cur = 1
				}
				cur *= 100
			} else if m := scaleWord(p); m > 0 {
				if cur == 0 {
					cur = 1
				}
				total += cur * m
				cur = 0
			} else if p == "and" && words > 0 {
				// "one hundred and twenty"
			} else {
				ok = false
				break
			}
		}
		if !ok {
			break
		}
		words++
		end = e
		k = skipSpaces(s, e)
	}
	if words == 0 {
		return nil, j
	}
	// drop a trailing "and"
	if strings.HasSuffix(strings.ToLower(strings.TrimSpace(s[i:end])), " and") {
		end = i + strings.LastIndex(strings.ToLower(s[i:end]), " and")
	}
	v := total + cur
	strong := !(words == 1 && (word == "one" || word == "zero"))
	val := Value{V: v, Kind: Number, Start: i, End: end, Strong: strong}
	if k2, ok := englishPercent(s, end); ok {
		val.Kind, val.End, end = Percent, k2, k2
	}
	return []Value{val}, end
}

func scaleWord(w string) float64 {
	switch w {
	case "thousand":
		return 1e3
	case "million":
		return 1e6
	case "billion":
		return 1e9
	case "trillion":
		return 1e12
	}
	return 0
}

// wordAt returns the lowercased ASCII word (letters and hyphens) at s[k:].
func wordAt(s string, k int) (string, int) {
	e := k
	for e < len(s) && (isASCIILetter(s[e]) || (s[e] == '-' && e > k)) {
		e++
	}
	return strings.ToLower(strings.TrimRight(s[k:e], "-")), e
}

func skipSpaces(s string, k int) int {
	for k < len(s) && s[k] == ' ' {
		k++
	}
	return k
}

func nextIsDigit(s string, j int) bool {
	k := skipSpaces(s, j)
	return k < len(s) && isDigitByte(s[k])
}

func prevIsDigit(s string, i int) bool {
	k := i - 1
	for k >= 0 && (s[k] == ' ' || s[k] == ',') {
		k--
	}
	return k >= 0 && isDigitByte(s[k])
}
