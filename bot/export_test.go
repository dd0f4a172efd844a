package bot

import "testing"

// LoadRun is BenchmarkLoad's run, for variants in package bot_test that
// need packages importing bot (the Redis state).
func LoadRun(b *testing.B, mk func() Config) { loadRun(b, mk) }

// SeqRun asks n questions one at a time and reports update→reply p50/p90.
func SeqRun(b *testing.B, mk func() Config, n int) { seqRun(b, mk, n) }
