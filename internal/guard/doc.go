// Package guard holds tests over the whole source tree that keep rules no
// compiler checks: errors are not recognised by their text, every exported
// name is documented, and no sentence for end users is written in Go code
// outside the catalogue prompts/texts. It has no code of its own.
package guard
