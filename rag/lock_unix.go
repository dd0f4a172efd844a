//go:build unix

package rag

import (
	"errors"
	"os"
	"syscall"
)

// canLock: flock tells a live build from a dead one.
const canLock = true

// tryLock takes an exclusive flock on f without waiting: false when another
// open file (of this process or a live other one) holds it.
func tryLock(f *os.File) (bool, error) {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return false, nil
	}
	return err == nil, err
}
