//go:build !unix

package rag

import "os"

// Without flock a live build cannot be told from a dead one: temporary
// folders are never removed (canLock), and a build's own lock always holds.
const canLock = false

func tryLock(f *os.File) (bool, error) { return true, nil }
