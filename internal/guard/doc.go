// Package guard holds tests over the whole source tree that keep rules no
// compiler checks: errors are not recognised by their text, and every
// exported name is documented. It has no code of its own.
package guard
